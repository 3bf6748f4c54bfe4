package org.cheguan.notifications;

import java.util.Map;

/**
 * A message to queue for one citizen about one entity.
 *
 * @param entityType kind of entity the message is about, e.g. {@code citizen-session}, {@code service-record}
 * @param entityId identifier of that entity
 * @param event what happened to it, e.g. {@code code-issued}; with the entity and channel, the message's identity
 * @param channel how to send it
 * @param recipientMobile the citizen's mainland mobile number, 11 digits ({@code ^1[3-9]\d{9}$}); will become the shared
 *        {@code MobileNumber} type
 * @param template name of a template in {@code notifications/templates.properties}, e.g. {@code one-time-code}
 * @param parameters values of the template's {@code {name}} placeholders (no null values)
 */
public record NotificationRequest(String entityType, String entityId, String event, Channel channel,
		String recipientMobile, String template, Map<String, Object> parameters) {

	/**
	 * Validates the mobile number and copies the parameters.
	 *
	 * @throws org.cheguan.shared.InvalidValue ({@code invalid-mobile}) when the mobile number is not valid
	 */
	public NotificationRequest {
		recipientMobile = MobileNumbers.requireValid(recipientMobile);
		parameters = Map.copyOf(parameters);
	}
}
