package org.cheguan.notifications;

import java.time.Clock;

import org.cheguan.shared.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends pending SMS messages of the outbox through the {@link SmsGateway}, every
 * {@code cheguan.notifications.dispatch-interval} (default two seconds).
 *
 * <p>Messages are taken in batches with {@code for update skip locked}, so several instances of the application
 * dispatch side by side without sending a message twice; a message is marked {@code SENT} in the same transaction.
 * A failed attempt is counted and its error kept; after {@value #MAX_ATTEMPTS} attempts the message is
 * {@code FAILED}. APP messages wait for an app delivery adapter.
 */
@Component
public class OutboxDispatcher {

	/** Attempts before a message is given up. */
	static final int MAX_ATTEMPTS = 5;

	private static final int MAX_ERROR_LENGTH = 500;

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	private final OutboxMessages messages;

	private final PersonalDataCipher cipher;

	private final SmsGateway gateway;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final int batchSize;

	OutboxDispatcher(OutboxMessages messages, PersonalDataCipher cipher, SmsGateway gateway, Clock clock,
			PlatformTransactionManager transactionManager,
			@Value("${cheguan.notifications.batch-size:100}") int batchSize) {
		this.messages = messages;
		this.cipher = cipher;
		this.gateway = gateway;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
		if (batchSize < 1) {
			throw new IllegalArgumentException("cheguan.notifications.batch-size must be at least 1");
		}
		this.batchSize = batchSize;
	}

	/** Dispatches batch after batch while whole batches go out; a failure waits for the next tick. */
	@Scheduled(fixedDelayString = "${cheguan.notifications.dispatch-interval:PT2S}")
	void dispatchScheduled() {
		dispatchAll();
	}

	/**
	 * Sends the pending SMS messages now, batch after batch while whole batches go out, as the schedule does. The
	 * demo history calls it at the end of each generated day, before the schedule runs, so that a past day's
	 * messages are sent on that day.
	 *
	 * @return how many were sent
	 */
	public int dispatchAll() {
		var total = 0;
		int sent;
		do {
			sent = dispatchPending();
			total += sent;
		}
		while (sent == batchSize);
		return total;
	}

	/**
	 * Sends one batch of pending SMS messages.
	 *
	 * @return how many were sent
	 */
	int dispatchPending() {
		var sent = transactions.execute(status -> {
			var count = 0;
			for (var message : messages.lockPending(batchSize)) {
				if (deliver(message, gateway)) {
					count++;
				}
			}
			return count;
		});
		return sent == null ? 0 : sent;
	}

	/**
	 * Sends one locked message through {@code through} and records the outcome. Call inside the transaction that
	 * holds the message's lock.
	 *
	 * @return whether it was sent
	 */
	boolean deliver(OutboxMessages.PendingMessage message, SmsGateway through) {
		try {
			through.send(cipher.decrypt(message.recipientCipher()), message.body());
		}
		catch (RuntimeException ex) {
			messages.recordFailure(message.id(), describe(ex), MAX_ATTEMPTS);
			log.warn("Message {} ({}) to {}: attempt {} of {} failed: {}", message.id(), message.template(),
					message.recipientMasked(), message.attempts() + 1, MAX_ATTEMPTS, ex.toString());
			return false;
		}
		messages.markSent(message.id(), clock.instant());
		log.info("Message {} ({}) sent to {}", message.id(), message.template(), message.recipientMasked());
		return true;
	}

	private static String describe(RuntimeException ex) {
		var text = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
	}
}
