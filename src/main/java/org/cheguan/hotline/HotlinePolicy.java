package org.cheguan.hotline;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The hotline's deadline policy: the office's working time and a response time per ticket kind (product decisions,
 * see {@link ResponseTime} and {@link OfficeHours}).
 *
 * @param workingTime working days and office hours
 * @param responseTimes response time of each kind; every kind present
 */
public record HotlinePolicy(WorkingTime workingTime, Map<TicketKind, ResponseTime> responseTimes) {

	/** @throws IllegalArgumentException when a kind has no response time */
	public HotlinePolicy {
		responseTimes = Map.copyOf(new EnumMap<>(responseTimes));
		for (var kind : TicketKind.values()) {
			if (!responseTimes.containsKey(kind)) {
				throw new IllegalArgumentException("no response time for " + kind);
			}
		}
	}

	/**
	 * @param kind the ticket's kind
	 * @param openedAt when it was opened
	 * @return when it is due
	 */
	public Instant dueAt(TicketKind kind, Instant openedAt) {
		return responseTimes.get(kind).dueFrom(openedAt, workingTime);
	}
}
