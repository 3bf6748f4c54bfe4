package org.cheguan.vehicles;

import java.time.Instant;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * A vehicle's file was transferred out to another jurisdiction (转出); {@code plate} is the plate it leaves with.
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
 * @param destinationAuthority the receiving office, e.g. 甘A
 */
public record VehicleTransferredOut(UUID id, CitizenId citizenId, @Nullable UUID outletId, Channel channel,
		@Nullable String staffUsername, Instant startedAt, Instant completedAt, String plate, String vin, String destinationAuthority)
		implements VehicleServiceCompleted {

	@Override
	public String serviceType() {
		return "VEHICLE_TRANSFER_OUT";
	}
}
