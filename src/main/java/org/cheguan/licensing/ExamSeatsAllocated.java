package org.cheguan.licensing;

import java.time.Instant;
import java.util.UUID;

/**
 * An allocation run committed its placements. Listeners fetch the run's bookings with
 * {@link ExamBookings#bookedInRun(UUID)}: the event stays small however many seats were given.
 *
 * @param runId the run
 * @param subject the subject allocated
 * @param allocated seats given
 * @param finishedAt when the run finished
 */
public record ExamSeatsAllocated(UUID runId, Subject subject, int allocated, Instant finishedAt) {
}
