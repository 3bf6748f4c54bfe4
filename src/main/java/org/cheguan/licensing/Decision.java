package org.cheguan.licensing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The full account of how one request fared in {@link SeatAllocation#allocate}: its place in the ranking and the fate
 * of each preference. The applicant's plain-language explanation is built from it ({@link SeatAllocation#explain});
 * ranking rules from domain-rules.md §1.5 and the product decisions.
 *
 * @param requestId the request
 * @param applicationId the licence application of the request
 * @param rank 1-based position in the ranking (green channel first, then earlier sort time, application id, request
 *        id)
 * @param sortTime the request's allocation sort time
 * @param greenChannel whether the request was moved to the front by a supervisor
 * @param sessionId the session where it got a seat, or null when unplaced
 * @param preferenceIndex 0-based index of the preference it got, or -1 when unplaced
 * @param preferences one state per preference, in the request's order; unmodifiable
 */
public record Decision(UUID requestId, UUID applicationId, int rank, Instant sortTime, boolean greenChannel,
		@Nullable UUID sessionId, int preferenceIndex, List<PreferenceState> preferences) {

	/**
	 * Copies the preferences.
	 */
	public Decision {
		preferences = List.copyOf(preferences);
	}

	/**
	 * Whether the request got a seat.
	 *
	 * @return true when {@link #sessionId()} is not null
	 */
	public boolean placed() {
		return sessionId != null;
	}
}
