package org.cheguan.appointments;

import java.time.Instant;
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
}
