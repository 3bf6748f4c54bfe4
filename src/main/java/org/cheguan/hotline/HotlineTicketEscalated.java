package org.cheguan.hotline;

import java.time.Instant;
import java.util.UUID;

/**
 * A ticket passed its deadline while still open and was escalated to the supervisors (督办), once per ticket, by the
 * overdue scan or by hand.
 *
 * @param ticketId the ticket
 * @param number its number
 * @param kind its kind
 * @param department the department that owns it
 * @param dueAt its deadline
 * @param escalatedAt when it was escalated
 */
public record HotlineTicketEscalated(UUID ticketId, String number, TicketKind kind, String department, Instant dueAt,
		Instant escalatedAt) {
}
