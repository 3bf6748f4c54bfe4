package org.cheguan.notifications;

/** Where an outbox message stands. */
public enum DeliveryStatus {

	/** Waiting for the dispatcher (also after a failed attempt, until the last one). */
	PENDING,

	/** Handed to the gateway. */
	SENT,

	/** Every attempt failed ({@code OutboxDispatcher} gives up after five). */
	FAILED
}
