package org.cheguan.audit;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One row of the audit trail.
 *
 * @param id position in the trail (increasing, with gaps where a transaction rolled back)
 * @param occurredAt when the change was recorded, in the office zone (Asia/Shanghai), microsecond precision
 * @param actor the signed-in principal's name, or {@code system}
 * @param action what happened, e.g. {@code identity.staff-account.created}
 * @param targetType kind of the changed thing
 * @param targetId identifier of the changed thing
 * @param before masked summary before the change, or null for a creation
 * @param after masked summary after the change, or null for a deletion
 * @param previousHash hash of the previous row (64 zeros for the first)
 * @param hash SHA-256 hex of this row chained to the previous one
 */
public record AuditRecord(long id, OffsetDateTime occurredAt, String actor, String action, String targetType,
		String targetId, @Nullable String before, @Nullable String after, String previousHash, String hash) {
}
