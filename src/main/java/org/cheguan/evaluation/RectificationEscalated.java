package org.cheguan.evaluation;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A rectification (差评整改) missed a deadline and stayed overdue for the grace of working days after it (default 3,
 * {@code cheguan.evaluation.escalation-working-days}; Hubei practice: escalated to the 支队), so it is escalated
 * (督办). At most once for the reply and once for the rectification. Published in the escalation's transaction.
 *
 * @param rectificationId the rectification
 * @param ratingId the bad rating it is about, or null (a hotline complaint)
 * @param staffUsername the staff member concerned, or null
 * @param department the department concerned, or null
 * @param overdueStep {@code REPLY} (not verified and replied) or {@code RECTIFY} (not rectified)
 * @param missedDeadline the due date missed
 * @param escalationDueOn the last day of the grace after it
 * @param escalatedOn the office date of the escalation
 */
public record RectificationEscalated(UUID rectificationId, @Nullable UUID ratingId, @Nullable String staffUsername,
		@Nullable String department, String overdueStep, LocalDate missedDeadline, LocalDate escalationDueOn,
		LocalDate escalatedOn) {
}
