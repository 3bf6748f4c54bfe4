package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cheguan.licensing.Violations.assertViolation;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Scoring periods (记分周期, 12 months from the first licence: 公安部令第163号 第三条, domain-rules §1.6) and the 12-point
 * records that refuse an added class (公安部令第162号 第十七条, domain-rules §1.3) or keep a renewed term's length
 * (§1.6); the vocational student's C1 checked against the licences held. Both sides of every boundary.
 */
class ScoringPeriodRulesTests {

	/** First licence: the periods start every 15 March. */
	static final LocalDate FIRST = LocalDate.of(2020, 3, 15);

	static final LocalDate BORN = LocalDate.of(1990, 5, 17);

	static TwelvePointRecord period(int year, LocalDate reached) {
		var start = LocalDate.of(year, 3, 15);
		return new TwelvePointRecord(start, start.plusYears(1).minusDays(1), reached);
	}

	/** 12 points in the period 2024-03-15 to 2025-03-14. */
	static final TwelvePointRecord IN_2024 = period(2024, LocalDate.of(2024, 9, 1));

	final LicensingRules rules = new LicensingRules(LicensingPolicy.defaults());

	@Nested
	class Periods {

		@Test
		void aPeriodRunsThroughTheDayBeforeTheAnniversaryOfTheFirstLicence() {
			assertThat(ScoringPeriods.periodOn(FIRST, FIRST))
				.isEqualTo(new ScoringPeriods.Span(FIRST, LocalDate.of(2021, 3, 14)));
			assertThat(ScoringPeriods.periodOn(FIRST, LocalDate.of(2021, 3, 14)).start()).isEqualTo(FIRST);
			assertThat(ScoringPeriods.periodOn(FIRST, LocalDate.of(2021, 3, 15)))
				.isEqualTo(new ScoringPeriods.Span(LocalDate.of(2021, 3, 15), LocalDate.of(2022, 3, 14)));
			assertThat(ScoringPeriods.periodOn(FIRST, LocalDate.of(2026, 3, 14)).start())
				.isEqualTo(LocalDate.of(2025, 3, 15));
			assertThat(ScoringPeriods.periodOn(FIRST, LocalDate.of(2026, 3, 15)).start())
				.isEqualTo(LocalDate.of(2026, 3, 15));
			assertThatThrownBy(() -> ScoringPeriods.periodOn(FIRST, FIRST.minusDays(1)))
				.isInstanceOf(IllegalArgumentException.class);
		}

		@Test
		void periodsFromA29FebruaryIssueNeverDriftAndLeaveNoGap() {
			var leap = LocalDate.of(2024, 2, 29);
			assertThat(ScoringPeriods.periodOn(leap, LocalDate.of(2025, 2, 27)).start()).isEqualTo(leap);
			assertThat(ScoringPeriods.periodOn(leap, LocalDate.of(2025, 2, 28)).start())
				.isEqualTo(LocalDate.of(2025, 2, 28));
			assertThat(ScoringPeriods.periodOn(leap, LocalDate.of(2028, 2, 28)))
				.isEqualTo(new ScoringPeriods.Span(LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 28)));
			assertThat(ScoringPeriods.periodOn(leap, LocalDate.of(2028, 2, 29)).start()).isEqualTo(LocalDate.of(2028, 2, 29));
			var day = leap;
			var previous = ScoringPeriods.periodOn(leap, day);
			for (int i = 0; i < 3000; i++) {
				day = day.plusDays(1);
				var current = ScoringPeriods.periodOn(leap, day);
				if (!current.equals(previous)) {
					assertThat(current.start()).isEqualTo(previous.end().plusDays(1));
					assertThat(ScoringPeriods.isTwelveMonths(previous.start(), previous.end())).isTrue();
				}
				previous = current;
			}
		}

		@Test
		void theLatestPeriodsAreTheCurrentOneAndThoseBeforeItNoneBeforeTheFirstLicence() {
			assertThat(ScoringPeriods.latest(FIRST, LocalDate.of(2026, 3, 15), 3))
				.extracting(ScoringPeriods.Span::start)
				.containsExactly(LocalDate.of(2026, 3, 15), LocalDate.of(2025, 3, 15), LocalDate.of(2024, 3, 15));
			assertThat(ScoringPeriods.latest(FIRST, LocalDate.of(2020, 6, 1), 2)).hasSize(1);
		}

		@Test
		void aRecordIsTwelveMonthsWithTheDateReachedInside() {
			assertThatThrownBy(() -> new TwelvePointRecord(LocalDate.of(2024, 3, 15), LocalDate.of(2025, 3, 15),
					LocalDate.of(2024, 9, 1))).isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> new TwelvePointRecord(LocalDate.of(2024, 3, 15), LocalDate.of(2025, 3, 13),
					LocalDate.of(2024, 9, 1))).isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> period(2024, LocalDate.of(2024, 3, 14))).isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> period(2024, LocalDate.of(2025, 3, 15))).isInstanceOf(IllegalArgumentException.class);
			assertThat(period(2024, LocalDate.of(2024, 3, 15)).reachedOn()).isEqualTo(LocalDate.of(2024, 3, 15));
			assertThat(period(2024, LocalDate.of(2025, 3, 14)).reachedOn()).isEqualTo(LocalDate.of(2025, 3, 14));
		}
	}

	@Nested
	class AddedClass {

		NewApplicationFacts facts(LicenceClass wanted, LocalDate on, List<TwelvePointRecord> records,
				Integer declared) {
			return new NewApplicationFacts(wanted, BORN, on, List.of(new HeldLicence(LicenceClass.C1, FIRST)), false,
					declared, false, records);
		}

		@Test
		void aRecordInThePreviousPeriodRefusesOnItsLastDayAsPreviousAndNotOnceItIsTheOneBefore() {
			// 2026-03-14: the current period began 2025-03-15, the previous is 2024-03-15..2025-03-14
			var refused = assertViolation(() -> rules.checkApplication(facts(LicenceClass.C6, LocalDate.of(2026, 3, 14),
					List.of(IN_2024), null)), LicensingRules.RULE_ADDED_CLASS,
					"licensing.application.twelve-points-recorded");
			assertThat(refused.messageArguments()).containsExactly("C6", 2, LocalDate.of(2024, 3, 15),
					LocalDate.of(2025, 3, 14), LocalDate.of(2024, 9, 1));
			// 2026-03-15: a new period begins; the record is now in the one before the previous
			rules.checkApplication(facts(LicenceClass.C6, LocalDate.of(2026, 3, 15), List.of(IN_2024), null));
		}

		@Test
		void aRecordInTheCurrentPeriodRefusesFromTheDayItWasReached() {
			var current = period(2025, LocalDate.of(2025, 11, 20));
			rules.checkApplication(facts(LicenceClass.C6, LocalDate.of(2025, 11, 19), List.of(current), null));
			assertViolation(() -> rules.checkApplication(facts(LicenceClass.C6, LocalDate.of(2025, 11, 20),
					List.of(current), null)), LicensingRules.RULE_ADDED_CLASS,
					"licensing.application.twelve-points-recorded");
		}

		@Test
		void aRecordInTheOneBeforeThePreviousRefusesA1WhichNeedsThreePeriodsButNotA2() {
			var held = List.of(new HeldLicence(LicenceClass.B2, LocalDate.of(2020, 3, 15)));
			var on = LocalDate.of(2026, 3, 15); // current 2026-, previous 2025-, the one before 2024-
			rules.checkApplication(new NewApplicationFacts(LicenceClass.A2, BORN, on, held, false, null, false,
					List.of(IN_2024)));
			var refused = assertViolation(() -> rules.checkApplication(new NewApplicationFacts(LicenceClass.A1, BORN,
					on, held, false, null, false, List.of(IN_2024))), LicensingRules.RULE_ADDED_CLASS,
					"licensing.application.twelve-points-recorded");
			assertThat(refused.messageArguments()[1]).isEqualTo(3);
			// 2027-03-15 moves the 2024 period out of the last 3; the day before it is still in
			rules.checkApplication(new NewApplicationFacts(LicenceClass.A1, BORN, LocalDate.of(2027, 3, 15), held,
					false, null, false, List.of(IN_2024)));
			assertViolation(() -> rules.checkApplication(new NewApplicationFacts(LicenceClass.A1, BORN,
					LocalDate.of(2027, 3, 14), held, false, null, false, List.of(IN_2024))),
					LicensingRules.RULE_ADDED_CLASS, "licensing.application.twelve-points-recorded");
		}

		@Test
		void aDeclarationOfCleanPeriodsNeverClearsARecordButStillRefusesOnItsOwn() {
			var on = LocalDate.of(2025, 6, 1);
			assertViolation(() -> rules.checkApplication(facts(LicenceClass.C6, on, List.of(IN_2024), 99)),
					LicensingRules.RULE_ADDED_CLASS, "licensing.application.twelve-points-recorded");
			assertViolation(() -> rules.checkApplication(facts(LicenceClass.C6, on, List.of(), 1)),
					LicensingRules.RULE_ADDED_CLASS, "licensing.application.twelve-points");
			rules.checkApplication(facts(LicenceClass.C6, on, List.of(), 2));
			rules.checkApplication(facts(LicenceClass.C6, on, List.of(), null));
		}

		@Test
		void aMilitaryExchangeAndAFirstApplicationHaveNoScoringCondition() {
			var on = LocalDate.of(2025, 6, 1);
			rules.checkApplication(new NewApplicationFacts(LicenceClass.B2, BORN, on,
					List.of(new HeldLicence(LicenceClass.C1, FIRST)), true, null, false, List.of(IN_2024)));
			rules.checkApplication(new NewApplicationFacts(LicenceClass.C1, BORN, on, List.of(), false, null, false,
					List.of(IN_2024)));
		}

		@Test
		void aRecordReachedAfterTheApplicationDateDoesNotCount() {
			var record = period(2025, LocalDate.of(2025, 12, 1));
			rules.checkApplication(facts(LicenceClass.C6, LocalDate.of(2025, 11, 30), List.of(record), null));
		}
	}

	@Nested
	class VocationalStudent {

		static final LocalDate STUDENT_BORN = LocalDate.of(2006, 1, 10); // 20 in 2026

		static final LocalDate ON = LocalDate.of(2026, 6, 1);

		NewApplicationFacts student(LicenceClass wanted, List<HeldLicence> held, List<TwelvePointRecord> records) {
			return new NewApplicationFacts(wanted, STUDENT_BORN, ON, held, false, null, true, records);
		}

		@Test
		void aC1ValidOnTheApplicationDayIsEnoughOneExpiredTheDayBeforeIsNot() {
			var issued = LocalDate.of(2025, 9, 1);
			rules.checkApplication(student(LicenceClass.A1, List.of(new HeldLicence(LicenceClass.C1, issued, ON)),
					List.of()));
			assertViolation(() -> rules.checkApplication(student(LicenceClass.A1,
					List.of(new HeldLicence(LicenceClass.C1, issued, ON.minusDays(1))), List.of())),
					LicensingRules.RULE_VOCATIONAL_STUDENT, "licensing.application.vocational-prerequisite");
		}

		@Test
		void aC1IssuedTheDayAfterTheApplicationIsNotHeldOnTheDayOfTheApplication() {
			rules.checkApplication(student(LicenceClass.A2, List.of(new HeldLicence(LicenceClass.C1, ON)), List.of()));
			assertViolation(() -> rules.checkApplication(student(LicenceClass.A2,
					List.of(new HeldLicence(LicenceClass.C1, ON.plusDays(1))), List.of())),
					LicensingRules.RULE_VOCATIONAL_STUDENT, "licensing.application.vocational-prerequisite");
		}

		@Test
		void aClassThatIncludesC1CountsAClassThatDoesNotRefuses() {
			rules.checkApplication(student(LicenceClass.A1,
					List.of(new HeldLicence(LicenceClass.B2, LocalDate.of(2025, 9, 1), LocalDate.of(2031, 8, 31))),
					List.of()));
			assertViolation(() -> rules.checkApplication(student(LicenceClass.A1,
					List.of(new HeldLicence(LicenceClass.C2, LocalDate.of(2025, 9, 1))), List.of())),
					LicensingRules.RULE_VOCATIONAL_STUDENT, "licensing.application.vocational-prerequisite");
			assertViolation(() -> rules.checkApplication(student(LicenceClass.A1, List.of(), List.of())),
					LicensingRules.RULE_FIRST_APPLICATION, "licensing.application.increase-only");
		}

		@Test
		void aRecordInThePreviousPeriodRefusesTheStudentRouteA1TooButNotOneBeforeIt() {
			var issued = LocalDate.of(2024, 5, 1); // periods start every 1 May; on 2026-06-01: 2026-, 2025-, 2024-
			var held = List.of(new HeldLicence(LicenceClass.C1, issued));
			var previous = new TwelvePointRecord(LocalDate.of(2025, 5, 1), LocalDate.of(2026, 4, 30),
					LocalDate.of(2025, 8, 8));
			var before = new TwelvePointRecord(LocalDate.of(2024, 5, 1), LocalDate.of(2025, 4, 30),
					LocalDate.of(2024, 8, 8));
			var refused = assertViolation(() -> rules.checkApplication(student(LicenceClass.A1, held,
					List.of(previous))), LicensingRules.RULE_VOCATIONAL_STUDENT,
					"licensing.application.twelve-points-recorded");
			assertThat(refused.messageArguments()[1]).isEqualTo(2);
			rules.checkApplication(student(LicenceClass.A1, held, List.of(before)));
		}
	}

	@Nested
	class Term {

		static final LocalDate TERM_START = LocalDate.of(2020, 3, 15);

		static final LocalDate VALID_UNTIL = LocalDate.of(2026, 3, 14);

		@Test
		void theTermStartsSixOrTenYearsBeforeTheDayAfterItsLastDay() {
			assertThat(ScoringPeriods.termStart(LicenceTerm.SIX_YEARS, VALID_UNTIL)).isEqualTo(TERM_START);
			assertThat(ScoringPeriods.termStart(LicenceTerm.TEN_YEARS, LocalDate.of(2036, 3, 14)))
				.isEqualTo(LocalDate.of(2026, 3, 15));
			assertThat(LicensingRules.firstLicenceTerms(TERM_START).validUntil()).isEqualTo(VALID_UNTIL);
		}

		@Test
		void aRecordCountsForTheTermWhenReachedFromItsFirstToItsLastDay() {
			var onFirstDay = period(2020, TERM_START);
			var onLastDay = period(2025, VALID_UNTIL);
			var dayBefore = new TwelvePointRecord(LocalDate.of(2019, 3, 15), LocalDate.of(2020, 3, 14),
					TERM_START.minusDays(1));
			var dayAfter = period(2026, VALID_UNTIL.plusDays(1));
			assertThat(ScoringPeriods.reachedInTerm(List.of(dayAfter, onLastDay, dayBefore, onFirstDay), TERM_START,
					VALID_UNTIL)).containsExactly(onFirstDay, onLastDay);
		}

		@Test
		void aRecordedPeriodKeepsTheTermLengthAtRenewal() {
			var recorded = !ScoringPeriods.reachedInTerm(List.of(IN_2024), TERM_START, VALID_UNTIL).isEmpty();
			assertThat(LicenceRenewalRules.nextTerm(LicenceTerm.SIX_YEARS, recorded)).isEqualTo(LicenceTerm.SIX_YEARS);
			var none = !ScoringPeriods.reachedInTerm(List.of(), TERM_START, VALID_UNTIL).isEmpty();
			assertThat(LicenceRenewalRules.nextTerm(LicenceTerm.SIX_YEARS, none)).isEqualTo(LicenceTerm.TEN_YEARS);
		}
	}
}
