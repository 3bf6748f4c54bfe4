package org.cheguan.shared;

import org.jspecify.annotations.Nullable;

/**
 * A state change that must land in the audit trail. Every module publishes one through Spring's
 * {@code ApplicationEventPublisher} inside the transaction that makes the change; the audit module appends it in that
 * same transaction, so a change and its audit row commit or roll back together. The actor is the signed-in principal
 * at that moment (or {@code system}).
 *
 * <p>Summaries must already be masked: no full ID or mobile number, no name in clear (GB/T 35273-2020 §6.3).
 *
 * @param action what happened, a dotted verb phrase, e.g. {@code identity.staff-account.created}
 * @param targetType kind of the changed thing, e.g. {@code staff-account}
 * @param targetId identifier of the changed thing
 * @param before short masked summary of the state before, or null for a creation
 * @param after short masked summary of the state after, or null for a deletion
 */
public record StateChanged(String action, String targetType, String targetId, @Nullable String before,
		@Nullable String after) {

	/**
	 * A creation.
	 *
	 * @param action what happened
	 * @param targetType kind of the created thing
	 * @param targetId its identifier
	 * @param after short masked summary of the new state
	 * @return the event
	 */
	public static StateChanged created(String action, String targetType, String targetId, String after) {
		return new StateChanged(action, targetType, targetId, null, after);
	}
}
