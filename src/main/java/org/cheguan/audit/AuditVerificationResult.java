package org.cheguan.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of walking the audit chain.
 *
 * @param ok whether every row's hash and link are intact and the chain head points at the last row
 * @param checked number of rows examined (up to and including the first broken one)
 * @param firstBrokenId id of the first row whose hash or link is wrong; when every row checks but the chain head does
 *        not match (the newest rows were deleted), the id of the last remaining row, or 0 when none remain; null when
 *        {@code ok} (and then still present in JSON, as {@code null})
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AuditVerificationResult(boolean ok, long checked, @Nullable Long firstBrokenId) {
}
