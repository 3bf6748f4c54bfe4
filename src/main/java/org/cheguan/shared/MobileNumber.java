package org.cheguan.shared;

/** TEMPORARY stub; replaced by the kernel branch. */
public record MobileNumber(String value) {

	public static MobileNumber of(String raw) {
		var v = raw == null ? "" : raw.trim();
		if (!v.matches("1[3-9]\\d{9}")) {
			throw new InvalidValue(InvalidValue.MOBILE, "kernel.mobile.format", null);
		}
		return new MobileNumber(v);
	}

	public String masked() {
		return value.substring(0, 3) + "****" + value.substring(7);
	}

	@Override
	public String toString() {
		return masked();
	}
}
