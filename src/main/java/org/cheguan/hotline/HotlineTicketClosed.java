package org.cheguan.hotline;

import java.time.Instant;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * A ticket was answered and closed: one service rendered by the hotline (transactions records it with channel
 * {@code HOTLINE} or {@code ONLINE}). Published once per closing; a ticket reopened and closed again publishes a
 * second one with the same ticket id and a later {@code closedAt}, so a consumer keyed by ticket id stays idempotent.
 * The caller's mobile is never carried: only the citizen id when the caller is a known real-name citizen.
 *
 * @param ticketId the ticket
 * @param kind what the caller wanted
 * @param channel HOTLINE for a call, ONLINE for the app, the web and Open311
 * @param citizen the caller when known (signed-in citizen or ID number given), otherwise null
 * @param agent user name of the staff member who closed it
 * @param department the department that answered
 * @param openedAt when it was opened
 * @param closedAt when it was closed
 * @param staffNamed user name of the staff member the caller named (praise or complaint), or null
 * @param outletId the outlet concerned, or null
 */
public record HotlineTicketClosed(UUID ticketId, TicketKind kind, Channel channel, @Nullable CitizenId citizen,
		String agent, String department, Instant openedAt, Instant closedAt, @Nullable String staffNamed,
		@Nullable UUID outletId) {
}
