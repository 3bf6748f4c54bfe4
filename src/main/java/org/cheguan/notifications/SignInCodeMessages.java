package org.cheguan.notifications;

import java.util.Map;

import org.cheguan.identity.OneTimeCodeIssued;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the SMS carrying a citizen's one-time sign-in code. A plain synchronous listener on purpose: the message is
 * written in the transaction that issued the code (transactional outbox), so a code exists if and only if its SMS is
 * queued. One message per code: the code's id is the entity id.
 */
@Component
class SignInCodeMessages {

	private final Outbox outbox;

	SignInCodeMessages(Outbox outbox) {
		this.outbox = outbox;
	}

	@EventListener
	void on(OneTimeCodeIssued event) {
		outbox.enqueue(new NotificationRequest("one-time-code", event.codeId().toString(), "issued", Channel.SMS,
				event.mobile(), "one-time-code", Map.of("code", event.code(), "minutes", event.validMinutes())));
	}
}
