package org.cheguan.hotline;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The hours of a working day during which hotline deadlines run: a morning and an afternoon session with the lunch
 * break between them. The office's hours are not published in any source we found (domain-rules.md §10.2 lists no
 * branch data), so this is a product decision and configuration ({@code cheguan.hotline.office-hours.*}), default
 * 09:00 to 12:00 and 13:30 to 17:30, seven working hours a day.
 *
 * @param morningStart opening time
 * @param morningEnd start of the lunch break
 * @param afternoonStart end of the lunch break
 * @param afternoonEnd closing time
 */
public record OfficeHours(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
		LocalTime afternoonEnd) {

	/**
	 * @throws IllegalArgumentException unless morningStart &lt; morningEnd &lt;= afternoonStart &lt; afternoonEnd
	 */
	public OfficeHours {
		Objects.requireNonNull(morningStart, "morningStart");
		Objects.requireNonNull(morningEnd, "morningEnd");
		Objects.requireNonNull(afternoonStart, "afternoonStart");
		Objects.requireNonNull(afternoonEnd, "afternoonEnd");
		if (!morningStart.isBefore(morningEnd) || afternoonStart.isBefore(morningEnd)
				|| !afternoonStart.isBefore(afternoonEnd)) {
			throw new IllegalArgumentException("office hours must be two ordered sessions, were " + morningStart + "-"
					+ morningEnd + " and " + afternoonStart + "-" + afternoonEnd);
		}
	}

	/** @return 09:00–12:00 and 13:30–17:30 */
	public static OfficeHours defaults() {
		return new OfficeHours(LocalTime.of(9, 0), LocalTime.of(12, 0), LocalTime.of(13, 30), LocalTime.of(17, 30));
	}

	/** @return working time in one working day (7 hours by default) */
	public Duration perDay() {
		return Duration.between(morningStart, morningEnd).plus(Duration.between(afternoonStart, afternoonEnd));
	}
}
