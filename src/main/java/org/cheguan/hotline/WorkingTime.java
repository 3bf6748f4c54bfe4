package org.cheguan.hotline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.WorkingCalendar;

/**
 * Working-time arithmetic for hotline deadlines: time counts only inside {@link OfficeHours} (lunch break excluded) on
 * the working days of the {@link WorkingCalendar} (国务院办公厅节假日安排通知: public holidays off, 调休 make-up
 * Saturdays and Sundays worked). All office dates and times are Asia/Shanghai ({@link OfficeTime#ZONE}). Plain Java,
 * immutable, thread-safe.
 *
 * <p>Two kinds of deadline exist: a number of working hours ({@link #plus}: a call at 11:00 with 2 working hours is
 * due 14:30, after lunch) and a number of working days ({@link #closeOfWorkingDay}: due at closing time of the n-th
 * working day after the day received, the receipt day itself not counted, as WorkingCalendar#plusWorkingDays counts).
 *
 * <p>Every method throws {@code org.cheguan.shared.InvalidValue} when a date falls outside the calendar's covered years
 */
public final class WorkingTime {

	private final WorkingCalendar calendar;

	private final OfficeHours hours;

	/**
	 * @param calendar working days
	 * @param hours office hours of each working day
	 */
	public WorkingTime(WorkingCalendar calendar, OfficeHours hours) {
		this.calendar = Objects.requireNonNull(calendar, "calendar");
		this.hours = Objects.requireNonNull(hours, "hours");
	}

	/** @return the office hours used */
	public OfficeHours hours() {
		return hours;
	}

	/**
	 * @param instant a moment
	 * @return whether the office is working then (a working day, inside a session; the closing minute is not)
	 */
	public boolean isWorking(Instant instant) {
		var local = instant.atZone(OfficeTime.ZONE);
		if (!calendar.isWorkingDay(local.toLocalDate())) {
			return false;
		}
		var time = local.toLocalTime();
		return sessions().stream().anyMatch(s -> !time.isBefore(s.start()) && time.isBefore(s.end()));
	}

	/**
	 * The moment when {@code working} office time has elapsed after {@code start}. Counting starts at {@code start}
	 * when the office is working then, otherwise at the next opening. A result that falls exactly on the end of a
	 * session is that end (12:00, not 13:30).
	 *
	 * @param start when the clock starts, e.g. when the ticket was opened
	 * @param working working time to add, zero or positive
	 * @return the deadline
	 * @throws IllegalArgumentException when {@code working} is negative
	 */
	public Instant plus(Instant start, Duration working) {
		if (working.isNegative()) {
			throw new IllegalArgumentException("working time must not be negative, was " + working);
		}
		var remaining = working;
		var local = start.atZone(OfficeTime.ZONE);
		var date = local.toLocalDate();
		var from = local.toLocalTime();
		while (true) {
			if (calendar.isWorkingDay(date)) {
				for (var session : sessions()) {
					var begin = from.isAfter(session.start()) ? from : session.start();
					if (!begin.isBefore(session.end())) {
						continue;
					}
					var available = Duration.between(begin, session.end());
					if (remaining.compareTo(available) <= 0) {
						return date.atTime(begin.plus(remaining)).atZone(OfficeTime.ZONE).toInstant();
					}
					remaining = remaining.minus(available);
				}
			}
			date = date.plusDays(1);
			from = LocalTime.MIN;
		}
	}

	/**
	 * Closing time of the n-th working day after the office date of {@code start} (that date itself is not counted;
	 * for {@code n = 0} the closing time of that date if it is a working day, otherwise of the next working day).
	 *
	 * @param start when the clock starts
	 * @param n working days, 0 or more
	 * @return the deadline
	 * @throws IllegalArgumentException when {@code n} is negative
	 */
	public Instant closeOfWorkingDay(Instant start, int n) {
		var day = calendar.plusWorkingDays(LocalDate.ofInstant(start, OfficeTime.ZONE), n);
		return day.atTime(hours.afternoonEnd()).atZone(OfficeTime.ZONE).toInstant();
	}

	/**
	 * Office time between two moments: what a countdown shows. Negative when {@code to} is before {@code from}
	 * (an overdue ticket: how much working time it is late).
	 *
	 * @param from start
	 * @param to end
	 * @return working time in [from, to), or its negation
	 */
	public Duration between(Instant from, Instant to) {
		if (to.isBefore(from)) {
			return between(to, from).negated();
		}
		var total = Duration.ZERO;
		var start = from.atZone(OfficeTime.ZONE);
		var end = to.atZone(OfficeTime.ZONE);
		for (var date = start.toLocalDate(); !date.isAfter(end.toLocalDate()); date = date.plusDays(1)) {
			if (!calendar.isWorkingDay(date)) {
				continue;
			}
			var lower = date.equals(start.toLocalDate()) ? start.toLocalTime() : LocalTime.MIN;
			var upperBounded = date.equals(end.toLocalDate());
			for (var session : sessions()) {
				var begin = lower.isAfter(session.start()) ? lower : session.start();
				var finish = upperBounded && end.toLocalTime().isBefore(session.end()) ? end.toLocalTime()
						: session.end();
				if (begin.isBefore(finish)) {
					total = total.plus(Duration.between(begin, finish));
				}
			}
		}
		return total;
	}

	private List<Session> sessions() {
		return List.of(new Session(hours.morningStart(), hours.morningEnd()),
				new Session(hours.afternoonStart(), hours.afternoonEnd()));
	}

	private record Session(LocalTime start, LocalTime end) {
	}
}
