package org.cheguan.notifications;

/** How a message reaches the citizen. */
public enum Channel {

	/** A text message to the mobile number, through the {@link SmsGateway}. */
	SMS,

	/** A message in the office's mobile app (交管12123). No delivery adapter yet: such messages stay pending. */
	APP
}
