package org.cheguan.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.cheguan.shared.PersonalDataCipher;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox on the real database. The scheduled dispatcher runs meanwhile, so tests that need a message to stay
 * pending work inside a transaction (invisible to the dispatcher) and roll it back.
 */
@CheguanTest
class OutboxIntegrationTests {

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	OutboxMessages messages;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void queuesAMessageOnlyOncePerEntityEventAndChannel() {
		var mobile = randomMobile();
		var entity = UUID.randomUUID().toString();

		assertThat(outbox.enqueue(oneTimeCode(entity, mobile, "111111"))).isTrue();
		assertThat(outbox.enqueue(oneTimeCode(entity, mobile, "222222"))).isFalse();

		var rows = outbox.messagesTo(mobile, 0, 10);
		assertThat(rows).singleElement().satisfies(message -> {
			assertThat(message.body()).contains("111111");
			assertThat(message.to()).isEqualTo(mobile);
			assertThat(message.template()).isEqualTo("one-time-code");
		});
	}

	@Test
	void storesTheMobileEncryptedWithALookupHashAndAMaskedCopy() {
		var mobile = randomMobile();
		var entity = UUID.randomUUID().toString();
		outbox.enqueue(oneTimeCode(entity, mobile, "333333"));

		var row = jdbc.sql("""
				select recipient_hash, recipient_cipher, recipient_masked from notifications.outbox_message
				where entity_id = ?""").param(entity).query().singleRow();
		assertThat(row.get("recipient_hash")).isEqualTo(cipher.lookupHash(mobile));
		assertThat((String) row.get("recipient_cipher")).doesNotContain(mobile);
		assertThat(cipher.decrypt((String) row.get("recipient_cipher"))).isEqualTo(mobile);
		assertThat(row.get("recipient_masked")).isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
	}

	@Test
	void dispatcherSendsPendingMessagesAndMarksThemSent() {
		var mobile = randomMobile();
		var entity = UUID.randomUUID().toString();
		transactions.executeWithoutResult(status -> {
			outbox.enqueue(oneTimeCode(entity, mobile, "444444"));
			var id = idOf(entity);

			var received = new ArrayList<String>();
			var pending = messages.lockPending(id).orElseThrow();
			assertThat(dispatcher.deliver(pending, (to, body) -> received.add(to + " " + body))).isTrue();

			assertThat(received).singleElement().asString().startsWith(mobile + " ").contains("444444");
			var message = outbox.messagesTo(mobile, 0, 10).get(0);
			assertThat(message.status()).isEqualTo(DeliveryStatus.SENT);
			assertThat(message.sentAt()).isNotNull();
			status.setRollbackOnly();
		});
	}

	@Test
	void scheduledDispatchPicksUpCommittedMessages() {
		var mobile = randomMobile();
		outbox.enqueue(oneTimeCode(UUID.randomUUID().toString(), mobile, "555555"));

		dispatcher.dispatchPending(); // the scheduled run may have been first; then it still holds or has sent it
		var deadline = System.nanoTime() + 10_000_000_000L;
		while (outbox.messagesTo(mobile, 0, 1).get(0).status() != DeliveryStatus.SENT && System.nanoTime() < deadline) {
			dispatcher.dispatchPending();
		}
		assertThat(outbox.messagesTo(mobile, 0, 1)).singleElement()
			.satisfies(message -> assertThat(message.status()).isEqualTo(DeliveryStatus.SENT));
	}

	@Test
	void countsFailedAttemptsAndGivesUpAfterFive() {
		var mobile = randomMobile();
		var entity = UUID.randomUUID().toString();
		SmsGateway failing = (to, body) -> {
			throw new IllegalStateException("gateway down");
		};
		transactions.executeWithoutResult(status -> {
			outbox.enqueue(oneTimeCode(entity, mobile, "666666"));
			var id = idOf(entity);

			for (var attempt = 1; attempt <= OutboxDispatcher.MAX_ATTEMPTS; attempt++) {
				var pending = messages.lockPending(id).orElseThrow();
				assertThat(dispatcher.deliver(pending, failing)).isFalse();
				var message = outbox.messagesTo(mobile, 0, 1).get(0);
				assertThat(message.attempts()).isEqualTo(attempt);
				assertThat(message.status()).isEqualTo(
						attempt < OutboxDispatcher.MAX_ATTEMPTS ? DeliveryStatus.PENDING : DeliveryStatus.FAILED);
			}
			assertThat(messages.lockPending(id)).isEmpty();
			assertThat(jdbc.sql("select last_error from notifications.outbox_message where id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo("IllegalStateException: gateway down");
			status.setRollbackOnly();
		});
	}

	@Test
	void listsOnlyTheMessagesOfOneMobileNewestFirst() {
		var mine = randomMobile();
		var theirs = randomMobile();
		outbox.enqueue(oneTimeCode(UUID.randomUUID().toString(), mine, "700001"));
		outbox.enqueue(oneTimeCode(UUID.randomUUID().toString(), theirs, "700002"));
		outbox.enqueue(new NotificationRequest("service-record", UUID.randomUUID().toString(), "completed",
				Channel.SMS, mine, "rating-invitation", Map.of("service", "机动车注册登记", "link", "https://cg.example/r")));

		List<OutboxMessage> listed = outbox.messagesTo(mine, 0, 10);

		assertThat(listed).hasSize(2).allSatisfy(message -> assertThat(message.to()).isEqualTo(mine));
		assertThat(listed.get(0).createdAt()).isAfterOrEqualTo(listed.get(1).createdAt());
		assertThat(listed).extracting(OutboxMessage::template)
			.containsExactlyInAnyOrder("one-time-code", "rating-invitation");
	}

	@Test
	void joinsTheCallersTransaction() {
		var mobile = randomMobile();
		transactions.executeWithoutResult(status -> {
			outbox.enqueue(oneTimeCode(UUID.randomUUID().toString(), mobile, "800000"));
			status.setRollbackOnly();
		});

		assertThat(outbox.messagesTo(mobile, 0, 10)).isEmpty();
	}

	private UUID idOf(String entity) {
		return jdbc.sql("select id from notifications.outbox_message where entity_id = ?")
			.param(entity)
			.query(UUID.class)
			.single();
	}

	static NotificationRequest oneTimeCode(String entity, String mobile, String code) {
		return new NotificationRequest("citizen-session", entity, "code-issued", Channel.SMS, mobile, "one-time-code",
				Map.of("code", code, "minutes", 5));
	}

	static String randomMobile() {
		return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}
}
