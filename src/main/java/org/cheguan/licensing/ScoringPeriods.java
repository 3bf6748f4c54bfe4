package org.cheguan.licensing;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Scoring periods (记分周期): 12 months each (domain-rules §1.6, confirmed: 公安部令第163号), counted on from the day the
 * driver first obtained a licence (163号令 第三条; domain-rules records the length only, the start is the article's). A
 * period starting on day D runs through the day before D's first anniversary; the n-th period starts on the n-th
 * anniversary of the first issue (a 29 February issue: 28 February in common years), so periods never drift. Plain
 * Java.
 */
public final class ScoringPeriods {

	/** The scoring period of 12 months from the first licence: 公安部令第163号 第三条. */
	public static final String RULE_SCORING_PERIOD = "MPS-163-art-3";

	private ScoringPeriods() {
	}

	/**
	 * One scoring period.
	 *
	 * @param start its first day
	 * @param end its last day
	 */
	public record Span(LocalDate start, LocalDate end) {
	}

	/**
	 * @param start the first day of a period
	 * @return its last day: the day before the first anniversary of {@code start}
	 */
	public static LocalDate endOfPeriodFrom(LocalDate start) {
		return start.plusYears(1).minusDays(1);
	}

	/**
	 * Whether a span is one scoring period: it ends the day before the start's first anniversary; a period counted from
	 * a 29 February issue that starts on 28 February ends on 28 February of a leap year (the next starts on the 29th).
	 *
	 * @param start the first day
	 * @param end the last day
	 * @return true for 12 months
	 */
	public static boolean isTwelveMonths(LocalDate start, LocalDate end) {
		if (end.equals(endOfPeriodFrom(start))) {
			return true;
		}
		var next = end.plusDays(1);
		return next.getMonthValue() == 2 && next.getDayOfMonth() == 29 && start.getMonthValue() == 2
				&& start.getDayOfMonth() == 28 && start.getYear() + 1 == next.getYear();
	}

	/**
	 * The period a date falls in.
	 *
	 * @param firstIssuedOn the day the driver first obtained a licence
	 * @param on a date, not before {@code firstIssuedOn}
	 * @return the period containing {@code on}
	 * @throws IllegalArgumentException when {@code on} is before the first issue
	 */
	public static Span periodOn(LocalDate firstIssuedOn, LocalDate on) {
		if (on.isBefore(firstIssuedOn)) {
			throw new IllegalArgumentException(on + " is before the first issue " + firstIssuedOn);
		}
		int n = Period.between(firstIssuedOn, on).getYears();
		while (firstIssuedOn.plusYears(n + 1L).compareTo(on) <= 0) {
			n++;
		}
		while (firstIssuedOn.plusYears(n).isAfter(on)) {
			n--;
		}
		return span(firstIssuedOn, n);
	}

	/**
	 * The latest periods on a date, the current one first: the current and the previous, or the last 3 (公安部令第162号
	 * 第十七条; domain-rules §1.3). Periods before the first issue do not exist, so fewer may be returned.
	 *
	 * @param firstIssuedOn the day the driver first obtained a licence
	 * @param on the date, e.g. of an application
	 * @param count how many, at least 1
	 * @return the periods, newest first
	 */
	public static List<Span> latest(LocalDate firstIssuedOn, LocalDate on, int count) {
		var current = periodOn(firstIssuedOn, on);
		int n = Period.between(firstIssuedOn, current.start()).getYears();
		while (!firstIssuedOn.plusYears(n).equals(current.start())) {
			n++;
		}
		var spans = new java.util.ArrayList<Span>();
		for (int i = n; i > n - count && i >= 0; i--) {
			spans.add(span(firstIssuedOn, i));
		}
		return spans;
	}

	/**
	 * The recorded 12-point period that refuses an added class (公安部令第162号 第十七条; domain-rules §1.3): a record
	 * whose period shares a day with one of the latest {@code count} periods of the driver, reached on or before the
	 * date. Periods are those of the first issue ({@link #periodOn}); a record keyed in with other bounds counts for
	 * every period it overlaps.
	 *
	 * @param records the driver's 12-point periods
	 * @param firstIssuedOn the day the driver first obtained a licence
	 * @param on the application date
	 * @param count the periods that must be clean: 2, or 3 for A1
	 * @return the latest such record, or empty
	 */
	public static Optional<TwelvePointRecord> twelvePointsInLatest(Collection<TwelvePointRecord> records,
			LocalDate firstIssuedOn, LocalDate on, int count) {
		var spans = latest(firstIssuedOn, on, count);
		var from = spans.get(spans.size() - 1).start();
		var through = spans.get(0).end();
		return records.stream()
			.filter(r -> r.overlaps(from, through) && !r.reachedOn().isAfter(on))
			.max(Comparator.comparing(TwelvePointRecord::periodStart));
	}

	/**
	 * The recorded 12-point periods of a licence term, for the term after renewal (domain-rules §1.6: a period of the
	 * term with 12 points keeps the term length): those whose 12th point was reached within the term.
	 *
	 * @param records the holder's 12-point periods
	 * @param termStart the first day of the term
	 * @param validUntil the term's last day
	 * @return the records, oldest first
	 */
	public static List<TwelvePointRecord> reachedInTerm(Collection<TwelvePointRecord> records, LocalDate termStart,
			LocalDate validUntil) {
		return records.stream()
			.filter(r -> !r.reachedOn().isBefore(termStart) && !r.reachedOn().isAfter(validUntil))
			.sorted(Comparator.comparing(TwelvePointRecord::periodStart))
			.toList();
	}

	/**
	 * The first day of a term from its last day: 6 or 10 years before the day after it (the first licence counts from
	 * its issue date, a renewal from the day after the old last day, a restoration from the day of the test).
	 *
	 * @param term the term, not long-term
	 * @param validUntil its last day
	 * @return its first day
	 */
	public static LocalDate termStart(LicenceTerm term, LocalDate validUntil) {
		var after = validUntil.plusDays(1);
		return switch (term) {
			case SIX_YEARS -> after.minusYears(6);
			case TEN_YEARS -> after.minusYears(10);
			case LONG_TERM -> throw new IllegalArgumentException("a long-term licence has no last day");
		};
	}

	private static Span span(LocalDate firstIssuedOn, int n) {
		var start = firstIssuedOn.plusYears(n);
		return new Span(start, firstIssuedOn.plusYears(n + 1L).minusDays(1));
	}
}
