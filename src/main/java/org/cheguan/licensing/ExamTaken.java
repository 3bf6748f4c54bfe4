package org.cheguan.licensing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cheguan.identity.CitizenId;

/**
 * A booked exam ended: passed, failed (attempt and retake) or missed. {@code transactions} records it as a service
 * rendered so the candidate can rate it.
 *
 * @param applicationId the application
 * @param citizenId the candidate
 * @param bookingId the booking
 * @param sessionId the session
 * @param subject the subject
 * @param examDate the exam date
 * @param outcome passed, failed or no-show
 * @param recordedAt when the result was recorded
 */
public record ExamTaken(UUID applicationId, CitizenId citizenId, UUID bookingId, UUID sessionId, Subject subject,
		LocalDate examDate, BookingOutcome outcome, Instant recordedAt) {
}
