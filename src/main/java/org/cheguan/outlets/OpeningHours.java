package org.cheguan.outlets;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;

import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.WorkingCalendar;
import org.jspecify.annotations.Nullable;

/**
 * When an outlet serves, in office local time (Asia/Shanghai).
 *
 * <p>Rules (issue 5 and the seed: lunch-time service 午间延时服务, Saturday service at testing stations and e-bike
 * points, 24-hour self-service offices open all year 全年不打烊):
 * <ul>
 * <li>{@code alwaysOpen}: open at every instant, public holidays included.</li>
 * <li>Otherwise closed on a public holiday of the official WorkingCalendar (国务院办公厅节假日安排通知), even a
 * Saturday inside a holiday span.</li>
 * <li>A make-up working day (调休上班, a Saturday or Sunday worked) is served with the outlet's weekday hours (those of
 * the first of Monday to Friday it has hours for), as the other working days.</li>
 * <li>Any other day uses that weekday's hours; a day without hours is closed.</li>
 * <li>Within a day an outlet is open from {@code opens} inclusive to {@code closes} exclusive, except during its lunch
 * break ({@code lunchFrom} inclusive to {@code lunchTo} exclusive); a day without a lunch break has lunch-time
 * service.</li>
 * <li>Outside the calendar's covered years holidays are unknown: ordinary weekday and weekend rules apply.</li>
 * </ul>
 *
 * @param alwaysOpen 24-hour site, every day of the year
 * @param days hours per day of the week; days missing are closed
 */
public record OpeningHours(boolean alwaysOpen, Map<DayOfWeek, DayHours> days) {

	/** Copies the days. */
	public OpeningHours {
		days = days.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(days));
	}

	/** @return a 24-hour site */
	public static OpeningHours twentyFourSeven() {
		return new OpeningHours(true, Map.of());
	}

	/**
	 * @param weekdays hours of Monday to Friday
	 * @param saturday hours of Saturday, or null when closed
	 * @return hours with Sunday closed
	 */
	public static OpeningHours of(DayHours weekdays, @Nullable DayHours saturday) {
		var days = new EnumMap<DayOfWeek, DayHours>(DayOfWeek.class);
		for (var day : DayOfWeek.values()) {
			if (day.getValue() <= 5) {
				days.put(day, weekdays);
			}
		}
		if (saturday != null) {
			days.put(DayOfWeek.SATURDAY, saturday);
		}
		return new OpeningHours(false, days);
	}

	/**
	 * @param local a local date and time in Asia/Shanghai
	 * @param calendar the official working calendar
	 * @return whether the outlet serves then (closures aside)
	 */
	public boolean isOpenAt(LocalDateTime local, WorkingCalendar calendar) {
		if (alwaysOpen) {
			return true;
		}
		var hours = hoursOn(local.toLocalDate(), calendar);
		return hours != null && hours.isOpenAt(local.toLocalTime());
	}

	/**
	 * The same as {@link #isOpenAt(LocalDateTime, WorkingCalendar)} with the day already classified, so that a search
	 * over many outlets asks the calendar once.
	 *
	 * @param local a local date and time in Asia/Shanghai
	 * @param day the calendar's classification of its date
	 * @return whether the outlet serves then (closures aside)
	 */
	public boolean isOpenAt(LocalDateTime local, DayType day) {
		if (alwaysOpen) {
			return true;
		}
		var hours = switch (day) {
			case HOLIDAY -> null;
			case MAKE_UP_WORKING_DAY -> weekdayHours();
			case ORDINARY -> days.get(local.getDayOfWeek());
		};
		return hours != null && hours.isOpenAt(local.toLocalTime());
	}

	/**
	 * @param date a date
	 * @param calendar the official working calendar
	 * @return how the calendar treats the date; ordinary outside its years
	 */
	public static DayType dayType(LocalDate date, WorkingCalendar calendar) {
		try {
			if (calendar.isHoliday(date)) {
				return DayType.HOLIDAY;
			}
			var weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
			return weekend && calendar.isWorkingDay(date) ? DayType.MAKE_UP_WORKING_DAY : DayType.ORDINARY;
		}
		catch (InvalidValue outsideTheNotices) {
			return DayType.ORDINARY;
		}
	}

	/** How the official calendar treats a date, for opening hours. */
	public enum DayType {
		/** A public holiday day off: closed unless 24-hour. */
		HOLIDAY,
		/** A Saturday or Sunday worked instead (调休上班): weekday hours. */
		MAKE_UP_WORKING_DAY,
		/** Any other day: that weekday's hours. */
		ORDINARY
	}

	/**
	 * @param date a date
	 * @param calendar the official working calendar
	 * @return the hours that apply on that date, or null when closed all day (always null for a 24-hour site, which
	 *         has no hours)
	 */
	public @Nullable DayHours hoursOn(LocalDate date, WorkingCalendar calendar) {
		var day = date.getDayOfWeek();
		var weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
		try {
			if (calendar.isHoliday(date)) {
				return null;
			}
			if (weekend && calendar.isWorkingDay(date)) {
				return weekdayHours();
			}
		}
		catch (InvalidValue outsideTheNotices) {
			// no notice for that year: ordinary weekday and weekend rules
		}
		return days.get(day);
	}

	/** @return the hours of the first weekday (Monday to Friday) that has hours, or null */
	public @Nullable DayHours weekdayHours() {
		for (var day = DayOfWeek.MONDAY; day != DayOfWeek.SATURDAY; day = day.plus(1)) {
			var hours = days.get(day);
			if (hours != null) {
				return hours;
			}
		}
		return null;
	}

	/** @return whether the outlet serves on ordinary Saturdays */
	public boolean saturdayService() {
		return alwaysOpen || days.containsKey(DayOfWeek.SATURDAY);
	}

	/**
	 * One day's hours.
	 *
	 * @param opens opening time, inclusive
	 * @param closes closing time, exclusive, after {@code opens}
	 * @param lunchFrom start of the lunch break, or null for lunch-time service (no break)
	 * @param lunchTo end of the lunch break, or null; both or neither, inside the day
	 */
	public record DayHours(LocalTime opens, LocalTime closes, @Nullable LocalTime lunchFrom,
			@Nullable LocalTime lunchTo) {

		/**
		 * Validates.
		 *
		 * @throws IllegalArgumentException when the times are out of order
		 */
		public DayHours {
			if (!closes.isAfter(opens)) {
				throw new IllegalArgumentException("closes must be after opens");
			}
			if ((lunchFrom == null) != (lunchTo == null)) {
				throw new IllegalArgumentException("lunch break needs both ends");
			}
			if (lunchFrom != null && lunchTo != null
					&& (!lunchTo.isAfter(lunchFrom) || lunchFrom.isBefore(opens) || lunchTo.isAfter(closes))) {
				throw new IllegalArgumentException("lunch break must lie inside the day");
			}
		}

		/**
		 * @param opens opening time
		 * @param closes closing time
		 * @return hours with lunch-time service
		 */
		public static DayHours continuous(LocalTime opens, LocalTime closes) {
			return new DayHours(opens, closes, null, null);
		}

		/** @return whether the outlet serves through lunch time (午间延时服务) */
		public boolean lunchService() {
			return lunchFrom == null;
		}

		/**
		 * @param time a local time
		 * @return whether open at that time of the day
		 */
		public boolean isOpenAt(LocalTime time) {
			if (time.isBefore(opens) || !time.isBefore(closes)) {
				return false;
			}
			return lunchFrom == null || lunchTo == null || time.isBefore(lunchFrom) || !time.isBefore(lunchTo);
		}
	}
}
