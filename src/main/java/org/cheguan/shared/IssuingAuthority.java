package org.cheguan.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * The issuing authority of a plate (发牌机关代号, GA 36-2018): the province abbreviation (one Chinese character) and the
 * letter of the city-level vehicle management office, A–Z without I and O. Wuhan is 鄂A.
 *
 * <p>Errors are {@link InvalidValue} with slug {@link InvalidValue#PLATE}, rule {@code GA 36-2018} and key
 * {@code kernel.plate.province} or {@code kernel.plate.authority}.
 *
 * @param province the province abbreviation, e.g. {@code 鄂}
 * @param letter the office letter, e.g. {@code A}
 */
public record IssuingAuthority(String province, char letter) {

	/** Province abbreviations used on plates, in the order of GA 36-2018. */
	static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

	/**
	 * Validates.
	 *
	 * @param province the province abbreviation
	 * @param letter the office letter, upper case
	 * @throws InvalidValue when the province or the letter is not one of GA 36-2018
	 */
	public IssuingAuthority {
		Objects.requireNonNull(province, "province");
		if (province.length() != 1 || PROVINCES.indexOf(province.charAt(0)) < 0) {
			throw PlateNumber.invalid("province", province);
		}
		if (!isAuthorityLetter(letter)) {
			throw PlateNumber.invalid("authority", province + letter);
		}
	}

	/**
	 * Reads an authority code such as {@code 鄂A}.
	 *
	 * @param text two characters, province and letter; white space around them is ignored, the letter may be lower
	 *        case
	 * @return the authority
	 * @throws InvalidValue when the text is not a GA 36-2018 authority code
	 */
	public static IssuingAuthority of(String text) {
		var code = text.strip().toUpperCase(Locale.ROOT);
		if (code.length() != 2) {
			throw PlateNumber.invalid("authority", code);
		}
		return new IssuingAuthority(code.substring(0, 1), code.charAt(1));
	}

	/** @return the two-character code, e.g. {@code 鄂A} */
	@Override
	public String toString() {
		return province + letter;
	}

	static boolean isAuthorityLetter(char c) {
		return c >= 'A' && c <= 'Z' && c != 'I' && c != 'O';
	}
}
