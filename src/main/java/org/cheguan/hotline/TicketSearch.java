package org.cheguan.hotline;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.cheguan.shared.InvalidValue;
import org.jspecify.annotations.Nullable;

/**
 * Filters and page of a ticket list (the agents' queue, Open311 GET requests).
 *
 * @param numbers ticket numbers, or empty for any
 * @param kinds kinds, or empty for any
 * @param statuses statuses, or empty for any
 * @param from opened at or after, or null
 * @param to opened at or before, or null
 * @param escalatedOnly only escalated tickets still open
 * @param byDeadline open tickets first, by deadline (the queue); otherwise newest first
 * @param page zero-based page
 * @param size page size, 1 to {@value HotlineDesk#MAX_PAGE_SIZE}
 */
public record TicketSearch(List<String> numbers, Set<TicketKind> kinds, Set<TicketStatus> statuses,
		@Nullable Instant from, @Nullable Instant to, boolean escalatedOnly, boolean byDeadline, int page, int size) {

	/** @throws InvalidValue (400) for a bad page or size, or a period ending before it starts */
	public TicketSearch {
		numbers = List.copyOf(numbers);
		kinds = Set.copyOf(kinds);
		statuses = Set.copyOf(statuses);
		if (page < 0 || size < 1 || size > HotlineDesk.MAX_PAGE_SIZE) {
			throw new InvalidValue(InvalidValue.VALIDATION, "problem.validation.page", null, page, size,
					HotlineDesk.MAX_PAGE_SIZE);
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidValue(InvalidValue.VALIDATION, "hotline.search.period", null);
		}
	}

	/**
	 * @param page zero-based page
	 * @param size page size
	 * @return the agents' queue: every ticket, open ones first by deadline
	 */
	public static TicketSearch queue(int page, int size) {
		return new TicketSearch(List.of(), Set.of(), Set.of(), null, null, false, true, page, size);
	}
}
