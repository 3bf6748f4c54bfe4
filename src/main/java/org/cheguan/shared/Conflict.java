package org.cheguan.shared;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The request clashes with the current state (409). Slugs: {@code conflict}, {@code capacity-exhausted},
 * {@code transfer-blocked}.
 */
public class Conflict extends ProblemException {

	/**
	 * @param slug {@code conflict}, {@code capacity-exhausted} or {@code transfer-blocked}
	 * @param messageKey key of the localized detail message
	 * @param rule source of the rule, or null
	 * @param properties extra problem members (e.g. {@code blockers})
	 * @param messageArguments arguments of the message
	 */
	public Conflict(String slug, String messageKey, @Nullable String rule, Map<String, Object> properties,
			Object... messageArguments) {
		super(slug, 409, messageKey, messageArguments, rule, properties);
	}

	/**
	 * A plain {@code conflict}.
	 *
	 * @param messageKey key of the localized detail message
	 * @param messageArguments arguments of the message
	 * @return the exception
	 */
	public static Conflict of(String messageKey, Object... messageArguments) {
		return new Conflict("conflict", messageKey, null, Map.of(), messageArguments);
	}
}
