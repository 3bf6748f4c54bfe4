package org.cheguan.vehicles;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of a transfer-in application: completed with a local plate, or blocked with a coordination case open.
 *
 * @param vin the vehicle
 * @param originPlate its plate at the origin
 * @param plate the local plate issued, or null when blocked
 * @param blockers the blockers, empty when completed
 * @param coordinationCaseId the case opened (or still open) for the blockers, or null
 */
public record TransferInOutcome(String vin, String originPlate, @Nullable String plate, List<Blocker> blockers,
		@Nullable UUID coordinationCaseId) {

	/** @return whether the transfer-in is blocked */
	public boolean blocked() {
		return !blockers.isEmpty();
	}
}
