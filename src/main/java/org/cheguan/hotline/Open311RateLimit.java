package org.cheguan.hotline;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A fixed-window limit on Open311 posts per client address ({@code cheguan.hotline.open311.posts-per-minute},
 * default 30): the GeoReport v2 POST is public, so a script must not flood the agents' queue. In memory, per node;
 * windows older than the current minute are forgotten as they are met.
 */
final class Open311RateLimit {

	private final int perMinute;

	private final Clock clock;

	private final ConcurrentMap<String, long[]> windows = new ConcurrentHashMap<>();

	Open311RateLimit(int perMinute, Clock clock) {
		if (perMinute < 1) {
			throw new IllegalArgumentException("posts per minute must be 1 or more, was " + perMinute);
		}
		this.perMinute = perMinute;
		this.clock = clock;
	}

	/**
	 * Counts one post.
	 *
	 * @param client the client address
	 * @return true when the post is within the limit
	 */
	boolean tryAcquire(String client) {
		var minute = Math.floorDiv(clock.millis(), 60_000L);
		if (windows.size() > 10_000) {
			windows.entrySet().removeIf(entry -> entry.getValue()[0] != minute);
		}
		var window = windows.compute(client, (key, value) -> value == null || value[0] != minute
				? new long[] { minute, 1 } : new long[] { minute, value[1] + 1 });
		return window[1] <= perMinute;
	}
}
