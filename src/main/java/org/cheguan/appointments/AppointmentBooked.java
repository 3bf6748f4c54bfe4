package org.cheguan.appointments;

import java.time.Instant;
import java.util.UUID;

import org.cheguan.identity.CitizenId;

/**
 * A seat in a slot was booked for a citizen (also after a reschedule, with the new slot). Published in the booking's
 * transaction.
 *
 * @param appointmentId the appointment
 * @param citizenId the citizen
 * @param outletId the outlet
 * @param service the business-type code
 * @param startsAt start of the slot
 * @param endsAt end of the slot
 */
public record AppointmentBooked(UUID appointmentId, CitizenId citizenId, UUID outletId, String service,
		Instant startsAt, Instant endsAt) {
}
