package org.cheguan.transactions;

import java.time.Instant;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * One service rendered to one citizen (业务流水, glossary).
 *
 * @param id the record's id (业务流水号)
 * @param type the business type
 * @param channel how the citizen was served
 * @param outletId the outlet, or null
 * @param department the department that served (a {@link ServiceType.Department} name or the staff's own)
 * @param staffUsername who served, or null
 * @param citizenId the citizen served
 * @param startedAt when service started, or null
 * @param completedAt when it was completed
 * @param waitMinutes minutes waited, or null
 * @param source module and fact that caused it
 * @param sourceKey the fact's key
 */
public record ServiceRecord(UUID id, ServiceType type, Channel channel, @Nullable UUID outletId, String department,
		@Nullable String staffUsername, CitizenId citizenId, @Nullable Instant startedAt, Instant completedAt,
		@Nullable Integer waitMinutes, String source, String sourceKey) {
}
