package org.cheguan.notifications;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demo only ({@code cheguan.demo=true}; otherwise the path does not exist and answers 404): the outbox with
 * recipients in clear, so that the demo and the acceptance suite can read one-time codes
 * (api-contract.md, Conventions).
 */
@RestController
@ConditionalOnProperty(name = "cheguan.demo", havingValue = "true")
@RequestMapping("/api/v1/admin/notifications")
class DemoNotificationController {

	private final Outbox outbox;

	DemoNotificationController(Outbox outbox) {
		this.outbox = outbox;
	}

	/** {@code GET /api/v1/admin/notifications?to=<mobile>&page=&size=} → messages, newest first. */
	@GetMapping
	List<OutboxMessage> messages(@RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return outbox.messagesTo(to, page, size);
	}
}
