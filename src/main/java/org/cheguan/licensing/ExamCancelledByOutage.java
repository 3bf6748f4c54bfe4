package org.cheguan.licensing;

import java.time.LocalDate;
import java.util.UUID;

import org.cheguan.identity.CitizenId;

/**
 * A venue outage cancelled a candidate's booked session (the seed's network failure). The candidate is told at once;
 * a rebooking, when found, follows as {@link ExamBooked}.
 *
 * @param applicationId the application
 * @param citizenId the candidate
 * @param bookingId the cancelled booking
 * @param subject the subject
 * @param date the cancelled session's date
 * @param venueName the venue
 * @param reason the outage's reason
 * @param rebooked whether another seat was found
 */
public record ExamCancelledByOutage(UUID applicationId, CitizenId citizenId, UUID bookingId, Subject subject,
		LocalDate date, String venueName, String reason, boolean rebooked) {
}
