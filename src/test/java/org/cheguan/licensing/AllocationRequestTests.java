package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A request ranks 1 to 5 distinct sessions (domain-rules.md §1.5; product decision: up to five preferences). */
class AllocationRequestTests {

	private static final Instant SORT_TIME = Instant.parse("2026-11-20T01:15:00Z");

	private static AllocationRequest request(List<UUID> preferences) {
		return new AllocationRequest(UUID.randomUUID(), UUID.randomUUID(), SORT_TIME, preferences);
	}

	private static List<UUID> sessions(int count) {
		var sessions = new ArrayList<UUID>();
		for (int i = 0; i < count; i++) {
			sessions.add(UUID.randomUUID());
		}
		return sessions;
	}

	@Test
	void acceptsOneToFivePreferences() {
		assertThat(request(sessions(1)).preferences()).hasSize(1);
		assertThat(request(sessions(5)).preferences()).hasSize(5);
	}

	@Test
	void rejectsNoPreferencesAndSixPreferences() {
		assertThatIllegalArgumentException().isThrownBy(() -> request(List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> request(sessions(6)));
	}

	@Test
	void rejectsTheSameSessionTwice() {
		var session = UUID.randomUUID();
		assertThatIllegalArgumentException().isThrownBy(() -> request(List.of(session, UUID.randomUUID(), session)));
	}

	@Test
	void rejectsNullPreferenceAndNullComponents() {
		assertThatIllegalArgumentException().isThrownBy(() -> request(Arrays.asList(UUID.randomUUID(), null)));
		assertThatIllegalArgumentException().isThrownBy(() -> request(null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AllocationRequest(null, UUID.randomUUID(), SORT_TIME, sessions(1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AllocationRequest(UUID.randomUUID(), null, SORT_TIME, sessions(1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AllocationRequest(UUID.randomUUID(), UUID.randomUUID(), null, sessions(1)));
	}

	@Test
	void keepsAnUnmodifiableCopyOfThePreferences() {
		var preferences = sessions(2);
		var request = request(preferences);
		preferences.clear();

		assertThat(request.preferences()).hasSize(2);
		assertThat(request.greenChannel()).isFalse();
	}
}
