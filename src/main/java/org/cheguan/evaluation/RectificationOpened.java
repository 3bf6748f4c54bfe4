package org.cheguan.evaluation;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A rectification was opened, once per source fact.
 *
 * @param rectificationId the rectification
 * @param source what opened it
 * @param ratingId the bad rating, or null
 * @param staffUsername the staff member concerned, or null
 * @param replyDueOn last day to verify and reply
 * @param rectifyDueOn last day to rectify
 */
public record RectificationOpened(UUID rectificationId, String source, @Nullable UUID ratingId,
		@Nullable String staffUsername, LocalDate replyDueOn, LocalDate rectifyDueOn) {
}
