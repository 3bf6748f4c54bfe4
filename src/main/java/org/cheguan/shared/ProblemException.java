package org.cheguan.shared;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An error the caller can act on, turned by the platform into an RFC 9457 problem: {@code type} is
 * {@code /problems/<slug>} with one of the stable slugs of {@code api-contract.md}, {@code detail} is the message
 * {@link #messageKey()} in the request's language (zh-CN default, en), and {@link #rule()} names the rule's source
 * when a regulation refused the request. Throwing one never leaves half-written state: the transaction rolls back.
 */
public abstract class ProblemException extends RuntimeException {

	private final String slug;

	private final int status;

	private final String messageKey;

	private final Object[] messageArguments;

	private final @Nullable String rule;

	private final Map<String, Object> properties;

	/**
	 * @param slug stable problem type slug, e.g. {@code invalid-resident-id}
	 * @param status HTTP status, 400–499
	 * @param messageKey key of the localized message in {@code problems*.properties} or {@code kernel*.properties}
	 * @param messageArguments arguments of the message
	 * @param rule source of the rule (law and article, standard), or null
	 * @param properties extra members of the problem (e.g. {@code blockers}), serialized as JSON
	 */
	protected ProblemException(String slug, int status, String messageKey, Object[] messageArguments,
			@Nullable String rule, Map<String, Object> properties) {
		super(slug + ": " + messageKey);
		this.slug = slug;
		this.status = status;
		this.messageKey = messageKey;
		this.messageArguments = messageArguments.clone();
		this.rule = rule;
		this.properties = Map.copyOf(properties);
	}

	/** @return the stable slug of the problem type, e.g. {@code rule-violation} */
	public String slug() {
		return slug;
	}

	/** @return the HTTP status */
	public int status() {
		return status;
	}

	/** @return the key of the localized detail message */
	public String messageKey() {
		return messageKey;
	}

	/** @return the arguments of the localized detail message */
	public Object[] messageArguments() {
		return messageArguments.clone();
	}

	/** @return the rule's source (law, article, standard), or null when no regulation is involved */
	public @Nullable String rule() {
		return rule;
	}

	/** @return extra problem members */
	public Map<String, Object> properties() {
		return properties;
	}
}
