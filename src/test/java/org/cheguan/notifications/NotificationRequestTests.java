package org.cheguan.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Map;

import org.cheguan.shared.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotificationRequestTests {

	@ParameterizedTest
	@ValueSource(strings = { "13012345678", "19912345678", "13800000000" })
	void acceptsMainlandMobileNumbers(String mobile) {
		assertThat(request(mobile).recipientMobile()).isEqualTo(mobile);
	}

	@ParameterizedTest
	@ValueSource(strings = { "12012345678", "1381234567", "138123456789", "23812345678", "1381234567a", "" })
	void rejectsAnythingElseAsInvalidMobile(String mobile) {
		assertThatExceptionOfType(InvalidValue.class).isThrownBy(() -> request(mobile))
			.satisfies(ex -> assertThat(ex.slug()).isEqualTo("invalid-mobile"));
	}

	@Test
	void storesTheCanonicalElevenDigits() {
		assertThat(request("+86 138-1234-5678").recipientMobile()).isEqualTo("13812345678");
	}

	@Test
	void masksTheMiddleFourDigits() {
		assertThat(MobileNumbers.mask("13812345678")).isEqualTo("138****5678");
	}

	private static NotificationRequest request(String mobile) {
		return new NotificationRequest("citizen-session", "s-1", "code-issued", Channel.SMS, mobile, "one-time-code",
				Map.of("code", "123456", "minutes", 5));
	}
}
