package org.cheguan.notifications;

/**
 * Sends one text message. The default adapter only logs ({@code LoggingSmsGateway},
 * {@code cheguan.notifications.sms-gateway=logging}); an operator's SMS platform gets its own implementation.
 * Implementations must not log the body at INFO or above: it may carry a one-time code.
 */
public interface SmsGateway {

	/**
	 * Sends the message or throws.
	 *
	 * @param mobile the recipient's 11-digit mainland mobile number, in clear
	 * @param body the text, already rendered
	 * @throws RuntimeException when the message could not be handed over; the dispatcher retries it
	 */
	void send(String mobile, String body);
}
