package org.cheguan.licensing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * One applicant's request for an exam seat in an allocation round: up to five distinct exam sessions, best first.
 *
 * <p>
 * {@code sortTime} is the allocation sort time (排序时间) of domain-rules.md §1.5 (Allocation when bookings exceed
 * seats): the time the licence application was accepted for a first 科目一 booking; otherwise the time of the last
 * exam, or of the last cancellation/no-show if that is later. Computing it is the caller's job; the allocation only
 * compares it. {@code greenChannel} is the supervisor's explicit green-channel decision (domain-rules.md, product
 * decisions): such a request ranks before every normal request.
 *
 * @param requestId identifies this request; unique within one allocation round
 * @param applicationId the licence application the request belongs to; breaks ties between equal sort times
 * @param sortTime the allocation sort time; earlier wins
 * @param preferences 1 to 5 distinct exam session ids, most wanted first; stored as an unmodifiable copy
 * @param greenChannel whether a supervisor moved this applicant to the front
 */
public record AllocationRequest(UUID requestId, UUID applicationId, Instant sortTime, List<UUID> preferences,
		boolean greenChannel) {

	/** The most preferences one request may rank. */
	public static final int MAX_PREFERENCES = 5;

	/**
	 * Validates and copies the preferences.
	 *
	 * @throws IllegalArgumentException if an id, the sort time or a preference is null, if there are no preferences
	 *         or more than {@value #MAX_PREFERENCES}, or if a session appears twice
	 */
	public AllocationRequest {
		if (requestId == null || applicationId == null || sortTime == null || preferences == null) {
			throw new IllegalArgumentException("requestId, applicationId, sortTime and preferences are required");
		}
		if (preferences.isEmpty() || preferences.size() > MAX_PREFERENCES) {
			throw new IllegalArgumentException(
					"a request ranks 1 to " + MAX_PREFERENCES + " sessions, not " + preferences.size());
		}
		var copy = new ArrayList<UUID>(preferences.size());
		var seen = new HashSet<UUID>();
		for (UUID session : preferences) {
			if (session == null) {
				throw new IllegalArgumentException("a preference is null in request " + requestId);
			}
			if (!seen.add(session)) {
				throw new IllegalArgumentException("session " + session + " is ranked twice in request " + requestId);
			}
			copy.add(session);
		}
		preferences = List.copyOf(copy);
	}

	/**
	 * A normal request (not green channel).
	 *
	 * @throws IllegalArgumentException as the canonical constructor
	 */
	public AllocationRequest(UUID requestId, UUID applicationId, Instant sortTime, List<UUID> preferences) {
		this(requestId, applicationId, sortTime, preferences, false);
	}
}
