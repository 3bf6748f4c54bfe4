package org.cheguan.transactions;

import org.cheguan.vehicles.VehicleServiceCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records the services of {@code vehicles}: every event of the sealed {@link VehicleServiceCompleted} family
 * (registration, transfer, change, mortgage and its release, deregistration, transfer-in, transfer-out, inspection
 * sign) at the outlet and by the clerk the event names (docs/records.md, Wiring a module).
 */
@Component
class VehicleServices {

	private final ServiceRecords records;

	VehicleServices(ServiceRecords records) {
		this.records = records;
	}

	@ApplicationModuleListener
	void on(VehicleServiceCompleted event) {
		records.record(NewServiceRecord.of("vehicles." + event.serviceType().toLowerCase(), event.id(), type(event),
				event.channel(), event.citizenId(), event.completedAt()).at(event.outletId())
			.by(event.staffUsername(), null)
			.withStart(event.startedAt()));
	}

	/** The catalogue's type of a vehicle service; a mortgage's release is filed with the mortgage registration. */
	static ServiceType type(VehicleServiceCompleted event) {
		return switch (event.serviceType()) {
			case "VEHICLE_MORTGAGE_RELEASE" -> ServiceType.VEHICLE_MORTGAGE;
			case "VEHICLE_INSPECTION_SIGN" -> ServiceType.INSPECTION_SIGN;
			default -> ServiceType.valueOf(event.serviceType());
		};
	}
}
