package org.cheguan.appointments;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the one reminder of each appointment: every minute, the booked appointments starting within the next
 * 24 hours that were not reminded yet are marked and announced ({@link AppointmentReminderDue}); notifications queues
 * the SMS in the same transaction.
 */
@Component
class AppointmentReminders {

	private final AppointmentBooking booking;

	AppointmentReminders(AppointmentBooking booking) {
		this.booking = booking;
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT30S")
	void remind() {
		booking.remindDue();
	}
}
