package org.cheguan.transactions;

import org.cheguan.identity.Citizens;
import org.cheguan.outlets.MobileServiceRendered;
import org.cheguan.outlets.MobileVisits;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records the services the mobile office (流动车管所) does on its visits, channel {@code MOBILE}, for a citizen whose ID
 * number was recorded and who is known to the office; the ID number is read from {@code outlets}, never from the
 * event.
 */
@Component
class MobileOfficeServices {

	private final ServiceRecords records;

	private final MobileVisits visits;

	private final Citizens citizens;

	MobileOfficeServices(ServiceRecords records, MobileVisits visits, Citizens citizens) {
		this.records = records;
		this.visits = visits;
		this.citizens = citizens;
	}

	@ApplicationModuleListener
	void on(MobileServiceRendered event) {
		if (!event.citizenRecorded()) {
			return;
		}
		visits.citizenIdNumber(event.serviceId())
			.flatMap(citizens::findByIdNumber)
			.ifPresent(citizen -> records.record(NewServiceRecord.of("outlets.mobile-service", event.serviceId(),
					ServiceType.MOBILE_OFFICE_SERVICE, event.channel(), citizen, event.completedAt())
				.at(event.outletId())
				.by(event.staff(), null)
				.withStart(event.startedAt())));
	}
}
