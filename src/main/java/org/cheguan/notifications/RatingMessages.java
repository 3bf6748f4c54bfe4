package org.cheguan.notifications;

import java.util.Map;

import org.cheguan.evaluation.RatingInvited;
import org.cheguan.evaluation.RatingReminded;
import org.cheguan.evaluation.RectificationReplied;
import org.cheguan.identity.Citizens;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends the citizen the invitation to rate a service with its one-time link (the SMS invitation of domain-rules.md
 * §7) and, if still unrated a few days later, one reminder with a fresh link, and tells a named rater the office's reply to their bad rating (the feedback step of 国办发〔2019〕51号). Runs
 * in the transaction of the fact (outbox): the invitation or reply exists if and only if its message is queued, and
 * the token of the link is written nowhere else in clear.
 */
@Component
class RatingMessages {

	private final Outbox outbox;

	private final Citizens citizens;

	RatingMessages(Outbox outbox, Citizens citizens) {
		this.outbox = outbox;
		this.citizens = citizens;
	}

	@EventListener
	void on(RatingInvited event) {
		var mobile = citizens.profile(event.citizenId()).mobile().value();
		outbox.enqueue(new NotificationRequest("service-record", event.serviceRecordId().toString(), "rating-invited",
				Channel.SMS, mobile, "rating-invitation", Map.of("service", event.serviceName(), "link", event.link())));
	}

	/** The one reminder of an unrated service: once per service, by the outbox's unique key (rating-reminded). */
	@EventListener
	void on(RatingReminded event) {
		var mobile = citizens.profile(event.citizenId()).mobile().value();
		outbox.enqueue(new NotificationRequest("service-record", event.serviceRecordId().toString(), "rating-reminded",
				Channel.SMS, mobile, "rating-reminder", Map.of("service", event.serviceName(), "link", event.link())));
	}

	@EventListener
	void on(RectificationReplied event) {
		var mobile = citizens.profile(event.citizenId()).mobile().value();
		outbox.enqueue(new NotificationRequest("rectification", event.rectificationId().toString(), "replied",
				Channel.SMS, mobile, "rating-rectification-replied",
				Map.of("reply", event.reply(), "dueOn", event.rectifyDueOn().toString())));
	}
}
