package org.cheguan.evaluation;

import java.time.LocalDate;

import org.cheguan.hotline.StaffComplaintFiled;
import org.cheguan.shared.OfficeTime;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A 12123 complaint naming a staff member opens a rectification (差评整改, domain-rules.md §7), its deadlines counted
 * in working days from the office day the complaint was received. Opening is idempotent on the ticket, so a
 * redelivered event changes nothing.
 */
@Component
class HotlineComplaints {

	private final Rectifications rectifications;

	HotlineComplaints(Rectifications rectifications) {
		this.rectifications = rectifications;
	}

	@ApplicationModuleListener
	void on(StaffComplaintFiled event) {
		LocalDate receivedOn = LocalDate.ofInstant(event.filedAt(), OfficeTime.ZONE);
		rectifications.open(new OpenRectification("hotline.complaint", event.ticketId().toString(), null, null,
				event.citizen(), event.staffUsername(), event.department(), event.citizen() != null,
				"12123 投诉 · " + event.staffUsername(), receivedOn));
	}
}
