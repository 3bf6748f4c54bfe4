package org.cheguan.notifications;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.PersonalDataCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox of messages to citizens. A message is queued in the transaction of the fact that causes it, so it goes
 * out if and only if that fact commits; the {@code OutboxDispatcher} sends it afterwards. The recipient's mobile
 * number is stored encrypted, with a keyed look-up hash and a masked copy (GB/T 35273-2020 §6.3).
 */
@Service
public class Outbox {

	/** Largest page the listing returns. */
	public static final int MAX_PAGE_SIZE = 200;

	private final OutboxMessages messages;

	private final MessageTemplates templates;

	private final PersonalDataCipher cipher;

	private final Clock clock;

	Outbox(OutboxMessages messages, MessageTemplates templates, PersonalDataCipher cipher, Clock clock) {
		this.messages = messages;
		this.templates = templates;
		this.cipher = cipher;
		this.clock = clock;
	}

	/**
	 * Renders the template and queues the message, in the caller's transaction (or a new one when there is none).
	 * Nothing is ever queued twice for the same entity, event and channel: the database's unique key decides, so a
	 * redelivered event or a retried request is harmless.
	 *
	 * @param request what to send to whom
	 * @return true when the message was queued, false when one for the same entity, event and channel already was
	 * @throws IllegalArgumentException for an unknown template or a missing template parameter
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public boolean enqueue(NotificationRequest request) {
		var body = templates.render(request.template(), request.parameters());
		var mobile = request.recipientMobile();
		return messages.insertIfAbsent(UUID.randomUUID(), request, cipher.lookupHash(mobile), cipher.encrypt(mobile),
				MobileNumbers.mask(mobile), body, clock.instant());
	}

	/**
	 * Lists the outbox with recipients in clear, newest first. Exists for the demo and the acceptance suite (to read
	 * one-time codes); exposed over HTTP only when {@code cheguan.demo=true}.
	 *
	 * @param mobile the recipient to list, or null for every message
	 * @param page zero-based page number
	 * @param size messages per page, 1 to {@value #MAX_PAGE_SIZE}
	 * @return the messages of the page
	 * @throws InvalidValue {@code invalid-mobile} for a malformed number, {@code validation} for a bad page
	 */
	@Transactional(readOnly = true)
	public List<OutboxMessage> messagesTo(@Nullable String mobile, int page, int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidValue(InvalidValue.VALIDATION, "problem.validation.page", null, page, size,
					MAX_PAGE_SIZE);
		}
		var recipientHash = mobile == null ? null : cipher.lookupHash(MobileNumbers.requireValid(mobile));
		return messages.find(recipientHash, page, size)
			.stream()
			.map(stored -> new OutboxMessage(stored.id(), stored.entityType(), stored.entityId(), stored.event(),
					stored.channel(), cipher.decrypt(stored.recipientCipher()), stored.template(), stored.body(),
					stored.status(), stored.attempts(), stored.createdAt(), stored.sentAt()))
			.toList();
	}
}
