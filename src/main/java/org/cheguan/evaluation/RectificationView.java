package org.cheguan.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A rectification as supervisors see it ({@code GET /api/v1/rectifications}: {@code id, ratingId, dueOn, status} and
 * more).
 *
 * @param id the rectification
 * @param ratingId the bad rating, or null when a complaint opened it
 * @param source what opened it
 * @param serviceRecordId the service concerned, or null
 * @param staffUsername staff concerned, or null
 * @param department department concerned, or null
 * @param summary short masked summary
 * @param named whether the citizen is named
 * @param openedOn office date opened
 * @param replyDueOn last day to verify and reply
 * @param rectifyDueOn last day to rectify
 * @param dueOn the next deadline: the reply's until replied, then the rectification's
 * @param status where it stands
 * @param overdue whether the next deadline has passed with the step not done
 * @param reply the reply, or null
 * @param rectification the rectification note, or null
 * @param returnVisitRequired whether a return visit is required (every named rating)
 * @param returnVisitNote the return visit's note, or null
 * @param appealReason the staff's appeal, or null
 * @param appealDecision UPHELD or REJECTED, or null
 * @param appealDecidedBy the supervisor who decided, or null
 * @param followUpScore the rater's rating of the rectification, 1 不满意 to 3 满意, or null
 * @param openedAt when it was opened
 * @param escalatedAt when it was escalated to the 支队 (督办) for a missed deadline, or null
 * @param escalatedFor the deadline missed, {@code REPLY} or {@code RECTIFY}, or null
 */
public record RectificationView(UUID id, @Nullable UUID ratingId, String source, @Nullable UUID serviceRecordId,
		@Nullable String staffUsername, @Nullable String department, String summary, boolean named, LocalDate openedOn,
		LocalDate replyDueOn, LocalDate rectifyDueOn, LocalDate dueOn, RectificationStatus status, boolean overdue,
		@Nullable String reply, @Nullable String rectification, boolean returnVisitRequired,
		@Nullable String returnVisitNote, @Nullable String appealReason, @Nullable String appealDecision,
		@Nullable String appealDecidedBy, @Nullable Integer followUpScore, Instant openedAt,
		@Nullable Instant escalatedAt, @Nullable String escalatedFor) {
}
