package org.cheguan.appointments;

import java.time.Instant;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.shared.Channel;

/**
 * A citizen with an appointment was served at a window; transactions records it as a service rendered.
 *
 * @param appointmentId the appointment
 * @param citizenId the citizen served
 * @param outletId the outlet
 * @param service the business-type code
 * @param startsAt start of the booked slot
 * @param attendedAt when the clerk recorded the service
 * @param staffUsername the clerk
 * @param channel always {@link Channel#WINDOW}
 */
public record AppointmentAttended(UUID appointmentId, CitizenId citizenId, UUID outletId, String service,
		Instant startsAt, Instant attendedAt, String staffUsername, Channel channel) {
}
