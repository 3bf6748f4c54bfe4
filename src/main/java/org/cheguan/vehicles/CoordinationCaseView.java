package org.cheguan.vehicles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A coordination case with its timeline (协调工单).
 *
 * @param id the case
 * @param vin the vehicle
 * @param originPlate its plate at the origin office
 * @param originAuthority the origin office, e.g. 甘A
 * @param ownerName the owner, masked
 * @param state current state
 * @param blockers what blocked the transfer-in when the case opened
 * @param participants the offices involved: the origin office, and the provincial technology department when data
 *        must be re-sent
 * @param openedAt when it opened
 * @param dueOn the working-day deadline
 * @param overdue open after the deadline
 * @param closedAt when it resolved or failed
 * @param localPlate the local plate issued on resolution
 * @param timeline every step, oldest first
 */
public record CoordinationCaseView(UUID id, String vin, String originPlate, String originAuthority,
		@Nullable String ownerName, CoordinationState state, List<Blocker> blockers, List<String> participants,
		Instant openedAt, LocalDate dueOn, boolean overdue, @Nullable Instant closedAt, @Nullable String localPlate,
		List<Step> timeline) {

	/**
	 * @param seq 1, 2, …
	 * @param kind what was recorded: a state name or NOTE
	 * @param state the state after it
	 * @param note free text, or null
	 * @param actor who recorded it (a staff username or system)
	 * @param at when
	 */
	public record Step(int seq, String kind, CoordinationState state, @Nullable String note, String actor,
			Instant at) {
	}
}
