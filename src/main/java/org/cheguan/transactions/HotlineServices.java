package org.cheguan.transactions;

import org.cheguan.hotline.HotlineTicketClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records the services of {@code hotline}: a ticket answered and closed for a known real-name caller. A caller who is
 * only a mobile number cannot be invited to rate, so no record is made for them; a ticket reopened and closed again
 * stays one record (keyed by the ticket).
 */
@Component
class HotlineServices {

	private final ServiceRecords records;

	HotlineServices(ServiceRecords records) {
		this.records = records;
	}

	@ApplicationModuleListener
	void on(HotlineTicketClosed event) {
		var citizen = event.citizen();
		if (citizen == null) {
			return;
		}
		records.record(new NewServiceRecord(ServiceType.HOTLINE_TICKET, event.channel(), event.outletId(),
				event.department(), event.agent(), citizen, event.openedAt(), event.closedAt(), null, "hotline.closed",
				event.ticketId().toString()));
	}
}
