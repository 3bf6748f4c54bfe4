package org.cheguan.licensing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * An exam session (考试场次): one venue, one subject, a date, a start time and a number of seats.
 *
 * @param id session id
 * @param venueId the venue
 * @param subject the subject examined
 * @param date exam date (office date, Asia/Shanghai)
 * @param startTime start time
 * @param capacity seats
 * @param booked seats taken; never above capacity (a database constraint)
 * @param status OPEN, or CANCELLED after a venue outage
 */
public record ExamSession(UUID id, UUID venueId, Subject subject, LocalDate date, LocalTime startTime, int capacity,
		int booked, Status status) {

	/** Whether a session takes candidates. */
	public enum Status {
		/** Open for booking. */
		OPEN,
		/** Cancelled, e.g. by a venue outage. */
		CANCELLED
	}

	/** @return seats still free */
	public int freeSeats() {
		return status == Status.OPEN ? capacity - booked : 0;
	}
}
