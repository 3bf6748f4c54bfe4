package org.cheguan.licensing;

import java.time.LocalDate;

/**
 * A scoring period (记分周期, 公安部令第163号 第三条: 12 months) in which the driver reached 12 points (满分), as the
 * traffic-violation system records it.
 *
 * @param periodStart the period's first day
 * @param periodEnd the period's last day, the day before the start's first anniversary
 * @param reachedOn the day the 12th point was recorded, within the period
 */
public record TwelvePointRecord(LocalDate periodStart, LocalDate periodEnd, LocalDate reachedOn) {

	/**
	 * @throws IllegalArgumentException when the period is not 12 months or the date reached lies outside it
	 */
	public TwelvePointRecord {
		if (!ScoringPeriods.isTwelveMonths(periodStart, periodEnd)) {
			throw new IllegalArgumentException("a scoring period runs 12 months: " + periodStart + " to " + periodEnd);
		}
		if (reachedOn.isBefore(periodStart) || reachedOn.isAfter(periodEnd)) {
			throw new IllegalArgumentException("reached " + reachedOn + " outside " + periodStart + " to " + periodEnd);
		}
	}

	/**
	 * @param from the first day of a span
	 * @param through the last day of the span
	 * @return whether this period shares a day with the span
	 */
	public boolean overlaps(LocalDate from, LocalDate through) {
		return !periodStart.isAfter(through) && !periodEnd.isBefore(from);
	}
}
