package org.cheguan.shared;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A citizen's 18-character resident ID number (公民身份号码, GB 11643-1999), validated on construction:
 *
 * <ol>
 * <li>characters 1–6: address code (GB/T 2260) whose first two digits are an existing province-level code;</li>
 * <li>characters 7–14: birth date {@code yyyyMMdd}, a real calendar date, not before 1850-01-01 and not after the
 * office date on which the number is read;</li>
 * <li>characters 15–17: sequence code, odd for a man and even for a woman;</li>
 * <li>character 18: ISO 7064 MOD 11-2 check character, {@code 0}–{@code 9} or {@code X}.</li>
 * </ol>
 *
 * <p>Surrounding white space is trimmed and a lower-case {@code x} is read as {@code X}. The older 15-digit numbers
 * (GB 11643-1989) are not accepted. {@link #toString()} returns the {@linkplain #masked() masked} form so that a
 * number never leaks into a log in clear (GB/T 35273-2020 §6.3); use {@link #value()} deliberately. Immutable.
 *
 * <p>Errors are {@link InvalidValue} with slug {@link InvalidValue#RESIDENT_ID}, rule {@code GB 11643-1999} and
 * message keys {@code kernel.resident-id.length}, {@code .format}, {@code .province}, {@code .birth-date},
 * {@code .future-birth-date} and {@code .check-character} (whose first argument is the expected character).
 */
public final class ResidentIdNumber {

	/** The standard cited in errors. */
	public static final String RULE = "GB 11643-1999";

	/** The earliest accepted birth date. */
	public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1850, 1, 1);

	private static final int LENGTH = 18;

	/** ISO 7064 MOD 11-2 weights of characters 1–17 (2^(18-i) mod 11). */
	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	/** Check character for each remainder 0–10. */
	private static final char[] CHECK_CHARACTERS = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	/** Province-level codes of GB/T 2260 (with 71 Taiwan, 81 Hong Kong and 82 Macao). */
	private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
			"33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
			"63", "64", "65", "71", "81", "82");

	private final String value;

	private final LocalDate birthDate;

	private ResidentIdNumber(String value, LocalDate birthDate) {
		this.value = value;
		this.birthDate = birthDate;
	}

	/**
	 * Reads a number, checking the birth date against today's office date (Asia/Shanghai) on the system clock. Use
	 * {@link #of(String, Clock)} in business code so that tests can fix the date.
	 *
	 * @param text the number as typed; white space around it is ignored, {@code x} is read as {@code X}
	 * @return the number
	 * @throws InvalidValue when the number breaks GB 11643-1999
	 */
	public static ResidentIdNumber of(String text) {
		return of(text, Clock.system(OfficeTime.ZONE));
	}

	/**
	 * Reads a number, checking the birth date against the office date of the given clock.
	 *
	 * @param text the number as typed; white space around it is ignored, {@code x} is read as {@code X}
	 * @param clock the application clock
	 * @return the number
	 * @throws InvalidValue when the number breaks GB 11643-1999
	 */
	public static ResidentIdNumber of(String text, Clock clock) {
		return of(text, OfficeTime.today(clock));
	}

	/**
	 * Reads a number, checking that the birth date is not after {@code today}.
	 *
	 * @param text the number as typed; white space around it is ignored, {@code x} is read as {@code X}
	 * @param today the office date against which a future birth date is refused
	 * @return the number
	 * @throws InvalidValue when the number breaks GB 11643-1999
	 */
	public static ResidentIdNumber of(String text, LocalDate today) {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(today, "today");
		var value = text.strip().toUpperCase(Locale.ROOT);
		if (value.length() != LENGTH) {
			throw invalid("length", value.length());
		}
		for (int i = 0; i < LENGTH - 1; i++) {
			if (!isAsciiDigit(value.charAt(i))) {
				throw invalid("format");
			}
		}
		var last = value.charAt(LENGTH - 1);
		if (!isAsciiDigit(last) && last != 'X') {
			throw invalid("format");
		}
		if (!PROVINCES.contains(value.substring(0, 2))) {
			throw invalid("province", value.substring(0, 2));
		}
		var birthDate = birthDate(value);
		if (birthDate.isAfter(today)) {
			throw invalid("future-birth-date", birthDate);
		}
		var expected = checkCharacter(value);
		if (last != expected) {
			throw invalid("check-character", String.valueOf(expected));
		}
		return new ResidentIdNumber(value, birthDate);
	}

	/**
	 * The ISO 7064 MOD 11-2 check character of a number (GB 11643-1999 §5.4): Σ(digit × weight) over characters
	 * 1–17, remainder modulo 11 mapped to {@code 1 0 X 9 8 7 6 5 4 3 2}.
	 *
	 * @param text at least 17 characters, the first 17 of them ASCII digits (a trailing check character is ignored)
	 * @return the check character, {@code 0}–{@code 9} or {@code X}
	 * @throws IllegalArgumentException when the first 17 characters are not digits
	 */
	public static char checkCharacter(CharSequence text) {
		if (text.length() < LENGTH - 1) {
			throw new IllegalArgumentException("17 digits are needed");
		}
		int sum = 0;
		for (int i = 0; i < LENGTH - 1; i++) {
			var c = text.charAt(i);
			if (!isAsciiDigit(c)) {
				throw new IllegalArgumentException("character " + (i + 1) + " is not a digit");
			}
			sum += (c - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS[sum % 11];
	}

	/** @return the 18 characters, upper-case {@code X}; the full number, so handle with care */
	public String value() {
		return value;
	}

	/** @return characters 1–6, the administrative division of first registration (GB/T 2260), e.g. {@code 420106} */
	public String addressCode() {
		return value.substring(0, 6);
	}

	/** @return characters 1–2, the province-level code, e.g. {@code 42} for Hubei */
	public String provinceCode() {
		return value.substring(0, 2);
	}

	/** @return the birth date of characters 7–14 */
	public LocalDate birthDate() {
		return birthDate;
	}

	/** @return {@link Sex#MALE} when the 17th character is odd, else {@link Sex#FEMALE} (GB 11643-1999 §5.3) */
	public Sex sex() {
		return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
	}

	/**
	 * The age in whole years (周岁) on a date: a person is one year older on each birthday itself; someone born on
	 * 29 February becomes a year older on 1 March in a common year.
	 *
	 * @param date the date of reference, e.g. the application date
	 * @return completed years, 0 or more
	 * @throws IllegalArgumentException when {@code date} is before the birth date
	 */
	public int ageOn(LocalDate date) {
		if (date.isBefore(birthDate)) {
			throw new IllegalArgumentException("date " + date + " is before the birth date");
		}
		// Period counts whole months by day-of-month, so 29 Feb → 28 Feb of a common year is 11 months 30 days.
		return Period.between(birthDate, date).getYears();
	}

	/** @return the first 6 and last 4 characters with 8 asterisks between, e.g. {@code 420106********0028} */
	public String masked() {
		return value.substring(0, 6) + "********" + value.substring(14);
	}

	/**
	 * @param other another object
	 * @return whether {@code other} is a resident ID number with the same canonical value
	 */
	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof ResidentIdNumber that && that.value.equals(value);
	}

	/** @return the hash of the canonical value */
	@Override
	public int hashCode() {
		return value.hashCode();
	}

	/** @return the {@linkplain #masked() masked} form, never the full number */
	@Override
	public String toString() {
		return masked();
	}

	private static LocalDate birthDate(String value) {
		var year = Integer.parseInt(value.substring(6, 10));
		var month = Integer.parseInt(value.substring(10, 12));
		var day = Integer.parseInt(value.substring(12, 14));
		LocalDate date;
		try {
			date = LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			throw invalid("birth-date", value.substring(6, 14));
		}
		if (date.isBefore(EARLIEST_BIRTH_DATE)) {
			throw invalid("birth-date", value.substring(6, 14));
		}
		return date;
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static InvalidValue invalid(String reason, Object... arguments) {
		return new InvalidValue(InvalidValue.RESIDENT_ID, "kernel.resident-id." + reason, RULE, arguments);
	}
}
