package org.cheguan.transactions;

import org.cheguan.ebikes.EbikeRegistered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records the services of {@code ebikes}: each registration at an e-bike registration point (docs/records.md, Wiring a
 * module).
 */
@Component
class EbikeServices {

	private final ServiceRecords records;

	EbikeServices(ServiceRecords records) {
		this.records = records;
	}

	@ApplicationModuleListener
	void on(EbikeRegistered event) {
		records.record(NewServiceRecord.of("ebikes.registered", event.registrationId(), ServiceType.EBIKE_REGISTRATION,
				event.channel(), event.citizenId(), event.completedAt()).at(event.outletId())
			.by(event.staffUsername(), null));
	}
}
