package org.cheguan.licensing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.cheguan.identity.CitizenId;

/**
 * A seat was booked for a candidate: by the allocation run, the green channel or an outage rebooking. The candidate is
 * told by SMS.
 *
 * @param applicationId the application
 * @param citizenId the candidate
 * @param bookingId the booking
 * @param sessionId the session
 * @param subject the subject
 * @param date exam date
 * @param startTime start time
 * @param venueName the venue
 * @param how ALLOCATION, GREEN_CHANNEL or OUTAGE_REBOOKING
 */
public record ExamBooked(UUID applicationId, CitizenId citizenId, UUID bookingId, UUID sessionId, Subject subject,
		LocalDate date, LocalTime startTime, String venueName, String how) {
}
