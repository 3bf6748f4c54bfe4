package org.cheguan.shared;

import java.util.Map;

/** The caller is known but may not do this (403 {@code forbidden}), e.g. staff rating their own service. */
public class Forbidden extends ProblemException {

	/**
	 * @param messageKey key of the localized detail message
	 * @param messageArguments arguments of the message
	 */
	public Forbidden(String messageKey, Object... messageArguments) {
		super("forbidden", 403, messageKey, messageArguments, null, Map.of());
	}
}
