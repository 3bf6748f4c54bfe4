package org.cheguan.notifications;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A message of the outbox as the demo listing shows it, recipient in clear.
 *
 * @param id identifier of the message
 * @param entityType kind of entity the message is about
 * @param entityId identifier of that entity
 * @param event what happened to it
 * @param channel how it is sent
 * @param to the recipient's full mobile number
 * @param template the template it was rendered from
 * @param body the rendered text
 * @param status where it stands
 * @param attempts failed delivery attempts so far
 * @param createdAt when it was queued (Asia/Shanghai)
 * @param sentAt when it was handed to the gateway, or null
 */
public record OutboxMessage(UUID id, String entityType, String entityId, String event, Channel channel, String to,
		String template, String body, DeliveryStatus status, int attempts, OffsetDateTime createdAt,
		@Nullable OffsetDateTime sentAt) {
}
