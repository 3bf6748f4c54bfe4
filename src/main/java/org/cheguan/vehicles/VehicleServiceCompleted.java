package org.cheguan.vehicles;

import java.time.Instant;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * A vehicle service rendered to a citizen (业务办结), the facts {@code transactions} records for every kind: one
 * listener on this interface receives them all. Each implementation is published in the transaction of the change.
 */
public sealed interface VehicleServiceCompleted permits VehicleRegistered, OwnershipTransferred, VehicleChanged,
		MortgageRegistered, MortgageReleased, VehicleDeregistered, VehicleTransferredIn, VehicleTransferredOut,
		InspectionSignIssued {

	/** @return unique id of this service (also the id of the vehicle history entry) */
	UUID id();

	/** @return the citizen served */
	CitizenId citizenId();

	/** @return the outlet where it was rendered, or null online */
	@Nullable
	UUID outletId();

	/** @return how the citizen was served */
	Channel channel();

	/** @return the staff member who rendered it, or null for self-service */
	@Nullable
	String staffUsername();

	/** @return when the service started */
	Instant startedAt();

	/** @return when it was completed */
	Instant completedAt();

	/** @return the plate after the service */
	String plate();

	/** @return the vehicle */
	String vin();

	/** @return the service type code, e.g. {@code VEHICLE_REGISTRATION} */
	String serviceType();
}
