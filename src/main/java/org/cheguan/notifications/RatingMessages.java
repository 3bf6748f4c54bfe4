package org.cheguan.notifications;

import java.util.Map;

import org.cheguan.evaluation.RatingInvited;
import org.cheguan.identity.Citizens;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends the citizen the invitation to rate a service with its one-time link (the SMS invitation of domain-rules.md
 * §7). Runs in the invitation's transaction (outbox): the invitation exists if and only if its message is queued, and
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
}
