package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Version 7 UUIDs (RFC 9562 §5.7) made one after the other sort in the order they were made. */
class TimeOrderedIdsTests {

	@Test
	void idsAreVersion7WithTheVariantAndTheMillisecondOfTheirInstant() {
		var at = Instant.parse("2026-11-29T05:00:00.123Z");
		var id = new TimeOrderedIds(at).next();

		assertThat(id.version()).isEqualTo(7);
		assertThat(id.variant()).isEqualTo(2);
		assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
	}

	@Test
	void tenThousandIdsAreDistinctAndAscendingAcrossTheCounterOverflow() {
		var ids = new TimeOrderedIds(Instant.parse("2026-11-29T05:00:00Z"));
		var made = new ArrayList<UUID>();
		for (int i = 0; i < 10_000; i++) {
			made.add(ids.next());
		}

		assertThat(new HashSet<>(made)).hasSize(10_000);
		for (int i = 1; i < made.size(); i++) {
			// PostgreSQL compares uuids as unsigned bytes: the high 64 bits decide here
			assertThat(Long.compareUnsigned(made.get(i - 1).getMostSignificantBits(),
					made.get(i).getMostSignificantBits())).isNegative();
		}
	}

	@Test
	void theDayAfterBoundSortsAfterABatchAndBeforeTheNextDay() {
		var at = Instant.parse("2026-11-29T05:00:00.123Z");
		var ids = new TimeOrderedIds(at);
		var first = ids.next();
		UUID last = first;
		for (int i = 0; i < 100_000; i++) {
			last = ids.next();
		}
		var bound = TimeOrderedIds.dayAfter(first);

		assertThat(Long.compareUnsigned(last.getMostSignificantBits(), bound.getMostSignificantBits())).isNegative();
		assertThat(Long.compareUnsigned(bound.getMostSignificantBits(),
				new TimeOrderedIds(at.plusSeconds(86_400)).next().getMostSignificantBits())).isNotPositive();
		assertThat(TimeOrderedIds.dayAfter(UUID.randomUUID())).isEqualTo(new UUID(-1L, -1L));
	}
}
