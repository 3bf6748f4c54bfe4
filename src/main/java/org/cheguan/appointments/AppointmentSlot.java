package org.cheguan.appointments;

import java.time.Instant;
import java.util.UUID;

/**
 * A time slot of one outlet for one service, with its seats.
 *
 * @param id the slot
 * @param outletId the outlet
 * @param service the business-type code
 * @param startsAt start
 * @param endsAt end
 * @param capacity seats
 * @param booked seats taken
 */
public record AppointmentSlot(UUID id, UUID outletId, String service, Instant startsAt, Instant endsAt, int capacity,
		int booked) {

	/** @return seats still free, 0 or more */
	public int free() {
		return Math.max(0, capacity - booked);
	}
}
