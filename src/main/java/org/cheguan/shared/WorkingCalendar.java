package org.cheguan.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The office's working days, as the State Council General Office's yearly holiday notices (国务院办公厅关于节假日安排的通知)
 * fix them: Monday to Friday are working days and Saturday and Sunday rest days, except the days the notice lists —
 * a {@code HOLIDAY} is a day off (including weekend days inside a holiday span) and a {@code WORKDAY} is a weekend
 * day worked instead (调休上班). Every deadline counted in working days (工作日) uses this calendar.
 *
 * <p>A calendar covers whole years, from the first to the last year with a listed day; outside them the answer is
 * unknown, so every method refuses such a date with {@link InvalidValue} (slug {@link InvalidValue#VALIDATION}, key
 * {@code kernel.calendar.outside}, arguments: the date, the first and the last covered year) rather than guess. The
 * official data must be extended every November when the next year's notice is published.
 *
 * <p>Source format (UTF-8 CSV): lines starting with {@code #} are comments, then the header
 * {@code date,kind,occasion}, then one row per listed day, e.g. {@code 2026-09-25,HOLIDAY,中秋节}. Immutable and
 * thread-safe.
 */
public final class WorkingCalendar {

	/** The source cited in errors. */
	public static final String RULE = "国务院办公厅节假日安排通知";

	/** Class-path location of the official calendar. */
	public static final String OFFICIAL_RESOURCE = "reference/cn-working-calendar.csv";

	private static final String HEADER = "date,kind,occasion";

	private final Map<LocalDate, Entry> days;

	private final int firstYear;

	private final int lastYear;

	private WorkingCalendar(Map<LocalDate, Entry> days) {
		this.days = Map.copyOf(days);
		this.firstYear = days.keySet().stream().mapToInt(LocalDate::getYear).min().orElseThrow();
		this.lastYear = days.keySet().stream().mapToInt(LocalDate::getYear).max().orElseThrow();
	}

	/**
	 * The official calendar of {@code classpath:reference/cn-working-calendar.csv}, read once and cached.
	 *
	 * @return the official calendar
	 * @throws IllegalStateException when the resource is missing or malformed
	 */
	public static WorkingCalendar official() {
		return Official.CALENDAR;
	}

	/**
	 * Reads a calendar from UTF-8 CSV. The stream is not closed.
	 *
	 * @param csv the calendar in the format described on this class
	 * @return the calendar
	 * @throws IllegalArgumentException when the content is malformed, e.g. a {@code WORKDAY} on a weekday, a date
	 *         listed twice, a covered year without any listed day, or no rows at all
	 * @throws UncheckedIOException when reading fails
	 */
	public static WorkingCalendar of(InputStream csv) {
		return of(new InputStreamReader(csv, StandardCharsets.UTF_8));
	}

	/**
	 * Reads a calendar from CSV. The reader is not closed.
	 *
	 * @param csv the calendar in the format described on this class
	 * @return the calendar
	 * @throws IllegalArgumentException when the content is malformed, e.g. a {@code WORKDAY} on a weekday, a date
	 *         listed twice, a covered year without any listed day, or no rows at all
	 * @throws UncheckedIOException when reading fails
	 */
	public static WorkingCalendar of(Reader csv) {
		var days = new HashMap<LocalDate, Entry>();
		var lines = new BufferedReader(csv);
		var headerSeen = false;
		var number = 0;
		try {
			String line;
			while ((line = lines.readLine()) != null) {
				number++;
				line = line.strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				if (!headerSeen) {
					if (!line.equals(HEADER)) {
						throw malformed(number, "header must be " + HEADER);
					}
					headerSeen = true;
					continue;
				}
				var entry = parse(line, number);
				if (days.put(entry.date(), entry) != null) {
					throw malformed(number, entry.date() + " is listed twice");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (days.isEmpty()) {
			throw new IllegalArgumentException("a working calendar needs at least one listed day");
		}
		var calendar = new WorkingCalendar(days);
		for (int year = calendar.firstYear; year <= calendar.lastYear; year++) {
			var y = year;
			if (days.keySet().stream().noneMatch(d -> d.getYear() == y)) {
				throw new IllegalArgumentException("year " + year + " has no listed day: its notice is missing");
			}
		}
		return calendar;
	}

	/** @return the first covered year */
	public int firstYear() {
		return firstYear;
	}

	/** @return the last covered year */
	public int lastYear() {
		return lastYear;
	}

	/**
	 * @param date a date in a covered year
	 * @return true for a weekday that is not a {@code HOLIDAY}, and for a {@code WORKDAY} (a make-up Saturday or
	 *         Sunday)
	 * @throws InvalidValue when the date is outside the covered years
	 */
	public boolean isWorkingDay(LocalDate date) {
		requireCovered(date);
		var entry = days.get(date);
		if (entry != null) {
			return entry.kind() == Kind.WORKDAY;
		}
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/**
	 * @param date a date in a covered year
	 * @return true for a day off of a public holiday (法定节假日 and the days moved next to it); an ordinary weekend is
	 *         a rest day but not a holiday
	 * @throws InvalidValue when the date is outside the covered years
	 */
	public boolean isHoliday(LocalDate date) {
		requireCovered(date);
		var entry = days.get(date);
		return entry != null && entry.kind() == Kind.HOLIDAY;
	}

	/**
	 * @param date a date in a covered year
	 * @return the occasion a listed day belongs to, e.g. {@code 中秋节}, or empty for an ordinary day
	 * @throws InvalidValue when the date is outside the covered years
	 */
	public Optional<String> occasion(LocalDate date) {
		requireCovered(date);
		return Optional.ofNullable(days.get(date)).map(Entry::occasion);
	}

	/**
	 * The deadline "n working days after {@code start}": the n-th working day strictly after {@code start}, so that
	 * {@code workingDaysBetween(start, result) == n}. For {@code n = 0} the result is {@code start} itself when it is
	 * a working day, otherwise the next working day (a request received on a holiday is handled on the first working
	 * day after it).
	 *
	 * @param start the day counting starts from, e.g. the day a request was received
	 * @param n working days, 0 or more
	 * @return the n-th working day after {@code start}
	 * @throws IllegalArgumentException when {@code n} is negative
	 * @throws InvalidValue when {@code start} or the result is outside the covered years
	 */
	public LocalDate plusWorkingDays(LocalDate start, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("n must be 0 or more, was " + n);
		}
		requireCovered(start);
		var date = start;
		if (n == 0) {
			while (!isWorkingDay(date)) {
				date = date.plusDays(1);
			}
			return date;
		}
		var counted = 0;
		while (counted < n) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				counted++;
			}
		}
		return date;
	}

	/**
	 * Counts the working days d with {@code fromExclusive < d <= toInclusive}; 0 when {@code toInclusive} is not
	 * after {@code fromExclusive}.
	 *
	 * @param fromExclusive the day before the first counted day
	 * @param toInclusive the last counted day
	 * @return the number of working days in the interval
	 * @throws InvalidValue when either date is outside the covered years
	 */
	public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
		requireCovered(fromExclusive);
		requireCovered(toInclusive);
		var count = 0;
		for (var date = fromExclusive.plusDays(1); !date.isAfter(toInclusive); date = date.plusDays(1)) {
			if (isWorkingDay(date)) {
				count++;
			}
		}
		return count;
	}

	private void requireCovered(LocalDate date) {
		Objects.requireNonNull(date, "date");
		if (date.getYear() < firstYear || date.getYear() > lastYear) {
			throw new InvalidValue(InvalidValue.VALIDATION, "kernel.calendar.outside", RULE, date, firstYear,
					lastYear);
		}
	}

	private static Entry parse(String line, int number) {
		var fields = line.split(",", 3);
		if (fields.length < 2) {
			throw malformed(number, "expected date,kind,occasion");
		}
		LocalDate date;
		try {
			date = LocalDate.parse(fields[0].strip());
		}
		catch (DateTimeParseException ex) {
			throw malformed(number, "not an ISO date: " + fields[0]);
		}
		Kind kind;
		try {
			kind = Kind.valueOf(fields[1].strip());
		}
		catch (IllegalArgumentException ex) {
			throw malformed(number, "kind must be HOLIDAY or WORKDAY, was " + fields[1]);
		}
		if (kind == Kind.WORKDAY && date.getDayOfWeek() != DayOfWeek.SATURDAY
				&& date.getDayOfWeek() != DayOfWeek.SUNDAY) {
			throw malformed(number, date + " is a weekday: a WORKDAY row is for a make-up Saturday or Sunday");
		}
		var occasion = fields.length == 3 ? fields[2].strip() : "";
		return new Entry(date, kind, occasion);
	}

	private static IllegalArgumentException malformed(int line, String problem) {
		return new IllegalArgumentException("working calendar, line " + line + ": " + problem);
	}

	private enum Kind {
		HOLIDAY, WORKDAY
	}

	private record Entry(LocalDate date, Kind kind, String occasion) {
	}

	/** Holder idiom: the official calendar is read on first use, once, without locking afterwards. */
	private static final class Official {

		static final WorkingCalendar CALENDAR = load();

		private static WorkingCalendar load() {
			try (var in = WorkingCalendar.class.getClassLoader().getResourceAsStream(OFFICIAL_RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("class-path resource " + OFFICIAL_RESOURCE + " is missing");
				}
				return of(in);
			}
			catch (IOException | IllegalArgumentException ex) {
				throw new IllegalStateException("cannot read " + OFFICIAL_RESOURCE, ex);
			}
		}
	}
}
