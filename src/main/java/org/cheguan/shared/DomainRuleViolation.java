package org.cheguan.shared;

import java.util.Map;

/**
 * A regulation forbids what was asked (422 {@code rule-violation}); {@link #rule()} names the source, e.g.
 * {@code MPS-162-art-14}, so that a clerk can tell the citizen exactly why.
 */
public class DomainRuleViolation extends ProblemException {

	/**
	 * @param rule source of the rule, e.g. {@code MPS-162-art-14}
	 * @param messageKey key of the localized detail message
	 * @param messageArguments arguments of the message
	 */
	public DomainRuleViolation(String rule, String messageKey, Object... messageArguments) {
		super("rule-violation", 422, messageKey, messageArguments, rule, Map.of());
	}

	/**
	 * @param rule source of the rule
	 * @param properties extra problem members, e.g. the list of every limit exceeded
	 * @param messageKey key of the localized detail message
	 * @param messageArguments arguments of the message
	 */
	public DomainRuleViolation(String rule, Map<String, Object> properties, String messageKey,
			Object... messageArguments) {
		super("rule-violation", 422, messageKey, messageArguments, rule, properties);
	}
}
