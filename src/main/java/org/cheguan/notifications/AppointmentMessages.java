package org.cheguan.notifications;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.cheguan.appointments.AppointmentBooked;
import org.cheguan.appointments.AppointmentBooking;
import org.cheguan.appointments.AppointmentReminderDue;
import org.cheguan.identity.Citizens;
import org.cheguan.shared.OfficeTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells citizens by SMS when an appointment is booked (or moved) and, once, the day before it. Written in the
 * transaction of the booking or of the reminder mark (outbox): the message exists if and only if the fact does. The
 * messages carry no link that acts: cancelling or changing is done signed in, by a form that posts.
 */
@Component
class AppointmentMessages {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M月d日").withZone(OfficeTime.ZONE);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(OfficeTime.ZONE);

	private final Outbox outbox;

	private final Citizens citizens;

	private final AppointmentBooking appointments;

	AppointmentMessages(Outbox outbox, Citizens citizens, AppointmentBooking appointments) {
		this.outbox = outbox;
		this.citizens = citizens;
		this.appointments = appointments;
	}

	@EventListener
	void on(AppointmentBooked event) {
		var mobile = citizens.profile(event.citizenId()).mobile().value();
		outbox.enqueue(new NotificationRequest("appointment", event.appointmentId().toString(),
				"booked-" + event.startsAt().getEpochSecond(), Channel.SMS, mobile, "appointment-booked",
				parameters(event.outletId(), event.service(), event.startsAt())));
	}

	@EventListener
	void on(AppointmentReminderDue event) {
		var mobile = citizens.profile(event.citizenId()).mobile().value();
		outbox.enqueue(new NotificationRequest("appointment", event.appointmentId().toString(),
				"reminder-" + event.startsAt().getEpochSecond(), Channel.SMS, mobile, "appointment-reminder",
				parameters(event.outletId(), event.service(), event.startsAt())));
	}

	private Map<String, Object> parameters(java.util.UUID outletId, String service, java.time.Instant startsAt) {
		return Map.of("date", DATE.format(startsAt), "time", TIME.format(startsAt), "outlet",
				appointments.outletName(outletId), "service", appointments.serviceName(service));
	}
}
