package org.cheguan.vehicles;

import java.time.Instant;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * A vehicle's file was transferred in from another jurisdiction (转入) and a local plate issued; {@code plate} is the new local plate.
 *
 * @param id unique id of the service
 * @param citizenId the citizen served
 * @param outletId the outlet, or null online
 * @param channel how the citizen was served
 * @param staffUsername the staff member, or null for self-service
 * @param startedAt when the service started
 * @param completedAt when it was completed
 * @param plate the plate after the service
 * @param vin the vehicle
 * @param originPlate the plate of the origin office
 * @param coordinationCaseId the coordination case that cleared the blockers, or null when there was none
 */
public record VehicleTransferredIn(UUID id, CitizenId citizenId, @Nullable UUID outletId, Channel channel,
		@Nullable String staffUsername, Instant startedAt, Instant completedAt, String plate, String vin, String originPlate, @Nullable UUID coordinationCaseId)
		implements VehicleServiceCompleted {

	@Override
	public String serviceType() {
		return "VEHICLE_TRANSFER_IN";
	}
}
