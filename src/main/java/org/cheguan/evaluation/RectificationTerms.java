package org.cheguan.evaluation;

import java.time.LocalDate;

import org.cheguan.shared.WorkingCalendar;

/**
 * The deadlines of a rectification (差评整改) in working days: verify and reply within {@code replyWorkingDays} (3, as the
 * Hubei traffic police 执法评道 rule), rectify within {@code rectifyWorkingDays} (15, as a Sichuan city; the national
 * 51号 figure is not confirmed), both counted from the day the bad rating was given, the day itself excluded. Working
 * days come from {@link WorkingCalendar}: public holidays do not count and make-up working days (调休) do. These are
 * product decisions (domain-rules.md, top; §7), configurable as {@code cheguan.evaluation.reply-working-days} and
 * {@code cheguan.evaluation.rectify-working-days}.
 *
 * @param replyWorkingDays working days to verify and reply, 1 or more
 * @param rectifyWorkingDays working days to rectify, at least the reply's
 */
public record RectificationTerms(int replyWorkingDays, int rectifyWorkingDays) {

	/** The product's defaults: 3 and 15 working days. */
	public static final RectificationTerms DEFAULT = new RectificationTerms(3, 15);

	/** Checks the figures. */
	public RectificationTerms {
		if (replyWorkingDays < 1 || rectifyWorkingDays < replyWorkingDays) {
			throw new IllegalArgumentException("reply days must be 1 or more and rectify days at least as many, were "
					+ replyWorkingDays + " and " + rectifyWorkingDays);
		}
	}

	/**
	 * @param calendar the working calendar
	 * @param openedOn the office date the bad rating was given
	 * @return the last day to verify and reply
	 */
	public LocalDate replyDue(WorkingCalendar calendar, LocalDate openedOn) {
		return calendar.plusWorkingDays(openedOn, replyWorkingDays);
	}

	/**
	 * @param calendar the working calendar
	 * @param openedOn the office date the bad rating was given
	 * @return the last day to rectify
	 */
	public LocalDate rectifyDue(WorkingCalendar calendar, LocalDate openedOn) {
		return calendar.plusWorkingDays(openedOn, rectifyWorkingDays);
	}

	/**
	 * The last day of the grace after a missed deadline before the case is escalated (督办; Hubei practice: to the
	 * 支队 after 3 more working days): {@code workingDays} working days after the deadline on the calendar, holidays
	 * skipped and make-up working days (调休) counted; 0 means the deadline itself. The case escalates on any day after
	 * this one while the step is still owed.
	 *
	 * @param calendar the working calendar
	 * @param missedDeadline the reply or rectification due date
	 * @param workingDays the grace in working days, 0 or more
	 * @return the last day of the grace
	 */
	public static LocalDate escalationDue(WorkingCalendar calendar, LocalDate missedDeadline, int workingDays) {
		if (workingDays < 0) {
			throw new IllegalArgumentException("escalation grace must be 0 or more working days, was " + workingDays);
		}
		return workingDays == 0 ? missedDeadline : calendar.plusWorkingDays(missedDeadline, workingDays);
	}
}
