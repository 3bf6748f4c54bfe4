package org.cheguan.hotline;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A commendation (表扬, 锦旗) credited to a staff member from a praise ticket.
 *
 * @param id the commendation
 * @param ticketId the praise ticket
 * @param ticketNumber its number
 * @param staffUsername who is credited
 * @param staffDisplayName their name as shown in the console
 * @param department their department, or null
 * @param note what the caller said
 * @param commendedAt when
 */
public record Commendation(UUID id, UUID ticketId, String ticketNumber, String staffUsername, String staffDisplayName,
		@Nullable String department, String note, Instant commendedAt) {
}
