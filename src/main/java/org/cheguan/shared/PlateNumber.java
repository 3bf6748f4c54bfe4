package org.cheguan.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * A motor-vehicle plate number (号牌号码, GA 36-2018), validated on construction: a province abbreviation, the issuing
 * authority letter (A–Z without I and O), then a serial that is one of the {@link PlateKind} layouts:
 *
 * <ul>
 * <li>{@link PlateKind#ORDINARY}: 5 letters or digits, I and O never used ({@code 鄂A12345}, {@code 鄂AB1C23});</li>
 * <li>{@link PlateKind#NEW_ENERGY_SMALL}: D or F, a letter or digit, 4 digits ({@code 鄂AD12345});</li>
 * <li>{@link PlateKind#NEW_ENERGY_LARGE}: 5 digits, then D or F ({@code 鄂A12345D}).</li>
 * </ul>
 *
 * <p>Surrounding and inner white space and the separator dot ({@code 鄂A·12345}) are removed, letters are
 * upper-cased. Not accepted: special plates with a suffix (挂, 学, 警, 港, 澳) or prefix (使, 领), local rules capping the
 * letters of a self-composed serial, and the extended new-energy letters A–K (A, B, C, E pure electric; G, H, J, K
 * other) that some newer validators accept — the sources disagree (domain-rules.md §4, [uncertain]), so they need a
 * deliberate decision before they are added behind a flag.
 *
 * <p>Errors are {@link InvalidValue} with slug {@link InvalidValue#PLATE}, rule {@code GA 36-2018} and message keys
 * {@code kernel.plate.length}, {@code kernel.plate.province}, {@code kernel.plate.authority} and
 * {@code kernel.plate.serial}.
 *
 * @param value the canonical plate number, e.g. {@code 鄂AD12345}
 */
public record PlateNumber(String value) {

	/** The standard cited in errors. */
	public static final String RULE = "GA 36-2018";

	/**
	 * Normalizes and validates.
	 *
	 * @param value the plate number as typed
	 * @throws InvalidValue when the plate number breaks GA 36-2018
	 */
	public PlateNumber {
		Objects.requireNonNull(value, "value");
		value = value.replaceAll("[\\s·・•.]", "").toUpperCase(Locale.ROOT);
		if (value.length() != 7 && value.length() != 8) {
			throw invalid("length", value.length());
		}
		new IssuingAuthority(value.substring(0, 1), value.charAt(1));
		kindOf(value.substring(2));
	}

	/**
	 * Reads a plate number.
	 *
	 * @param text the plate number as typed, e.g. {@code 鄂A·12345} or {@code 鄂ad12345}
	 * @return the plate number
	 * @throws InvalidValue when the plate number breaks GA 36-2018
	 */
	public static PlateNumber of(String text) {
		return new PlateNumber(text);
	}

	/** @return the province and office letter, e.g. {@code 鄂A} */
	public IssuingAuthority issuingAuthority() {
		return new IssuingAuthority(value.substring(0, 1), value.charAt(1));
	}

	/** @return the 5- or 6-character serial after the authority, e.g. {@code D12345} */
	public String serial() {
		return value.substring(2);
	}

	/** @return the layout of the serial */
	public PlateKind kind() {
		return kindOf(serial());
	}

	/** @return whether this is a new-energy plate, small or large */
	public boolean isNewEnergy() {
		return kind() != PlateKind.ORDINARY;
	}

	/** @return the canonical plate number */
	@Override
	public String toString() {
		return value;
	}

	private static PlateKind kindOf(String serial) {
		if (serial.length() == 5) {
			for (int i = 0; i < 5; i++) {
				if (!isSerialCharacter(serial.charAt(i))) {
					throw invalid("serial", serial);
				}
			}
			return PlateKind.ORDINARY;
		}
		if (isEnergyLetter(serial.charAt(0)) && isSerialCharacter(serial.charAt(1)) && allDigits(serial, 2, 6)) {
			return PlateKind.NEW_ENERGY_SMALL;
		}
		if (allDigits(serial, 0, 5) && isEnergyLetter(serial.charAt(5))) {
			return PlateKind.NEW_ENERGY_LARGE;
		}
		throw invalid("serial", serial);
	}

	private static boolean isSerialCharacter(char c) {
		return (c >= '0' && c <= '9') || IssuingAuthority.isAuthorityLetter(c);
	}

	private static boolean isEnergyLetter(char c) {
		return c == 'D' || c == 'F';
	}

	private static boolean allDigits(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	static InvalidValue invalid(String reason, Object... arguments) {
		return new InvalidValue(InvalidValue.PLATE, "kernel.plate." + reason, RULE, arguments);
	}
}
