package org.cheguan.hotline;

import java.time.Instant;
import java.util.UUID;

/**
 * The department told the caller how their ticket is going (a {@code PROGRESS} event). Notifications sends the note
 * to the caller by SMS.
 *
 * @param ticketId the ticket
 * @param eventId the timeline entry, unique per message
 * @param number the ticket number
 * @param note what the caller is told (at most 200 characters)
 * @param at when
 */
public record HotlineTicketProgressed(UUID ticketId, UUID eventId, String number, String note, Instant at) {
}
