package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.cheguan.licensing.PreferenceState.State.FULL;
import static org.cheguan.licensing.PreferenceState.State.NOT_REACHED;
import static org.cheguan.licensing.PreferenceState.State.UNKNOWN_SESSION;
import static org.cheguan.licensing.PreferenceState.State.WON;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Hand-made cases of the exam seat allocation (domain-rules.md §1.5 "Allocation when bookings exceed seats"; product
 * decisions: earlier sort time wins, ties by application id, green channel first).
 */
class SeatAllocationTests {

	private static final Instant NINE_FIFTEEN = Instant.parse("2026-11-20T01:15:00Z"); // 09:15 in Asia/Shanghai
	private static final UUID A = new UUID(0, 1);
	private static final UUID B = new UUID(0, 2);
	private static final UUID C = new UUID(0, 3);
	private static final UUID UNKNOWN = new UUID(0, 99);

	private static UUID id(long n) {
		return new UUID(7, n);
	}

	private static AllocationRequest request(long n, Instant sortTime, UUID... preferences) {
		return new AllocationRequest(id(n), new UUID(1, n), sortTime, List.of(preferences));
	}

	private static Decision decisionOf(AllocationResult result, UUID requestId) {
		return result.decisions().stream().filter(d -> d.requestId().equals(requestId)).findFirst().orElseThrow();
	}

	private static List<PreferenceState.State> states(Decision decision) {
		return decision.preferences().stream().map(PreferenceState::state).toList();
	}

	@Test
	void earlierSortTimeWinsTheLastSeat() {
		var late = request(1, NINE_FIFTEEN.plusSeconds(60), A);
		var early = request(2, NINE_FIFTEEN, A);

		var result = SeatAllocation.allocate(List.of(late, early), Map.of(A, 1));

		assertThat(result.placements()).containsExactly(new Placement(id(2), early.applicationId(), A, 0));
		assertThat(result.decisions()).extracting(Decision::requestId).containsExactly(id(2), id(1));
		assertThat(result.decisions()).extracting(Decision::rank).containsExactly(1, 2);
	}

	@Test
	void equalSortTimesAreBrokenByApplicationId() {
		var higherApplication = new AllocationRequest(id(1), new UUID(0, 20), NINE_FIFTEEN, List.of(A));
		var lowerApplication = new AllocationRequest(id(2), new UUID(0, 10), NINE_FIFTEEN, List.of(A));

		var result = SeatAllocation.allocate(List.of(higherApplication, lowerApplication), Map.of(A, 1));

		assertThat(result.placements()).extracting(Placement::requestId).containsExactly(id(2));
	}

	@Test
	void applicationIdsCompareAsUuidCompareToDoesWithSignedHalves() {
		// UUID.compareTo compares signed longs: 0x8000… (negative) sorts before 0x0000…
		var negative = new AllocationRequest(id(1), new UUID(Long.MIN_VALUE, 0), NINE_FIFTEEN, List.of(A));
		var positive = new AllocationRequest(id(2), new UUID(0, 0), NINE_FIFTEEN, List.of(A));

		var result = SeatAllocation.allocate(List.of(positive, negative), Map.of(A, 1));

		assertThat(result.placements()).extracting(Placement::requestId).containsExactly(id(1));
	}

	@Test
	void sameApplicationAndSortTimeIsBrokenByRequestId() {
		var application = UUID.randomUUID();
		var second = new AllocationRequest(new UUID(0, 2), application, NINE_FIFTEEN, List.of(A));
		var first = new AllocationRequest(new UUID(0, 1), application, NINE_FIFTEEN, List.of(A));

		var result = SeatAllocation.allocate(List.of(second, first), Map.of(A, 1));

		assertThat(result.placements()).extracting(Placement::requestId).containsExactly(new UUID(0, 1));
	}

	@Test
	void greenChannelRanksBeforeEveryNormalRequest() {
		var normalEarly = request(1, NINE_FIFTEEN.minusSeconds(86_400 * 365), A);
		var greenLate = new AllocationRequest(id(2), new UUID(1, 2), NINE_FIFTEEN, List.of(A), true);
		var greenLater = new AllocationRequest(id(3), new UUID(1, 3), NINE_FIFTEEN.plusSeconds(1), List.of(A), true);

		var result = SeatAllocation.allocate(List.of(normalEarly, greenLater, greenLate), Map.of(A, 2));

		assertThat(result.decisions()).extracting(Decision::requestId).containsExactly(id(2), id(3), id(1));
		assertThat(result.placements()).extracting(Placement::requestId).containsExactly(id(2), id(3));
		assertThat(decisionOf(result, id(1)).greenChannel()).isFalse();
		assertThat(decisionOf(result, id(2)).greenChannel()).isTrue();
	}

	@Test
	void takesTheBestPreferenceThatStillHasASeat() {
		var first = request(1, NINE_FIFTEEN, A, B, C);
		var second = request(2, NINE_FIFTEEN.plusSeconds(1), A, B, C);

		var result = SeatAllocation.allocate(List.of(first, second), Map.of(A, 1, B, 1, C, 1));

		var decision = decisionOf(result, id(2));
		assertThat(decision.sessionId()).isEqualTo(B);
		assertThat(decision.preferenceIndex()).isEqualTo(1);
		assertThat(states(decision)).containsExactly(FULL, WON, NOT_REACHED);
		assertThat(states(decisionOf(result, id(1)))).containsExactly(WON, NOT_REACHED, NOT_REACHED);
	}

	@Test
	void unknownSessionsNeverYieldASeat() {
		var request = request(1, NINE_FIFTEEN, UNKNOWN, A);

		var result = SeatAllocation.allocate(List.of(request), Map.of(A, 1));

		var decision = decisionOf(result, id(1));
		assertThat(decision.sessionId()).isEqualTo(A);
		assertThat(states(decision)).containsExactly(UNKNOWN_SESSION, WON);
	}

	@Test
	void unknownSessionAfterTheWonOneIsStillReportedUnknown() {
		var result = SeatAllocation.allocate(List.of(request(1, NINE_FIFTEEN, A, UNKNOWN)), Map.of(A, 1));

		assertThat(states(decisionOf(result, id(1)))).containsExactly(WON, UNKNOWN_SESSION);
	}

	@Test
	void zeroCapacitySessionsAreFull() {
		var result = SeatAllocation.allocate(List.of(request(1, NINE_FIFTEEN, A, B)), Map.of(A, 0, B, 1));

		assertThat(states(decisionOf(result, id(1)))).containsExactly(FULL, WON);
	}

	@Test
	void requestWhoseEveryPreferenceIsFullStaysUnplaced() {
		var first = request(1, NINE_FIFTEEN, A, B);
		var second = request(2, NINE_FIFTEEN.plusSeconds(1), B, A, C);

		var result = SeatAllocation.allocate(List.of(second, first), Map.of(A, 1, B, 0, C, 0));

		var decision = decisionOf(result, id(2));
		assertThat(decision.placed()).isFalse();
		assertThat(decision.sessionId()).isNull();
		assertThat(decision.preferenceIndex()).isEqualTo(-1);
		assertThat(states(decision)).containsExactly(FULL, FULL, FULL);
		assertThat(result.placements()).extracting(Placement::requestId).containsExactly(id(1));
	}

	@Test
	void noRequestsAndNoSessionsGiveAnEmptyResult() {
		var result = SeatAllocation.allocate(List.of(), Map.of());

		assertThat(result.placements()).isEmpty();
		assertThat(result.decisions()).isEmpty();
	}

	@Test
	void rejectsDuplicateRequestIdsNegativeSeatsAndNulls() {
		var request = request(1, NINE_FIFTEEN, A);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SeatAllocation.allocate(List.of(request, request), Map.of(A, 1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SeatAllocation.allocate(List.of(request), Map.of(A, -1)));
		var nullSeats = new HashMap<UUID, Integer>();
		nullSeats.put(A, null);
		assertThatIllegalArgumentException().isThrownBy(() -> SeatAllocation.allocate(List.of(request), nullSeats));
		var withNull = new ArrayList<AllocationRequest>();
		withNull.add(null);
		assertThatIllegalArgumentException().isThrownBy(() -> SeatAllocation.allocate(withNull, Map.of(A, 1)));
	}

	@Test
	void doesNotChangeTheCallersSeatTable() {
		var seats = new HashMap<>(Map.of(A, 1));

		SeatAllocation.allocate(List.of(request(1, NINE_FIFTEEN, A)), seats);

		assertThat(seats).containsEntry(A, 1);
	}

	@Test
	void explainsInEnglishWithRankSortTimeAndEachFullChoice() {
		var requests = new ArrayList<AllocationRequest>();
		for (int n = 1; n < 1234; n++) {
			requests.add(request(n, NINE_FIFTEEN.minusSeconds(n), A));
		}
		requests.add(request(5000, NINE_FIFTEEN, A, B));

		var result = SeatAllocation.allocate(requests, Map.of(A, 1233, B, 1));
		var decision = decisionOf(result, id(5000));

		assertThat(decision.rank()).isEqualTo(1234);
		assertThat(SeatAllocation.explain(decision, Locale.ENGLISH)).isEqualTo(
				"You were 1,234th by sort time 2026-11-20 09:15; your 1st choice was full when your turn came; "
						+ "you got your 2nd choice.");
		assertThat(SeatAllocation.explain(decision, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("您按排序时间 2026-11-20 09:15 排在第 1,234 位；轮到您时第1志愿场次已满；您获得第2志愿场次。");
	}

	@Test
	void explainsInChineseByDefaultAndForOtherLocales() {
		var result = SeatAllocation.allocate(List.of(request(1, NINE_FIFTEEN, A)), Map.of(A, 1));
		var decision = result.decisions().get(0);
		var chinese = "您按排序时间 2026-11-20 09:15 排在第 1 位；您获得第1志愿场次。";

		assertThat(SeatAllocation.explain(decision, Locale.SIMPLIFIED_CHINESE)).isEqualTo(chinese);
		assertThat(SeatAllocation.explain(decision, Locale.FRENCH)).isEqualTo(chinese);
		assertThat(SeatAllocation.explain(decision, Locale.US))
			.isEqualTo("You were 1st by sort time 2026-11-20 09:15; you got your 1st choice.");
	}

	@Test
	void explainsAnUnplacedRequestWithEveryChoiceFullOrUnknown() {
		var first = request(1, NINE_FIFTEEN, A);
		var second = request(2, NINE_FIFTEEN.plusSeconds(60), A, UNKNOWN, B);

		var decision = decisionOf(SeatAllocation.allocate(List.of(first, second), Map.of(A, 1, B, 0)), id(2));

		assertThat(SeatAllocation.explain(decision, Locale.ENGLISH)).isEqualTo(
				"You were 2nd by sort time 2026-11-20 09:16; your 1st choice was full when your turn came; "
						+ "your 2nd choice is not a session open for booking in this round; "
						+ "your 3rd choice was full when your turn came; "
						+ "none of your choices had a seat left, so no exam was booked for you this time.");
		assertThat(SeatAllocation.explain(decision, Locale.CHINA)).isEqualTo(
				"您按排序时间 2026-11-20 09:16 排在第 2 位；轮到您时第1志愿场次已满；第2志愿不是本次开放预约的场次；"
						+ "轮到您时第3志愿场次已满；您的志愿场次均已满，本次未能安排考试。");
	}

	@Test
	void explainsTheGreenChannel() {
		var green = new AllocationRequest(id(1), new UUID(1, 1), NINE_FIFTEEN, List.of(A), true);

		var decision = SeatAllocation.allocate(List.of(green), Map.of(A, 1)).decisions().get(0);

		assertThat(SeatAllocation.explain(decision, Locale.ENGLISH)).startsWith("You were 1st in the ranking: a supervisor")
			.endsWith("(sort time 2026-11-20 09:15); you got your 1st choice.");
		assertThat(SeatAllocation.explain(decision, Locale.SIMPLIFIED_CHINESE)).startsWith("您经绿色通道优先安排");
	}

	@Test
	void englishOrdinalsOfTeens() {
		var requests = new ArrayList<AllocationRequest>();
		for (int n = 1; n <= 113; n++) {
			requests.add(request(n, NINE_FIFTEEN.plusSeconds(n), A));
		}
		var decisions = SeatAllocation.allocate(requests, Map.of(A, 200)).decisions();

		assertThat(SeatAllocation.explain(decisions.get(10), Locale.ENGLISH)).startsWith("You were 11th ");
		assertThat(SeatAllocation.explain(decisions.get(11), Locale.ENGLISH)).startsWith("You were 12th ");
		assertThat(SeatAllocation.explain(decisions.get(12), Locale.ENGLISH)).startsWith("You were 13th ");
		assertThat(SeatAllocation.explain(decisions.get(20), Locale.ENGLISH)).startsWith("You were 21st ");
		assertThat(SeatAllocation.explain(decisions.get(21), Locale.ENGLISH)).startsWith("You were 22nd ");
		assertThat(SeatAllocation.explain(decisions.get(22), Locale.ENGLISH)).startsWith("You were 23rd ");
		assertThat(SeatAllocation.explain(decisions.get(110), Locale.ENGLISH)).startsWith("You were 111th ");
		assertThat(SeatAllocation.explain(decisions.get(112), Locale.ENGLISH)).startsWith("You were 113th ");
	}
}
