package org.cheguan.licensing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A booking request (预约考试) and, after an allocation run, the plain explanation of its outcome.
 *
 * @param id request id
 * @param applicationId the application
 * @param subject the subject
 * @param preferences up to 5 session ids, most wanted first
 * @param status PENDING, PLACED or WITHDRAWN
 * @param createdAt when it was made
 * @param decision the explanation of the last run that considered it, or null before any run
 */
public record BookingRequestView(UUID id, UUID applicationId, Subject subject, List<UUID> preferences, String status,
		Instant createdAt, @Nullable String decision) {
}
