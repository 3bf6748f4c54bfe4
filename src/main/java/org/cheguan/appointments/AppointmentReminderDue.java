package org.cheguan.appointments;

import java.time.Instant;
import java.util.UUID;

import org.cheguan.identity.CitizenId;

/**
 * The one reminder of an appointment is due (the day before, or at booking when the slot is less than a day away).
 * Published once per appointment: the reminder mark is set by a conditional update in the same transaction.
 *
 * @param appointmentId the appointment
 * @param citizenId the citizen
 * @param outletId the outlet
 * @param service the business-type code
 * @param startsAt start of the slot
 */
public record AppointmentReminderDue(UUID appointmentId, CitizenId citizenId, UUID outletId, String service,
		Instant startsAt) {
}
