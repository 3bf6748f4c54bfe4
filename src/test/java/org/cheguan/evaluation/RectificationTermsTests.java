package org.cheguan.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;

import org.cheguan.shared.Channel;
import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rectification deadlines in working days (domain-rules.md §7 and the product decision: reply 3, rectify 15) over the
 * 2026 holidays and make-up working days of the official calendar (国务院办公厅 2025-11-04 notice): public vector V14,
 * the Spring Festival and National Day. Dates were counted by hand from reference/cn-working-calendar.csv.
 */
class RectificationTermsTests {

	static final WorkingCalendar calendar = WorkingCalendar.official();

	static final RectificationTerms terms = RectificationTerms.DEFAULT;

	@Test
	void v14ReplyIsDueOnSeptember30AcrossTheMidAutumnHoliday() {
		// 不满意 (2) on an ownership transfer, given Thursday 2026-09-24; 09-25..27 中秋节 off
		assertThat(RatingLevel.of(2).isBad()).isTrue();
		var given = LocalDate.of(2026, 9, 24);
		assertThat(terms.replyDue(calendar, given)).isEqualTo(LocalDate.of(2026, 9, 30));
		// 09-28, 29, 30, then 国庆节 10-01..07 off, 10-08, 09, Saturday 10-10 worked (调休), 10-12 … 10-22
		assertThat(terms.rectifyDue(calendar, given)).isEqualTo(LocalDate.of(2026, 10, 22));
	}

	@ParameterizedTest(name = "given {0}: reply by {1}, rectify by {2}")
	@CsvSource({
			// Spring Festival 2026: Saturday 02-14 worked, 02-15..23 off, Saturday 02-28 worked
			"2026-02-13, 2026-02-25, 2026-03-12",
			"2026-02-14, 2026-02-26, 2026-03-13",
			"2026-02-15, 2026-02-26, 2026-03-13",
			"2026-02-23, 2026-02-26, 2026-03-13",
			"2026-02-24, 2026-02-27, 2026-03-16",
			// National Day 2026: Sunday 09-20 worked, 10-01..07 off, Saturday 10-10 worked
			"2026-09-18, 2026-09-22, 2026-10-15",
			"2026-09-30, 2026-10-10, 2026-10-27",
			"2026-10-03, 2026-10-10, 2026-10-27",
			"2026-10-07, 2026-10-10, 2026-10-27",
			"2026-10-09, 2026-10-13, 2026-10-29" })
	void deadlinesSkipHolidaysAndCountMakeUpWorkingDays(LocalDate given, LocalDate replyDue, LocalDate rectifyDue) {
		assertThat(terms.replyDue(calendar, given)).isEqualTo(replyDue);
		assertThat(terms.rectifyDue(calendar, given)).isEqualTo(rectifyDue);
	}

	@Test
	void makeUpSaturdayCountsAndHolidayWeekdayDoesNot() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
		assertThat(LocalDate.of(2026, 10, 10).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse();
	}

	@Test
	void termsAreConfigurable() {
		var dezhou = new RectificationTerms(3, 5); // 德州: 5 working days
		assertThat(dezhou.rectifyDue(calendar, LocalDate.of(2026, 9, 24))).isEqualTo(LocalDate.of(2026, 10, 9));
		assertThatIllegalArgumentException().isThrownBy(() -> new RectificationTerms(0, 15));
		assertThatIllegalArgumentException().isThrownBy(() -> new RectificationTerms(5, 3));
	}

	/** Property: every due date is a working day, exactly n working days after the rating, for a seeded sample. */
	@Test
	void everyDueDateIsAWorkingDayExactlyNWorkingDaysLater() {
		var seed = 20260924L;
		var random = new Random(seed);
		for (int i = 0; i < 500; i++) {
			var given = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365 + 300));
			var reply = terms.replyDue(calendar, given);
			var rectify = terms.rectifyDue(calendar, given);
			assertThat(calendar.isWorkingDay(reply)).as("seed %d given %s", seed, given).isTrue();
			assertThat(calendar.workingDaysBetween(given, reply)).as("seed %d given %s", seed, given).isEqualTo(3);
			assertThat(calendar.workingDaysBetween(given, rectify)).as("seed %d given %s", seed, given).isEqualTo(15);
		}
	}

	@ParameterizedTest
	@CsvSource({ "1, true", "2, true", "3, false", "4, false", "5, false" })
	void onlyTheBottomTwoLevelsAreBadRatings(int score, boolean bad) {
		assertThat(RatingLevel.of(score).isBad()).isEqualTo(bad);
	}

	@Test
	void levelsAreNamedAsTheSource() {
		assertThat(RatingLevel.of(5).chineseName()).isEqualTo("非常满意");
		assertThat(RatingLevel.of(3).chineseName()).isEqualTo("基本满意");
		assertThat(RatingLevel.of(1).chineseName()).isEqualTo("非常不满意");
		org.assertj.core.api.Assertions.assertThatExceptionOfType(InvalidValue.class).isThrownBy(() -> RatingLevel.of(0));
		org.assertj.core.api.Assertions.assertThatExceptionOfType(InvalidValue.class).isThrownBy(() -> RatingLevel.of(6));
	}

	@Test
	void onlineAndOfflineServicesAreRatedOnTheSourcesDimensions() {
		assertThat(Dimension.forChannel(Channel.WINDOW)).containsExactlyInAnyOrder(Dimension.EFFICIENCY,
				Dimension.COMPETENCE, Dimension.ATTITUDE);
		assertThat(Dimension.forChannel(Channel.ONLINE)).containsExactlyInAnyOrder(Dimension.EFFICIENCY,
				Dimension.GUIDE_ACCURACY, Dimension.CONVENIENCE, Dimension.USABILITY);
	}

	@ParameterizedTest(name = "missed {0}, grace {1} working days: last grace day {2}")
	@CsvSource({
			// V14 reply due Wednesday 09-30; 国庆节 10-01..07 off; Thursday 10-08, Friday 10-09, Saturday 10-10 worked (调休)
			"2026-09-30, 3, 2026-10-10",
			// without the make-up Saturday it would be Monday 10-12: one fewer grace day ends on the Friday
			"2026-09-30, 2, 2026-10-09",
			// V14 rectification due Thursday 10-22: Friday 10-23, Monday 10-26, Tuesday 10-27
			"2026-10-22, 3, 2026-10-27",
			// Spring Festival: reply due Wednesday 02-25 (rating 02-13); 02-26, 02-27 and Saturday 02-28 worked (调休)
			"2026-02-25, 3, 2026-02-28",
			// due Friday 02-13, the last day before the holiday: Saturday 02-14 worked, 02-15..23 off, 02-24, 02-25
			"2026-02-13, 3, 2026-02-25",
			// 0: no grace, escalated the day after the deadline
			"2026-02-13, 0, 2026-02-13",
			// a longer grace set by an office: 5 working days after 09-30 → 10-08, 09, 10, 12, 13
			"2026-09-30, 5, 2026-10-13",
	})
	void escalationComesAfterTheGraceInWorkingDaysAcrossHolidaysAndMakeUpDays(LocalDate missed, int grace,
			LocalDate lastGraceDay) {
		assertThat(RectificationTerms.escalationDue(calendar, missed, grace)).isEqualTo(lastGraceDay);
		if (grace > 0) {
			assertThat(calendar.workingDaysBetween(missed, lastGraceDay)).isEqualTo(grace);
		}
	}

	@Test
	void aNegativeGraceIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> RectificationTerms.escalationDue(calendar,
				LocalDate.of(2026, 9, 30), -1));
		assertThatIllegalArgumentException().isThrownBy(() -> new EvaluationSettings(15, "http://x", 3, -1));
		assertThatIllegalArgumentException().isThrownBy(() -> new EvaluationSettings(15, "http://x", 0, 3));
	}
}
