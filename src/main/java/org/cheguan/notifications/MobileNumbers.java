package org.cheguan.notifications;

import org.cheguan.shared.MobileNumber;

/** Mainland mobile numbers as the outbox needs them, through the shared {@link MobileNumber} value type. */
final class MobileNumbers {

	private MobileNumbers() {
	}

	/** @return the canonical 11 digits; throws {@code invalid-mobile} otherwise */
	static String requireValid(String mobile) {
		return MobileNumber.of(mobile).value();
	}

	/** {@code 13812345678} → {@code 138****5678}; anything that is not a mobile number is masked whole. */
	static String mask(String mobile) {
		if (mobile.length() != 11) {
			return "*".repeat(mobile.length());
		}
		return mobile.substring(0, 3) + "****" + mobile.substring(7);
	}
}
