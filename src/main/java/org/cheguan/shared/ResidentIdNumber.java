package org.cheguan.shared;

/** TEMPORARY stub; replaced by the kernel branch. */
public record ResidentIdNumber(String value) {

	public static ResidentIdNumber of(String raw) {
		var v = raw == null ? "" : raw.trim().toUpperCase();
		if (!v.matches("\\d{17}[0-9X]")) {
			throw new InvalidValue(InvalidValue.RESIDENT_ID, "kernel.resident-id.format", "GB 11643-1999");
		}
		int[] w = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (v.charAt(i) - '0') * w[i];
		}
		if ("10X98765432".charAt(sum % 11) != v.charAt(17)) {
			throw new InvalidValue(InvalidValue.RESIDENT_ID, "kernel.resident-id.check-character", "GB 11643-1999",
					"10X98765432".charAt(sum % 11));
		}
		return new ResidentIdNumber(v);
	}

	public String masked() {
		return value.substring(0, 6) + "********" + value.substring(14);
	}

	@Override
	public String toString() {
		return masked();
	}
}
