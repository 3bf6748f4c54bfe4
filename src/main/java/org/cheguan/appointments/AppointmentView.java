package org.cheguan.appointments;

import java.time.Instant;
import java.util.UUID;

import org.cheguan.identity.CitizenId;

/**
 * An appointment as the API and the pages show it.
 *
 * @param id the appointment
 * @param slotId its slot
 * @param outletId the outlet
 * @param service the business-type code
 * @param startsAt start of the slot
 * @param endsAt end of the slot
 * @param status where it stands
 * @param changes reschedules made, 0 to {@value QueueRules#MAX_CHANGES}
 * @param citizenId the citizen
 * @param createdAt when it was first booked
 */
public record AppointmentView(UUID id, UUID slotId, UUID outletId, String service, Instant startsAt, Instant endsAt,
		AppointmentStatus status, int changes, CitizenId citizenId, Instant createdAt) {

	/** @return reschedules still allowed */
	public int changesLeft() {
		return Math.max(0, QueueRules.MAX_CHANGES - changes);
	}
}
