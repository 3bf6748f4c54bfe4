package org.cheguan.hotline;

import java.time.Instant;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.jspecify.annotations.Nullable;

/**
 * A complaint ticket names a staff member: evaluation opens a rectification (差评整改, domain-rules.md §7: verify,
 * rectify, give feedback). Published once, when the ticket is opened.
 *
 * @param ticketId the complaint ticket
 * @param staffUsername user name of the staff member complained about
 * @param department their department, or null
 * @param citizen the caller when a known citizen, otherwise null
 * @param outletId the outlet concerned, or null
 * @param filedAt when the complaint was received
 * @param dueAt when the hotline must have answered the caller
 */
public record StaffComplaintFiled(UUID ticketId, String staffUsername, @Nullable String department,
		@Nullable CitizenId citizen, @Nullable UUID outletId, Instant filedAt, Instant dueAt) {
}
