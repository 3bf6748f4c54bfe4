package org.cheguan.notifications;

import java.util.Map;

import org.cheguan.identity.Citizens;
import org.cheguan.licensing.ExamBooked;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells candidates by SMS when a seat is booked for them (by the allocation run, the green channel or an outage
 * rebooking). Written in the booking's transaction (outbox): a booking exists if and only if its message is queued.
 */
@Component
class ExamMessages {

	private final Outbox outbox;

	private final Citizens citizens;

	ExamMessages(Outbox outbox, Citizens citizens) {
		this.outbox = outbox;
		this.citizens = citizens;
	}

	@EventListener
	void on(ExamBooked event) {
		var mobile = citizens.profile(event.citizenId()).mobile().value();
		outbox.enqueue(new NotificationRequest("exam-booking", event.bookingId().toString(), "booked", Channel.SMS,
				mobile, "exam-booked", Map.of("date", event.date().toString(), "time", event.startTime().toString(),
						"venue", event.venueName(), "subject", event.subject().chineseName())));
	}
}
