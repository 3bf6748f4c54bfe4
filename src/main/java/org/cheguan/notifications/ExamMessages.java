package org.cheguan.notifications;

import java.util.Map;

import org.cheguan.identity.Citizens;
import org.cheguan.licensing.ExamBooked;
import org.cheguan.licensing.ExamBookings;
import org.cheguan.licensing.ExamSeatsAllocated;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells candidates by SMS when a seat is booked for them (by the allocation run, the green channel or an outage
 * rebooking). Written in the booking's transaction (outbox): a booking exists if and only if its message is queued.
 */
@Component
class ExamMessages {

	private final Outbox outbox;

	private final Citizens citizens;

	private final ExamBookings bookings;

	ExamMessages(Outbox outbox, Citizens citizens, ExamBookings bookings) {
		this.outbox = outbox;
		this.citizens = citizens;
		this.bookings = bookings;
	}

	@EventListener
	void on(ExamBooked event) {
		var mobile = citizens.profile(event.citizenId()).mobile().value();
		enqueue(event, mobile);
	}

	/**
	 * After an allocation run commits, every candidate it placed is told. Asynchronous and at least once (the event
	 * publication registry resubmits it after a crash); the outbox's unique key makes a redelivery harmless.
	 */
	@ApplicationModuleListener
	void on(ExamSeatsAllocated event) {
		var booked = bookings.bookedInRun(event.runId());
		var profiles = citizens.profiles(booked.stream().map(ExamBooked::citizenId).distinct().toList());
		for (var booking : booked) {
			enqueue(booking, profiles.get(booking.citizenId()).mobile().value());
		}
	}

	private void enqueue(ExamBooked event, String mobile) {
		outbox.enqueue(new NotificationRequest("exam-booking", event.bookingId().toString(), "booked", Channel.SMS,
				mobile, "exam-booked", Map.of("date", event.date().toString(), "time", event.startTime().toString(),
						"venue", event.venueName(), "subject", event.subject().chineseName())));
	}
}
