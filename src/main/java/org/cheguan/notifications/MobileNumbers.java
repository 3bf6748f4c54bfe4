package org.cheguan.notifications;

import java.util.regex.Pattern;

import org.cheguan.shared.InvalidValue;

/**
 * Mainland mobile numbers as the outbox needs them: validated and masked. A stop-gap until the shared
 * {@code MobileNumber} value type exists.
 */
final class MobileNumbers {

	/** 11 digits starting 13–19 (the numbering plan of MIIT). */
	private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");

	private MobileNumbers() {
	}

	static String requireValid(String mobile) {
		if (!MOBILE.matcher(mobile).matches()) {
			throw new InvalidValue(InvalidValue.MOBILE, "problem.invalid-mobile", null);
		}
		return mobile;
	}

	/** {@code 13812345678} → {@code 138****5678}; anything that is not a mobile number is masked whole. */
	static String mask(String mobile) {
		if (mobile.length() != 11) {
			return "*".repeat(mobile.length());
		}
		return mobile.substring(0, 3) + "****" + mobile.substring(7);
	}
}
