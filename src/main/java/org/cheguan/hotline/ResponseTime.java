package org.cheguan.hotline;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * How long a ticket may stay open, in working time: either working hours ({@code 4h}) or working days ({@code 5d},
 * due at closing time of the 5th working day after the day received). Parsed from configuration
 * ({@code cheguan.hotline.response-time.<kind>}).
 *
 * <p>Defaults (product decision; no national rule for the 12123 line was found, domain-rules.md §9): consultation 4
 * working hours (Beijing 接诉即办条例 第二十四条 asks a consultation not answered at once to be answered within 24 hours;
 * we answer within the same or next half day) [single source]; help 5 working days and complaint 7 working days
 * (published 12345 practice: help within 5 working days; ordinary matters closed within 7, complex ones within 15
 * working days) [single source]; praise 3 working days (credit the staff member and thank the caller, product
 * decision); suggestion 15 working days [single source, as the complex-matter limit].
 *
 * @param amount how many units, 1 or more
 * @param days true for working days, false for working hours
 */
public record ResponseTime(int amount, boolean days) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{1,3})([hd])");

	/** @throws IllegalArgumentException when the amount is not 1 to 999 */
	public ResponseTime {
		if (amount < 1 || amount > 999) {
			throw new IllegalArgumentException("a response time is 1 to 999 units, was " + amount);
		}
	}

	/**
	 * @param text e.g. {@code 4h} or {@code 7d}
	 * @return the response time
	 * @throws IllegalArgumentException for any other text
	 */
	public static ResponseTime parse(String text) {
		var matcher = FORMAT.matcher(text.strip().toLowerCase(java.util.Locale.ROOT));
		if (!matcher.matches()) {
			throw new IllegalArgumentException("a response time is like 4h or 7d, was " + text);
		}
		return new ResponseTime(Integer.parseInt(matcher.group(1)), matcher.group(2).equals("d"));
	}

	/**
	 * @param kind a ticket kind
	 * @return the product default for it
	 */
	public static ResponseTime defaultFor(TicketKind kind) {
		return switch (kind) {
			case CONSULTATION -> parse("4h");
			case HELP -> parse("5d");
			case COMPLAINT -> parse("7d");
			case PRAISE -> parse("3d");
			case SUGGESTION -> parse("15d");
		};
	}

	/**
	 * The deadline, in whole minutes of office time: working time is counted in minutes (office hours, countdowns
	 * and the deadline shown are minutes), so the seconds and fractions of the opening moment are dropped from the
	 * result. Truncating, not rounding up, keeps the promise: a ticket is never due later than its response time
	 * after it was opened (at most 59.999 s earlier), and tickets of one kind opened within the same minute share
	 * one deadline and one countdown.
	 *
	 * @param openedAt when the ticket was opened, any precision
	 * @param time the office's working time
	 * @return when the ticket is due, a whole minute (seconds and nanoseconds zero)
	 */
	public Instant dueFrom(Instant openedAt, WorkingTime time) {
		var due = days ? time.closeOfWorkingDay(openedAt, amount) : time.plus(openedAt, Duration.ofHours(amount));
		return due.truncatedTo(ChronoUnit.MINUTES);
	}

	@Override
	public String toString() {
		return amount + (days ? "d" : "h");
	}
}
