package org.cheguan.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An administrative division code (行政区划代码, GB/T 2260): 6 digits, two each for the province, the prefecture-level
 * city and the county-level district, e.g. {@code 420106} (武昌区) in {@code 420100} (武汉市) in {@code 42} (湖北省).
 * Only the shape is checked; whether the code exists is a question for reference data.
 *
 * <p>Errors are {@link InvalidValue} with slug {@link InvalidValue#VALIDATION}, rule {@code GB/T 2260} and key
 * {@code kernel.district-code.format}.
 *
 * @param value the 6 digits
 */
public record DistrictCode(String value) {

	private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

	/**
	 * Normalizes (trims) and validates.
	 *
	 * @param value the code as typed
	 * @throws InvalidValue when it is not 6 ASCII digits
	 */
	public DistrictCode {
		Objects.requireNonNull(value, "value");
		value = value.strip();
		if (!SIX_DIGITS.matcher(value).matches()) { // \d is ASCII-only without UNICODE_CHARACTER_CLASS
			throw new InvalidValue(InvalidValue.VALIDATION, "kernel.district-code.format", "GB/T 2260", value);
		}
	}

	/**
	 * Reads a code.
	 *
	 * @param text 6 digits, white space around them ignored
	 * @return the code
	 * @throws InvalidValue when it is not 6 digits
	 */
	public static DistrictCode of(String text) {
		return new DistrictCode(text);
	}

	/** @return the first 2 digits, the province-level code, e.g. {@code 42} */
	public String provinceCode() {
		return value.substring(0, 2);
	}

	/** @return the code of the prefecture-level city: the first 4 digits and {@code 00}, e.g. {@code 420100} */
	public String cityCode() {
		return value.substring(0, 4) + "00";
	}

	/** @return the 6 digits */
	@Override
	public String toString() {
		return value;
	}
}
