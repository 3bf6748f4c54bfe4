package org.cheguan.licensing;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * Version 7 UUIDs (RFC 9562 §5.7): 48 bits of Unix milliseconds, then a 12-bit counter in place of the first random
 * bits, then 62 random bits. Ids made one after the other sort in the order they were made, so a batch of them lands
 * at the right edge of a B-tree index instead of all over it. Not thread-safe: one generator per batch.
 */
final class TimeOrderedIds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final long millis;

	private long sequence;

	/**
	 * @param at the instant the ids belong to
	 */
	TimeOrderedIds(Instant at) {
		this.millis = at.toEpochMilli();
	}

	/**
	 * @return the next id; after 4,096 ids the millisecond is carried forward so that the order still holds
	 */
	UUID next() {
		long ms = millis + (sequence >>> 12);
		long counter = sequence & 0xFFF;
		sequence++;
		long high = (ms << 16) | 0x7000L | counter;
		long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

	/**
	 * An upper bound for the ids made from the same instant as {@code id}: the smallest version 7 id of one day later
	 * (a batch would need 350 million ids to reach it). For an id that is not time-ordered, the largest UUID.
	 *
	 * @param id an id made by a generator of this class
	 * @return an id that sorts after every id of its batch, in PostgreSQL's (unsigned, byte-wise) uuid order
	 */
	static UUID dayAfter(UUID id) {
		if (id.version() != 7) {
			return new UUID(-1L, -1L);
		}
		long ms = (id.getMostSignificantBits() >>> 16) + 86_400_000L;
		return new UUID((ms << 16) | 0x7000L, 0x8000000000000000L);
	}
}
