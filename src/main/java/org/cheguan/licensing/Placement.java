package org.cheguan.licensing;

import java.util.UUID;

/**
 * A seat given to a request by {@link SeatAllocation#allocate}.
 *
 * @param requestId the request that got the seat
 * @param applicationId the licence application of that request
 * @param sessionId the exam session the seat is in
 * @param preferenceIndex which of the request's preferences it is, 0-based (0 = first choice)
 */
public record Placement(UUID requestId, UUID applicationId, UUID sessionId, int preferenceIndex) {
}
