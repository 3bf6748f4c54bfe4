package org.cheguan.appointments;

import java.time.Instant;
import java.util.UUID;

import org.cheguan.identity.CitizenId;

/**
 * A citizen did not come to a booked slot; a clerk marked the no-show after the slot ended.
 *
 * @param appointmentId the appointment
 * @param citizenId the citizen
 * @param outletId the outlet
 * @param service the business-type code
 * @param startsAt start of the slot
 * @param markedAt when the no-show was recorded
 */
public record AppointmentMissed(UUID appointmentId, CitizenId citizenId, UUID outletId, String service,
		Instant startsAt, Instant markedAt) {
}
