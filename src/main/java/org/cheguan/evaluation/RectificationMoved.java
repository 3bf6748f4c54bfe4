package org.cheguan.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A rectification (差评整改) moved from one status to another: replied, rectified, closed after the return visit,
 * appealed, or an appeal decided (upheld: {@code VOIDED}, the rating is excluded from statistics; rejected: back to the
 * status before the appeal). Published in the step's transaction, so that reporting follows rectifications without
 * listening to every audit event.
 *
 * @param rectificationId the rectification
 * @param ratingId the bad rating it is about, or null (a hotline complaint)
 * @param staffUsername the staff member concerned, or null
 * @param from status before the step
 * @param to status after the step
 * @param on office day of the step (Asia/Shanghai)
 * @param at instant of the step
 * @param dueOn the deadline that applied to the step: the reply due date when it left OPEN or APPEALED, otherwise
 *        the rectification due date
 */
public record RectificationMoved(UUID rectificationId, @Nullable UUID ratingId, @Nullable String staffUsername,
		RectificationStatus from, RectificationStatus to, LocalDate on, Instant at, LocalDate dueOn) {

	/** @return whether the step voided the rating (appeal upheld, 申诉复核): it no longer counts in any statistic */
	public boolean voidsRating() {
		return to == RectificationStatus.VOIDED && ratingId != null;
	}
}
