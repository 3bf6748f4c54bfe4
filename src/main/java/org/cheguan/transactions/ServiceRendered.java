package org.cheguan.transactions;

import java.time.Instant;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * A service was recorded as rendered: published exactly once per service record, in the transaction that stores it.
 * {@code evaluation} invites the citizen to rate it (一事一评, GB/T 39734-2020); {@code reporting} counts it.
 *
 * @param serviceRecordId the record
 * @param type business type
 * @param channel how the citizen was served
 * @param outletId outlet, or null
 * @param department department that served
 * @param staffUsername who served, or null
 * @param citizenId the citizen served
 * @param completedAt when it was completed
 * @param waitMinutes minutes waited, or null
 */
public record ServiceRendered(UUID serviceRecordId, ServiceType type, Channel channel, @Nullable UUID outletId,
		String department, @Nullable String staffUsername, CitizenId citizenId, Instant completedAt,
		@Nullable Integer waitMinutes) {
}
