package org.cheguan.identity;

import java.util.Map;

import org.cheguan.shared.ProblemException;

/** Too many one-time codes were requested for one citizen within an hour (429 {@code too-many-requests}). */
class SignInThrottled extends ProblemException {

	/**
	 * @param perHour the hourly limit
	 * @param retryAfterSeconds seconds until the oldest code of the hour leaves the window; sent as
	 *        {@code Retry-After}
	 */
	SignInThrottled(int perHour, long retryAfterSeconds) {
		super("too-many-requests", 429, "identity.sign-in.throttled", new Object[] { perHour }, null,
				Map.of("retryAfterSeconds", retryAfterSeconds));
	}
}
