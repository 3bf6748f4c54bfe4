package org.cheguan.hotline;

import java.time.Instant;
import java.util.UUID;

import org.cheguan.shared.Channel;

/**
 * A ticket was opened. The caller's mobile is not carried (personal data); a listener that must reach the caller
 * asks {@link HotlineDesk#callerMobile}.
 *
 * @param ticketId the ticket
 * @param number the ticket number told to the caller, e.g. {@code RX00000042}
 * @param kind what the caller wants
 * @param channel HOTLINE for a call, ONLINE for the app, the web and Open311
 * @param department the department it was routed to
 * @param openedAt when it was opened
 * @param dueAt when it is due (working time)
 */
public record HotlineTicketOpened(UUID ticketId, String number, TicketKind kind, Channel channel, String department,
		Instant openedAt, Instant dueAt) {
}
