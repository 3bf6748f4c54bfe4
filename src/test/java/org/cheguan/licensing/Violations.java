package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cheguan.shared.DomainRuleViolation;

/** Test helper: asserts that a call is refused by a named rule with a named message key. */
final class Violations {

	private Violations() {
	}

	static DomainRuleViolation assertViolation(ThrowingCallable call, String rule, String messageKey) {
		Throwable thrown = catchThrowable(call);
		assertThat(thrown).isInstanceOf(DomainRuleViolation.class);
		var violation = (DomainRuleViolation) thrown;
		assertThat(violation.messageKey()).isEqualTo(messageKey);
		assertThat(violation.rule()).isEqualTo(rule);
		assertThat(violation.status()).isEqualTo(422);
		return violation;
	}
}
