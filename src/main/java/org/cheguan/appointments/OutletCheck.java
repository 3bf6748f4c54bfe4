package org.cheguan.appointments;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** What appointments asks the outlets module: does the outlet exist, offer the service, is it open then. */
@Component
class OutletCheck {

	void requireOffers(UUID outletId, String service) {
	}

	boolean isOpenAt(UUID outletId, Instant instant) {
		return true;
	}

	String name(UUID outletId) {
		return outletId.toString().substring(0, 8);
	}

	/** @return the outlets with human windows that take appointments and tickets, by name */
	List<OutletChoice> windowOutlets() {
		return List.of(new OutletChoice(STUB, "演示网点", Set.of("VEHICLE_TRANSFER", "DL_RENEWAL", "ENTERPRISE_BATCH")));
	}

	static final UUID STUB = UUID.nameUUIDFromBytes("stub".getBytes());

	/** An outlet offered in the pages' selects. */
	record OutletChoice(UUID id, String name, Set<String> services) {
	}
}
