package org.cheguan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditHashTests {

	static final Instant AT = Instant.parse("2026-12-05T01:02:03.123456Z");

	@Test
	void isSha256HexOfTheCanonicalEncoding() {
		var hash = AuditHash.of(AuditHash.GENESIS, AT, "clerk", "a", "t", "1", null, "x");
		assertThat(hash).hasSize(64).matches("[0-9a-f]{64}");
		assertThat(AuditHash.of(AuditHash.GENESIS, AT, "clerk", "a", "t", "1", null, "x")).isEqualTo(hash);
	}

	@Test
	void distinguishesFieldBoundaries() {
		assertThat(AuditHash.of(AuditHash.GENESIS, AT, "system", "ab", "c", "1", null, null))
			.isNotEqualTo(AuditHash.of(AuditHash.GENESIS, AT, "system", "a", "bc", "1", null, null));
	}

	@Test
	void distinguishesNullFromEmptyAndBeforeFromAfter() {
		var nullBefore = AuditHash.of(AuditHash.GENESIS, AT, "system", "a", "t", "1", null, "x");
		assertThat(AuditHash.of(AuditHash.GENESIS, AT, "system", "a", "t", "1", "", "x")).isNotEqualTo(nullBefore);
		assertThat(AuditHash.of(AuditHash.GENESIS, AT, "system", "a", "t", "1", "x", null)).isNotEqualTo(nullBefore);
	}

	@Test
	void dependsOnThePreviousHashAndTheMicrosecond() {
		var hash = AuditHash.of(AuditHash.GENESIS, AT, "system", "a", "t", "1", null, null);
		assertThat(AuditHash.of("1".repeat(64), AT, "system", "a", "t", "1", null, null)).isNotEqualTo(hash);
		assertThat(AuditHash.of(AuditHash.GENESIS, AT.plusNanos(1_000), "system", "a", "t", "1", null, null))
			.isNotEqualTo(hash);
	}

	@Test
	void truncatesToTheMicrosecondsPostgresqlKeeps() {
		assertThat(AuditHash.truncate(AT.plusNanos(999))).isEqualTo(AT);
		assertThat(AuditHash.epochMicros(AT)).isEqualTo(AT.getEpochSecond() * 1_000_000L + 123_456L);
	}
}
