package org.cheguan.licensing;

import java.util.UUID;

/**
 * What happened to one of a request's preferences when its turn came in {@link SeatAllocation#allocate}; the material
 * for the applicant's explanation ({@link SeatAllocation#explain}).
 *
 * @param sessionId the preferred exam session
 * @param state the outcome for that preference
 */
public record PreferenceState(UUID sessionId, State state) {

	/** Outcome of one preference. */
	public enum State {
		/** The request got its seat in this session. */
		WON,
		/** The session had no free seat left when the request's turn came (includes sessions with no seats at all). */
		FULL,
		/** A better preference won, so this one was never needed. */
		NOT_REACHED,
		/**
		 * The session is not among the sessions offered in this round (absent from the free-seat table), whatever its
		 * position; it never yields a seat.
		 */
		UNKNOWN_SESSION
	}
}
