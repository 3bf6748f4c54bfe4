package org.cheguan.appointments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.jspecify.annotations.Nullable;

/**
 * A walk-in queue ticket.
 *
 * @param id the ticket
 * @param number the number as called, e.g. {@code A001}
 * @param outletId the outlet
 * @param officeDate the office day (Asia/Shanghai)
 * @param service the business-type code
 * @param lane general or enterprise windows
 * @param priority called first at a human window (holder aged 70 or over)
 * @param citizenId the holder when known
 * @param status where it stands
 * @param issuedAt when it was taken
 * @param calledAt when a window called it, or null
 * @param servedAt when service began, or null
 * @param finishedAt when it was completed or marked absent, or null
 * @param window the window that called it, or null
 * @param staffUsername the clerk at that window, or null
 */
public record QueueTicket(UUID id, String number, UUID outletId, LocalDate officeDate, String service, TicketLane lane,
		boolean priority, @Nullable CitizenId citizenId, TicketStatus status, Instant issuedAt,
		@Nullable Instant calledAt, @Nullable Instant servedAt, @Nullable Instant finishedAt, @Nullable String window,
		@Nullable String staffUsername) {
}
