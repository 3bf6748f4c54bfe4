package org.cheguan.shared;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A vehicle identification number (车辆识别代号, GB 16735-2019, after ISO 3779), validated on construction: 17
 * characters from {@code A–H J–N P R–Z 0–9} ({@code I}, {@code O} and {@code Q} are never used), with the check
 * character at position 9 that GB 16735 makes mandatory: each character is transliterated (digits keep their value;
 * {@code A1 B2 C3 D4 E5 F6 G7 H8 J1 K2 L3 M4 N5 P7 R9 S2 T3 U4 V5 W6 X7 Y8 Z9}), multiplied by the weight of its
 * position ({@code 8 7 6 5 4 3 2 10 0 9 8 7 6 5 4 3 2}), and the sum modulo 11 is the check character, 10 being
 * written {@code X}.
 *
 * <p>Surrounding white space is trimmed and letters are upper-cased. Positions: 1–3 WMI (world manufacturer
 * identifier), 4–8 VDS, 9 check character, 10 model year, 11 plant, 12–17 serial.
 *
 * <p>Errors are {@link InvalidValue} with slug {@link InvalidValue#VIN}, rule {@code GB 16735-2019} and message keys
 * {@code kernel.vin.length}, {@code kernel.vin.characters} and {@code kernel.vin.check-digit} (whose first argument
 * is the expected check character).
 *
 * @param value the 17 upper-case characters
 */
public record Vin(String value) {

	/** The standard cited in errors. */
	public static final String RULE = "GB 16735-2019";

	private static final int LENGTH = 17;

	private static final int CHECK_POSITION = 8;

	private static final int[] WEIGHTS = { 8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2 };

	/** Transliteration of A–Z; 0 marks the letters I, O and Q that are not allowed. */
	private static final int[] LETTER_VALUES = {
			// A B C D E F G H I J K L M N O P Q R S T U V W X Y Z
			1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 0, 7, 0, 9, 2, 3, 4, 5, 6, 7, 8, 9 };

	/** Model-year codes of position 10 in the order of the 30-year cycle that starts with A = 1980 (ISO 3779). */
	private static final String YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789";

	private static final int FIRST_CYCLE_START = 1980;

	private static final int CYCLE_YEARS = 30;

	/**
	 * Normalizes and validates.
	 *
	 * @param value the VIN as typed
	 * @throws InvalidValue when the VIN breaks GB 16735-2019
	 */
	public Vin {
		Objects.requireNonNull(value, "value");
		value = value.strip().toUpperCase(Locale.ROOT);
		if (value.length() != LENGTH) {
			throw invalid("length", value.length());
		}
		for (int i = 0; i < LENGTH; i++) {
			if (!isAllowed(value.charAt(i))) {
				throw invalid("characters", i + 1, String.valueOf(value.charAt(i)));
			}
		}
		var expected = checkCharacter(value);
		if (value.charAt(CHECK_POSITION) != expected) {
			throw invalid("check-digit", String.valueOf(expected));
		}
	}

	/**
	 * Reads a VIN.
	 *
	 * @param text the VIN as typed; white space around it is ignored and letters are upper-cased
	 * @return the VIN
	 * @throws InvalidValue when the VIN breaks GB 16735-2019
	 */
	public static Vin of(String text) {
		return new Vin(text);
	}

	/**
	 * The check character of position 9 (GB 16735-2019, ISO 3779): Σ(transliterated value × weight) mod 11,
	 * with 10 written {@code X}. The character at position 9 itself has weight 0 and is ignored.
	 *
	 * @param text 17 allowed characters, upper case
	 * @return {@code 0}–{@code 9} or {@code X}
	 * @throws IllegalArgumentException when the text is not 17 allowed characters
	 */
	public static char checkCharacter(CharSequence text) {
		if (text.length() != LENGTH) {
			throw new IllegalArgumentException("a VIN has 17 characters");
		}
		int sum = 0;
		for (int i = 0; i < LENGTH; i++) {
			sum += transliterate(text.charAt(i)) * WEIGHTS[i];
		}
		var remainder = sum % 11;
		return remainder == 10 ? 'X' : (char) ('0' + remainder);
	}

	/**
	 * The numeric value of a character in the check-character computation (ISO 3779 transliteration). Several
	 * letters share a value (A and J are both 1), so swapping them is not detected by the check character.
	 *
	 * @param c an allowed character, upper case
	 * @return 0–9
	 * @throws IllegalArgumentException when the character is not allowed in a VIN
	 */
	public static int transliterate(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (!isAllowed(c)) {
			throw new IllegalArgumentException("'" + c + "' is not allowed in a VIN");
		}
		return LETTER_VALUES[c - 'A'];
	}

	/**
	 * @param c a character
	 * @return whether {@code c} may appear in a VIN: an upper-case ASCII letter other than I, O, Q, or a digit
	 */
	public static boolean isAllowed(char c) {
		return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z' && LETTER_VALUES[c - 'A'] != 0);
	}

	/** @return positions 1–3, the world manufacturer identifier, e.g. {@code L6T} (Chinese makers start with L) */
	public String wmi() {
		return value.substring(0, 3);
	}

	/** @return position 9, the check character, {@code 0}–{@code 9} or {@code X} */
	public char checkCharacter() {
		return value.charAt(CHECK_POSITION);
	}

	/** @return position 10, the model-year code */
	public char modelYearCode() {
		return value.charAt(9);
	}

	/**
	 * The model years position 10 may stand for. The code repeats every 30 years (A = 1980 and 2010, Y = 2000 and
	 * 2030, 1 = 2001 and 2031, …, 9 = 2009 and 2039), so the VIN alone cannot tell the cycle; the caller picks by
	 * another fact such as the manufacture date on the certificate of conformity. Codes I, O, Q, U, Z and 0 are not
	 * year codes (GB 16735-2019, ISO 3779): the list is then empty.
	 *
	 * @return the candidate years of the cycles starting 1980 and 2010, ascending
	 */
	public List<Integer> modelYearCandidates() {
		var index = YEAR_CODES.indexOf(modelYearCode());
		if (index < 0) {
			return List.of();
		}
		return List.of(FIRST_CYCLE_START + index, FIRST_CYCLE_START + CYCLE_YEARS + index);
	}

	/** @return the 17 characters */
	@Override
	public String toString() {
		return value;
	}

	private static InvalidValue invalid(String reason, Object... arguments) {
		return new InvalidValue(InvalidValue.VIN, "kernel.vin." + reason, RULE, arguments);
	}
}
