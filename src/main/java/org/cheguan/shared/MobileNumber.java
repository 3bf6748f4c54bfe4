package org.cheguan.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A mainland China mobile number: 11 digits matching {@code ^1[3-9]\d{9}$} (the 13x–19x number blocks of the MIIT
 * numbering plan). Validated on construction. The country code {@code +86} or {@code 86}, spaces and hyphens are
 * removed, so {@code +86 138-1234-5678} becomes {@code 13812345678}. {@link #toString()} returns the
 * {@linkplain #masked() masked} form so that a number never leaks into a log in clear (GB/T 35273-2020 §6.3).
 *
 * <p>Errors are {@link InvalidValue} with slug {@link InvalidValue#MOBILE} and key {@code kernel.mobile.format}.
 *
 * @param value the 11 digits
 */
public record MobileNumber(String value) {

	private static final Pattern MAINLAND = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

	/**
	 * Normalizes and validates.
	 *
	 * @param value the number as typed
	 * @throws InvalidValue when it is not a mainland mobile number
	 */
	public MobileNumber {
		Objects.requireNonNull(value, "value");
		value = SEPARATORS.matcher(value).replaceAll("");
		if (value.startsWith("+86")) {
			value = value.substring(3);
		}
		else if (value.startsWith("86") && value.length() == 13) {
			value = value.substring(2);
		}
		if (!MAINLAND.matcher(value).matches()) {
			throw new InvalidValue(InvalidValue.MOBILE, "kernel.mobile.format", null);
		}
	}

	/**
	 * Reads a number.
	 *
	 * @param text the number as typed, with or without {@code +86}, spaces or hyphens
	 * @return the number
	 * @throws InvalidValue when it is not a mainland mobile number
	 */
	public static MobileNumber of(String text) {
		return new MobileNumber(text);
	}

	/** @return the first 3 and last 4 digits with 4 asterisks between, e.g. {@code 138****5678} */
	public String masked() {
		return value.substring(0, 3) + "****" + value.substring(7);
	}

	/** @return the {@linkplain #masked() masked} form, never the full number */
	@Override
	public String toString() {
		return masked();
	}
}
