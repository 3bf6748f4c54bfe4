package org.cheguan.hotline;

import java.time.Instant;
import java.util.UUID;

/**
 * A praise ticket naming a staff member became a commendation (表扬) credited to them.
 *
 * @param commendationId the commendation
 * @param ticketId the praise ticket
 * @param staffUsername user name of the staff member credited
 * @param department their department, or null
 * @param commendedAt when
 */
public record StaffCommended(UUID commendationId, UUID ticketId, String staffUsername,
		@org.jspecify.annotations.Nullable String department, Instant commendedAt) {
}
