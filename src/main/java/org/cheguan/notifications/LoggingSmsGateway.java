package org.cheguan.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The default {@link SmsGateway}: sends nothing, logs the masked number at INFO and the body at DEBUG only (a body
 * may carry a one-time code). The demo and the tests read messages from the outbox instead.
 */
@Component
@ConditionalOnProperty(name = "cheguan.notifications.sms-gateway", havingValue = "logging", matchIfMissing = true)
class LoggingSmsGateway implements SmsGateway {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

	@Override
	public void send(String mobile, String body) {
		log.info("SMS to {} ({} characters) not sent: logging gateway", MobileNumbers.mask(mobile), body.length());
		log.debug("SMS body to {}: {}", MobileNumbers.mask(mobile), body);
	}
}
