package org.cheguan.evaluation;

import java.time.LocalDate;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.jspecify.annotations.Nullable;

/**
 * What opens a rectification: a bad rating, or (wired by the lead) a hotline complaint about a staff member.
 *
 * @param source what opened it, e.g. {@code evaluation.rating} or {@code hotline.complaint}
 * @param sourceKey the key of that fact (the rating id, the ticket id); unique with {@code source}, so opening twice
 *        returns the first
 * @param ratingId the bad rating, or null
 * @param serviceRecordId the service concerned, or null
 * @param citizenId the citizen who complained or rated, or null
 * @param staffUsername the staff member concerned, or null
 * @param department the department concerned, or null
 * @param named whether the citizen is named (实名): a return visit is then required
 * @param summary a short masked summary for the board, at most 500 characters
 * @param openedOn the office date the complaint or rating was received: deadlines count from it
 */
public record OpenRectification(String source, String sourceKey, @Nullable UUID ratingId,
		@Nullable UUID serviceRecordId, @Nullable CitizenId citizenId, @Nullable String staffUsername,
		@Nullable String department, boolean named, String summary, LocalDate openedOn) {
}
