package org.cheguan.hotline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A ticket as staff see it. The caller's mobile is masked ({@code 138****5678}).
 *
 * @param id the ticket
 * @param number the number told to the caller
 * @param kind what the caller wants
 * @param channel how it arrived
 * @param source {@code agent}, {@code citizen} or {@code open311}
 * @param status where it stands
 * @param department the department that answers
 * @param description what the caller said
 * @param callerMobile the caller's mobile, masked, or null
 * @param knownCitizen whether the caller is a known real-name citizen
 * @param staffNamed user name of the staff member named, or null
 * @param outletId the outlet concerned, or null
 * @param agent who opened it (a staff user name, {@code citizen} or {@code open311})
 * @param openedAt when it was opened
 * @param dueAt when it is due
 * @param escalatedAt when it was escalated, or null
 * @param closedAt when it was closed, or null
 * @param resolution the answer given when closed, or null
 * @param latitude WGS84 latitude, or null
 * @param longitude WGS84 longitude, or null
 * @param address free-text address, or null
 * @param updatedAt last change
 * @param events the timeline, oldest first (empty in lists)
 */
public record TicketView(UUID id, String number, TicketKind kind, TicketChannel channel, String source,
		TicketStatus status, String department, String description, @Nullable String callerMobile,
		boolean knownCitizen, @Nullable String staffNamed, @Nullable UUID outletId, String agent, Instant openedAt,
		Instant dueAt, @Nullable Instant escalatedAt, @Nullable Instant closedAt, @Nullable String resolution,
		@Nullable Double latitude, @Nullable Double longitude, @Nullable String address, Instant updatedAt,
		List<Event> events) {

	/** @return whether the ticket is escalated and still open */
	public boolean escalated() {
		return escalatedAt != null && status != TicketStatus.CLOSED;
	}

	/**
	 * One entry of the timeline.
	 *
	 * @param id the entry
	 * @param kind OPENED, ACCEPT, PROGRESS, NOTE, TRANSFER, ESCALATE, ESCALATED, COMMENDED, CLOSE or REOPEN
	 * @param note what was said or done, or null
	 * @param actor who (a staff user name, {@code system}, {@code citizen} or {@code open311})
	 * @param at when
	 */
	public record Event(UUID id, String kind, @Nullable String note, String actor, Instant at) {
	}
}
