package org.cheguan.vehicles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * An electronic inspection sign (电子检验标志) was issued.
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
 * @param validUntil last day of the new inspection validity
 */
public record InspectionSignIssued(UUID id, CitizenId citizenId, @Nullable UUID outletId, Channel channel,
		@Nullable String staffUsername, Instant startedAt, Instant completedAt, String plate, String vin, LocalDate validUntil)
		implements VehicleServiceCompleted {

	@Override
	public String serviceType() {
		return "VEHICLE_INSPECTION_SIGN";
	}
}
