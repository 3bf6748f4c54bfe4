package org.cheguan.vehicles;

import java.time.Instant;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * A mortgage on a vehicle was released (解除抵押登记, 公安部令第164号).
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
 */
public record MortgageReleased(UUID id, CitizenId citizenId, @Nullable UUID outletId, Channel channel,
		@Nullable String staffUsername, Instant startedAt, Instant completedAt, String plate, String vin)
		implements VehicleServiceCompleted {

	@Override
	public String serviceType() {
		return "VEHICLE_MORTGAGE_RELEASE";
	}
}
