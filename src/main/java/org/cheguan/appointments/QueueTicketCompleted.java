package org.cheguan.appointments;

import java.time.Instant;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * A walk-in citizen was served at a window and the clerk completed the ticket: a service rendered, to be recorded by
 * transactions. Published once per ticket, in the completing transaction.
 *
 * @param ticketId the ticket
 * @param ticketNumber the number as called, e.g. {@code A001}
 * @param officeDate the office day (Asia/Shanghai) of the ticket
 * @param outletId the outlet
 * @param service the business-type code
 * @param citizenId the citizen when known (the ticket was taken signed in or with an ID number), else null
 * @param window the window that served, e.g. {@code 3}
 * @param staffUsername the clerk who completed it
 * @param channel always {@link Channel#WINDOW}
 * @param issuedAt when the ticket was taken
 * @param calledAt when a window called it
 * @param completedAt when it was completed
 * @param waitMinutes whole minutes from issue to call
 * @param serviceMinutes whole minutes from call (or start of service) to completion
 */
public record QueueTicketCompleted(UUID ticketId, String ticketNumber, java.time.LocalDate officeDate, UUID outletId,
		String service, @Nullable CitizenId citizenId, String window, String staffUsername, Channel channel,
		Instant issuedAt, Instant calledAt, Instant completedAt, long waitMinutes, long serviceMinutes) {
}
