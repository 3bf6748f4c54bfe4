package org.cheguan.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.WorkingCalendar;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Working-time deadlines (office hours 09:00–12:00 and 13:30–17:30, the official working calendar of
 * 国务院办公厅节假日安排通知): lunch, nights, weekends, holidays and 调休 make-up working days, across the 2026 Spring
 * Festival and the 2025 and 2026 National Day holidays. Dates are office dates (Asia/Shanghai).
 */
class WorkingTimeTests {

	static final WorkingTime TIME = new WorkingTime(WorkingCalendar.official(), OfficeHours.defaults());

	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(OfficeTime.ZONE).toInstant();
	}

	@Nested
	class WorkingHours {

		@Test
		void skipsTheLunchBreak() {
			assertThat(TIME.plus(at("2026-11-30T11:00"), Duration.ofHours(2))).isEqualTo(at("2026-11-30T14:30"));
		}

		@Test
		void endsAtTheStartOfLunchWhenTheTimeRunsOutExactlyThen() {
			assertThat(TIME.plus(at("2026-11-30T11:00"), Duration.ofHours(1))).isEqualTo(at("2026-11-30T12:00"));
			assertThat(TIME.plus(at("2026-11-30T11:00"), Duration.ofMinutes(61))).isEqualTo(at("2026-11-30T13:31"));
		}

		@Test
		void startsCountingAtTheNextOpening() {
			assertThat(TIME.plus(at("2026-11-30T07:00"), Duration.ofHours(1))).isEqualTo(at("2026-11-30T10:00"));
			assertThat(TIME.plus(at("2026-11-30T12:30"), Duration.ofHours(1))).isEqualTo(at("2026-11-30T14:30"));
			assertThat(TIME.plus(at("2026-11-30T18:00"), Duration.ofHours(1))).isEqualTo(at("2026-12-01T10:00"));
		}

		@Test
		void skipsTheWeekend() {
			// Friday 16:30: one hour on Friday, three on Monday morning
			assertThat(TIME.plus(at("2026-11-27T16:30"), Duration.ofHours(4))).isEqualTo(at("2026-11-30T12:00"));
		}

		@Test
		void countsTheSpringFestivalMakeUpSaturday() {
			// 2026-02-14 is a Saturday worked (调休) before the 2026-02-15..23 holiday
			assertThat(TIME.plus(at("2026-02-13T16:00"), Duration.ofHours(4))).isEqualTo(at("2026-02-14T11:30"));
		}

		@Test
		void skipsTheWholeSpringFestivalHoliday() {
			assertThat(TIME.plus(at("2026-02-14T17:00"), Duration.ofHours(1))).isEqualTo(at("2026-02-24T09:30"));
		}

		@Test
		void skipsTheNationalDayHoliday2025() {
			// 2025-10-01..08 off (National Day and Mid-Autumn together); Thursday 2025-10-09 is the next working day
			assertThat(TIME.plus(at("2025-09-30T16:00"), Duration.ofHours(4))).isEqualTo(at("2025-10-09T11:30"));
		}

		@Test
		void refusesNegativeTime() {
			assertThatIllegalArgumentException().isThrownBy(() -> TIME.plus(at("2026-11-30T10:00"), Duration.ofHours(-1)));
		}
	}

	@Nested
	class WorkingDays {

		@Test
		void dueAtClosingOfTheNthWorkingDayAfterReceipt() {
			assertThat(TIME.closeOfWorkingDay(at("2026-11-30T10:00"), 1)).isEqualTo(at("2026-12-01T17:30"));
			assertThat(TIME.closeOfWorkingDay(at("2026-11-27T10:00"), 1)).isEqualTo(at("2026-11-30T17:30"));
		}

		@Test
		void aTicketReceivedLateAtNightCountsFromItsOfficeDate() {
			// 2026-11-30T23:30 in Wuhan is 15:30 UTC: still Monday in the office
			assertThat(TIME.closeOfWorkingDay(at("2026-11-30T23:30"), 1)).isEqualTo(at("2026-12-01T17:30"));
		}

		@Test
		void springFestival2026WithBothMakeUpSaturdays() {
			assertThat(TIME.closeOfWorkingDay(at("2026-02-13T10:00"), 1)).isEqualTo(at("2026-02-14T17:30"));
			assertThat(TIME.closeOfWorkingDay(at("2026-02-14T10:00"), 1)).isEqualTo(at("2026-02-24T17:30"));
			assertThat(TIME.closeOfWorkingDay(at("2026-02-13T10:00"), 5)).isEqualTo(at("2026-02-27T17:30"));
			assertThat(TIME.closeOfWorkingDay(at("2026-02-27T10:00"), 1)).isEqualTo(at("2026-02-28T17:30"));
			// a complaint (7 working days) received Thursday 2026-02-12: 13, 14, 24, 25, 26, 27, 28
			assertThat(TIME.closeOfWorkingDay(at("2026-02-12T10:00"), 7)).isEqualTo(at("2026-02-28T17:30"));
		}

		@Test
		void nationalDay2026WithItsMakeUpSundayAndSaturday() {
			// 2026-09-20 (Sunday) and 2026-10-10 (Saturday) are worked; 09-25..27 and 10-01..07 are off
			assertThat(TIME.closeOfWorkingDay(at("2026-09-18T10:00"), 1)).isEqualTo(at("2026-09-20T17:30"));
			assertThat(TIME.closeOfWorkingDay(at("2026-09-30T10:00"), 5)).isEqualTo(at("2026-10-13T17:30"));
			assertThat(TIME.closeOfWorkingDay(at("2026-09-30T10:00"), 3)).isEqualTo(at("2026-10-10T17:30"));
		}

		@Test
		void publicVectorV14ThreeWorkingDaysAcrossMidAutumn() {
			// V14: given 2026-09-24, reply due 2026-09-30 (3 working days across the Mid-Autumn holiday)
			assertThat(TIME.closeOfWorkingDay(at("2026-09-24T15:00"), 3)).isEqualTo(at("2026-09-30T17:30"));
		}
	}

	@Nested
	class Countdown {

		@Test
		void countsOnlyOfficeTime() {
			assertThat(TIME.between(at("2025-09-30T16:00"), at("2025-10-09T11:30"))).isEqualTo(Duration.ofHours(4));
			assertThat(TIME.between(at("2026-11-30T11:00"), at("2026-11-30T14:30"))).isEqualTo(Duration.ofHours(2));
			assertThat(TIME.between(at("2026-11-30T09:00"), at("2026-11-30T17:30"))).isEqualTo(Duration.ofHours(7));
		}

		@Test
		void isNegativeWhenOverdue() {
			assertThat(TIME.between(at("2026-11-30T14:30"), at("2026-11-30T11:00"))).isEqualTo(Duration.ofHours(-2));
		}

		@Test
		void knowsWhenTheOfficeWorks() {
			assertThat(TIME.isWorking(at("2026-11-30T11:59"))).isTrue();
			assertThat(TIME.isWorking(at("2026-11-30T12:00"))).isFalse();
			assertThat(TIME.isWorking(at("2026-11-30T13:30"))).isTrue();
			assertThat(TIME.isWorking(at("2026-11-30T17:30"))).isFalse();
			assertThat(TIME.isWorking(at("2026-02-14T10:00"))).isTrue(); // make-up Saturday
			assertThat(TIME.isWorking(at("2026-02-16T10:00"))).isFalse(); // Spring Festival
			assertThat(TIME.isWorking(at("2026-11-28T10:00"))).isFalse(); // ordinary Saturday
		}
	}

	static Stream<Arguments> randomDeadlines() {
		var seed = 20261129L;
		var random = new Random(seed);
		var first = at("2025-01-02T00:00").getEpochSecond();
		var last = at("2026-11-01T00:00").getEpochSecond();
		return IntStream.range(0, 300).mapToObj(i -> Arguments.of(seed, i,
				Instant.ofEpochSecond(first + (long) (random.nextDouble() * (last - first))),
				Duration.ofMinutes(random.nextInt(60 * 70))));
	}

	@ParameterizedTest(name = "seed {0} #{1}: {2} + {3}")
	@MethodSource("randomDeadlines")
	void theCountdownFromOpeningToTheDeadlineIsTheResponseTime(long seed, int index, Instant start, Duration working) {
		var due = TIME.plus(start, working);
		assertThat(TIME.between(start, due)).as("seed %d #%d", seed, index).isEqualTo(working);
		assertThat(due).isAfterOrEqualTo(start);
		if (!working.isZero()) {
			// a deadline never falls outside office time: it is the end of a worked minute
			assertThat(TIME.isWorking(due.minusSeconds(60))).as("seed %d #%d", seed, index).isTrue();
		}
	}
}
