package org.cheguan.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cheguan.shared.OfficeTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code notifications.outbox_message}, in plain SQL. */
@Repository
class OutboxMessages {

	private final JdbcClient jdbc;

	OutboxMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return whether the row was inserted; false when (entity, event, channel) is already queued */
	boolean insertIfAbsent(UUID id, NotificationRequest request, String recipientHash, String recipientCipher,
			String recipientMasked, String body, Instant createdAt) {
		return jdbc.sql("""
				insert into notifications.outbox_message (id, entity_type, entity_id, event, channel, recipient_hash,
				    recipient_cipher, recipient_masked, template, body, status, attempts, created_at)
				values (:id, :entityType, :entityId, :event, :channel, :recipientHash, :recipientCipher,
				    :recipientMasked, :template, :body, 'PENDING', 0, :createdAt)
				on conflict (entity_type, entity_id, event, channel) do nothing""")
			.param("id", id)
			.param("entityType", request.entityType())
			.param("entityId", request.entityId())
			.param("event", request.event())
			.param("channel", request.channel().name())
			.param("recipientHash", recipientHash)
			.param("recipientCipher", recipientCipher)
			.param("recipientMasked", recipientMasked)
			.param("template", request.template())
			.param("body", body)
			.param("createdAt", utc(createdAt))
			.update() == 1;
	}

	/**
	 * Locks up to {@code limit} pending SMS messages, oldest first, skipping those another dispatcher holds, until
	 * the end of the transaction.
	 */
	List<PendingMessage> lockPending(int limit) {
		return jdbc.sql("""
				select id, recipient_cipher, recipient_masked, template, body, attempts
				from notifications.outbox_message
				where status = 'PENDING' and channel = 'SMS'
				order by created_at
				limit ?
				for update skip locked""").param(limit).query(OutboxMessages::pending).list();
	}

	/** Locks one pending message, if it is pending and nobody else holds it. */
	Optional<PendingMessage> lockPending(UUID id) {
		return jdbc.sql("""
				select id, recipient_cipher, recipient_masked, template, body, attempts
				from notifications.outbox_message
				where id = ? and status = 'PENDING'
				for update skip locked""").param(id).query(OutboxMessages::pending).optional();
	}

	void markSent(UUID id, Instant sentAt) {
		jdbc.sql("update notifications.outbox_message set status = 'SENT', sent_at = ? where id = ?")
			.param(utc(sentAt))
			.param(id)
			.update();
	}

	/** Counts a failed attempt; the message fails for good at {@code maxAttempts}. */
	void recordFailure(UUID id, String error, int maxAttempts) {
		jdbc.sql("""
				update notifications.outbox_message
				set attempts = attempts + 1, last_error = :error,
				    status = case when attempts + 1 >= :maxAttempts then 'FAILED' else 'PENDING' end
				where id = :id""")
			.param("error", error)
			.param("maxAttempts", maxAttempts)
			.param("id", id)
			.update();
	}

	/** A page of the messages to one recipient (every message when null), newest first. */
	List<StoredMessage> find(@Nullable String recipientHash, int page, int size) {
		return jdbc.sql("""
				select id, entity_type, entity_id, event, channel, recipient_cipher, template, body, status, attempts,
				    created_at, sent_at
				from notifications.outbox_message
				where cast(:recipientHash as text) is null or recipient_hash = :recipientHash
				order by created_at desc, id
				limit :size offset :offset""")
			.param("recipientHash", recipientHash)
			.param("size", size)
			.param("offset", (long) page * size)
			.query(OutboxMessages::stored)
			.list();
	}

	private static PendingMessage pending(ResultSet rs, int row) throws SQLException {
		return new PendingMessage(rs.getObject("id", UUID.class), rs.getString("recipient_cipher"),
				rs.getString("recipient_masked"), rs.getString("template"), rs.getString("body"),
				rs.getInt("attempts"));
	}

	private static StoredMessage stored(ResultSet rs, int row) throws SQLException {
		return new StoredMessage(rs.getObject("id", UUID.class), rs.getString("entity_type"),
				rs.getString("entity_id"), rs.getString("event"), Channel.valueOf(rs.getString("channel")),
				rs.getString("recipient_cipher"), rs.getString("template"), rs.getString("body"),
				DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				office(rs.getObject("created_at", OffsetDateTime.class)),
				officeOrNull(rs.getObject("sent_at", OffsetDateTime.class)));
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static OffsetDateTime office(OffsetDateTime time) {
		return time.atZoneSameInstant(OfficeTime.ZONE).toOffsetDateTime();
	}

	private static @Nullable OffsetDateTime officeOrNull(@Nullable OffsetDateTime time) {
		return time == null ? null : office(time);
	}

	/** A message the dispatcher holds a lock on. */
	record PendingMessage(UUID id, String recipientCipher, String recipientMasked, String template, String body,
			int attempts) {
	}

	/** A message as stored, recipient still encrypted. */
	record StoredMessage(UUID id, String entityType, String entityId, String event, Channel channel,
			String recipientCipher, String template, String body, DeliveryStatus status, int attempts,
			OffsetDateTime createdAt, @Nullable OffsetDateTime sentAt) {
	}
}
