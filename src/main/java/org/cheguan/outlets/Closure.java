package org.cheguan.outlets;

import java.time.Instant;
import java.util.UUID;

/**
 * A temporary closure of an outlet (equipment failure, renovation): closed from {@code startsAt} inclusive to
 * {@code endsAt} exclusive, whatever the opening hours say.
 *
 * @param id identifier
 * @param outletId the outlet
 * @param startsAt first instant closed
 * @param endsAt first instant open again
 * @param reason shown to citizens
 */
public record Closure(UUID id, UUID outletId, Instant startsAt, Instant endsAt, String reason) {

	/**
	 * @param instant an instant
	 * @return whether the closure covers it
	 */
	public boolean covers(Instant instant) {
		return !instant.isBefore(startsAt) && instant.isBefore(endsAt);
	}
}
