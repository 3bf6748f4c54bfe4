package org.cheguan.licensing;

import java.time.Instant;

/**
 * What an allocation run did ({@code POST /api/v1/exam-allocations} → {@code {allocated, unallocated}}).
 *
 * @param subject the subject allocated
 * @param considered pending requests with at least one eligible preference in the window
 * @param allocated requests that got a seat
 * @param unallocated requests left pending for the next run
 * @param finishedAt when the run finished
 */
public record AllocationRunResult(Subject subject, int considered, int allocated, int unallocated, Instant finishedAt) {
}
