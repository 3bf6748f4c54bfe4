package org.cheguan.notifications;

import java.util.Map;

import org.cheguan.identity.Citizens;
import org.cheguan.licensing.ExamCancelledByOutage;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells every candidate hit by a venue outage that their exam is cancelled, in the outage's transaction. */
@Component
class OutageMessages {

	private final Outbox outbox;

	private final Citizens citizens;

	OutageMessages(Outbox outbox, Citizens citizens) {
		this.outbox = outbox;
		this.citizens = citizens;
	}

	@EventListener
	void on(ExamCancelledByOutage event) {
		var mobile = citizens.profile(event.citizenId()).mobile().value();
		var next = event.rebooked() ? "已为您改约其他场次，详见下一条短信。" : "我们将尽快为您安排，请留意短信或致电 12123。";
		outbox.enqueue(new NotificationRequest("exam-booking", event.bookingId().toString(), "cancelled-by-outage",
				Channel.SMS, mobile, "exam-cancelled", Map.of("reason", event.reason(), "date", event.date().toString(),
						"venue", event.venueName(), "subject", event.subject().chineseName(), "next", next)));
	}
}
