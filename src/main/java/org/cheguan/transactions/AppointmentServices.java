package org.cheguan.transactions;

import org.cheguan.appointments.AppointmentAttended;
import org.cheguan.appointments.QueueTicketCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records the services of {@code appointments}: a queue ticket completed at a window (with the minutes waited from
 * issue to call) for a citizen known by ID number, and an appointment attended. A walk-in who gave no ID number cannot
 * be invited to rate, so no record is made for them. The business of the ticket or appointment is filed as a window
 * service (its service code is kept in the source).
 */
@Component
class AppointmentServices {

	private final ServiceRecords records;

	AppointmentServices(ServiceRecords records) {
		this.records = records;
	}

	@ApplicationModuleListener
	void on(QueueTicketCompleted event) {
		var citizen = event.citizenId();
		if (citizen == null) {
			return;
		}
		records.record(NewServiceRecord.of("appointments.queue-ticket", event.ticketId(),
				ServiceType.QUEUE_WINDOW_SERVICE, event.channel(), citizen, event.completedAt()).at(event.outletId())
			.by(event.staffUsername(), null)
			.waited(event.calledAt(), (int) Math.min(Integer.MAX_VALUE, Math.max(0, event.waitMinutes()))));
	}

	@ApplicationModuleListener
	void on(AppointmentAttended event) {
		records.record(NewServiceRecord.of("appointments.attended", event.appointmentId(),
				ServiceType.QUEUE_WINDOW_SERVICE, event.channel(), event.citizenId(), event.attendedAt())
			.at(event.outletId())
			.by(event.staffUsername(), null));
	}
}
