package org.cheguan.reporting;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * 12123 hotline figures of a period.
 *
 * @param opened tickets opened
 * @param openedByKind tickets opened per TicketKind name
 * @param closed tickets closed (first closing only)
 * @param closedOnTime closed at or before their deadline
 * @param closedOverdue closed after their deadline
 * @param escalated escalated as overdue (督办)
 * @param onTimeRate closedOnTime / closed, four decimals, or null when none closed
 */
public record HotlineFigures(long opened, Map<String, Long> openedByKind, long closed, long closedOnTime,
		long closedOverdue, long escalated, @Nullable BigDecimal onTimeRate) {
}
