package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cheguan.licensing.Violations.assertViolation;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Renewal and restoration of a licence: domain-rules §1.6, numbers from the source, both sides of every limit. */
class LicenceRenewalRulesTests {

	static final LocalDate VALID_UNTIL = LocalDate.of(2031, 2, 28);

	static final LocalDate BORN_1990 = LocalDate.of(1990, 5, 17);

	@Nested
	class Terms {

		@Test
		void sixCleanYearsBecomeTenAndTenCleanYearsBecomeLongTerm() {
			assertThat(LicenceRenewalRules.nextTerm(LicenceTerm.SIX_YEARS, false)).isEqualTo(LicenceTerm.TEN_YEARS);
			assertThat(LicenceRenewalRules.nextTerm(LicenceTerm.TEN_YEARS, false)).isEqualTo(LicenceTerm.LONG_TERM);
		}

		@Test
		void aTermWithATwelvePointPeriodIsRenewedWithTheSameLength() {
			assertThat(LicenceRenewalRules.nextTerm(LicenceTerm.SIX_YEARS, true)).isEqualTo(LicenceTerm.SIX_YEARS);
			assertThat(LicenceRenewalRules.nextTerm(LicenceTerm.TEN_YEARS, true)).isEqualTo(LicenceTerm.TEN_YEARS);
		}

		@Test
		void aRenewedTermRunsOnFromTheOldLastDayWhenRenewedEarlyOrLate() {
			var early = LicenceRenewalRules.renew(LicenceClass.C1, LicenceTerm.SIX_YEARS, VALID_UNTIL, BORN_1990,
					VALID_UNTIL.minusDays(90), false, null);
			var late = LicenceRenewalRules.renew(LicenceClass.C1, LicenceTerm.SIX_YEARS, VALID_UNTIL, BORN_1990,
					VALID_UNTIL.plusDays(200), false, null);

			assertThat(early).isEqualTo(new LicenceRenewal(LicenceClass.C1, LicenceTerm.TEN_YEARS,
					LocalDate.of(2031, 3, 1), LocalDate.of(2041, 2, 28)));
			assertThat(late).isEqualTo(early);
		}

		@Test
		void aLongTermRenewalHasNoLastDay() {
			var renewal = LicenceRenewalRules.renew(LicenceClass.C1, LicenceTerm.TEN_YEARS, VALID_UNTIL, BORN_1990,
					VALID_UNTIL, false, null);

			assertThat(renewal.term()).isEqualTo(LicenceTerm.LONG_TERM);
			assertThat(renewal.validUntil()).isNull();
		}
	}

	@Nested
	class Window {

		@Test
		void ninetyDaysBeforeTheLastDayIsTheFirstDayOfTheWindow() {
			assertViolation(() -> LicenceRenewalRules.renew(LicenceClass.C1, LicenceTerm.SIX_YEARS, VALID_UNTIL,
					BORN_1990, VALID_UNTIL.minusDays(91), false, null), LicenceRenewalRules.RULE_RENEWAL,
					"licensing.renewal.too-early");
			assertThat(LicenceRenewalRules.renew(LicenceClass.C1, LicenceTerm.SIX_YEARS, VALID_UNTIL, BORN_1990,
					VALID_UNTIL.minusDays(90), false, null).term()).isEqualTo(LicenceTerm.TEN_YEARS);
		}

		@Test
		void renewableUntilTheDayBeforeTheFirstAnniversaryOfExpiry() {
			var expiredOn = VALID_UNTIL.plusDays(1);

			assertThat(LicenceRenewalRules.renew(LicenceClass.C1, LicenceTerm.SIX_YEARS, VALID_UNTIL, BORN_1990,
					expiredOn.plusYears(1).minusDays(1), false, null).validFrom()).isEqualTo(expiredOn);
			assertViolation(() -> LicenceRenewalRules.renew(LicenceClass.C1, LicenceTerm.SIX_YEARS, VALID_UNTIL,
					BORN_1990, expiredOn.plusYears(1), false, null), LicenceRenewalRules.RULE_RENEWAL,
					"licensing.renewal.needs-subject-1");
		}

		@Test
		void fromThreeYearsAfterExpiryTheHolderStartsOver() {
			var expiredOn = VALID_UNTIL.plusDays(1);

			assertViolation(() -> LicenceRenewalRules.renew(LicenceClass.C1, LicenceTerm.SIX_YEARS, VALID_UNTIL,
					BORN_1990, expiredOn.plusYears(3), false, null), LicenceRenewalRules.RULE_RENEWAL,
					"licensing.renewal.start-over");
		}
	}

	@Nested
	class Restoration {

		@Test
		void restorableFromOneYearToTheDayBeforeThreeYearsAfterExpiry() {
			var expiredOn = VALID_UNTIL.plusDays(1);

			assertViolation(() -> LicenceRenewalRules.restore(LicenceClass.C1, LicenceTerm.SIX_YEARS, VALID_UNTIL,
					BORN_1990, expiredOn.plusYears(1).minusDays(1), false, null), LicenceRenewalRules.RULE_RENEWAL,
					"licensing.restoration.not-restorable");
			var first = LicenceRenewalRules.restore(LicenceClass.C1, LicenceTerm.SIX_YEARS, VALID_UNTIL, BORN_1990,
					expiredOn.plusYears(1), false, null);
			var last = LicenceRenewalRules.restore(LicenceClass.C1, LicenceTerm.SIX_YEARS, VALID_UNTIL, BORN_1990,
					expiredOn.plusYears(3).minusDays(1), false, null);
			assertViolation(() -> LicenceRenewalRules.restore(LicenceClass.C1, LicenceTerm.SIX_YEARS, VALID_UNTIL,
					BORN_1990, expiredOn.plusYears(3), false, null), LicenceRenewalRules.RULE_RENEWAL,
					"licensing.restoration.not-restorable");

			assertThat(first.validFrom()).isEqualTo(LocalDate.of(2032, 3, 1));
			assertThat(first.validUntil()).isEqualTo(LocalDate.of(2042, 2, 28));
			assertThat(last.validFrom()).isEqualTo(LocalDate.of(2034, 2, 28));
		}
	}

	@Nested
	class Age {

		@ParameterizedTest
		@EnumSource(value = LicenceClass.class, names = { "A1", "A2", "A3", "B1", "B2", "M", "N", "P" })
		void largeClassesAreExchangedForC1From63(LicenceClass held) {
			var on = LocalDate.of(2026, 6, 1);

			assertThat(LicenceRenewalRules.classAtAge(held, 62, on)).isEqualTo(held);
			assertThat(LicenceRenewalRules.classAtAge(held, 63, on)).isEqualTo(LicenceClass.C1);
		}

		@Test
		void before2025TheLargeClassCeilingWas60() {
			assertThat(LicenceRenewalRules.classAtAge(LicenceClass.B2, 59, LocalDate.of(2024, 12, 31)))
				.isEqualTo(LicenceClass.B2);
			assertThat(LicenceRenewalRules.classAtAge(LicenceClass.B2, 60, LocalDate.of(2024, 12, 31)))
				.isEqualTo(LicenceClass.C1);
			assertThat(LicenceRenewalRules.classAtAge(LicenceClass.B2, 60, LocalDate.of(2025, 1, 1)))
				.isEqualTo(LicenceClass.B2);
		}

		@ParameterizedTest
		@EnumSource(value = LicenceClass.class, names = { "D", "E" })
		void motorcyclesBecomeFAt70(LicenceClass held) {
			var on = LocalDate.of(2026, 6, 1);

			assertThat(LicenceRenewalRules.classAtAge(held, 69, on)).isEqualTo(held);
			assertThat(LicenceRenewalRules.classAtAge(held, 70, on)).isEqualTo(LicenceClass.F);
		}

		@ParameterizedTest
		@EnumSource(value = LicenceClass.class, names = { "C3", "C4", "C6" })
		void someClassesEndAt70(LicenceClass held) {
			var on = LocalDate.of(2026, 6, 1);

			assertThat(LicenceRenewalRules.classAtAge(held, 69, on)).isEqualTo(held);
			assertViolation(() -> LicenceRenewalRules.classAtAge(held, 70, on), LicenceRenewalRules.RULE_AGE_EXCHANGE,
					"licensing.renewal.class-ends");
		}

		@ParameterizedTest
		@EnumSource(value = LicenceClass.class, names = { "C1", "C2", "C5", "F" })
		void carClassesAreKeptAtAnyAge(LicenceClass held) {
			assertThat(LicenceRenewalRules.classAtAge(held, 95, LocalDate.of(2026, 6, 1))).isEqualTo(held);
		}

		@Test
		void aRenewalAtTheHoldersSixtyThirdBirthdayExchangesB2ForC1() {
			var born = VALID_UNTIL.minusYears(63);

			assertThat(LicenceRenewalRules.renew(LicenceClass.B2, LicenceTerm.SIX_YEARS, VALID_UNTIL, born,
					VALID_UNTIL.minusDays(1), false, null).licenceClass()).isEqualTo(LicenceClass.B2);
			assertThat(LicenceRenewalRules.renew(LicenceClass.B2, LicenceTerm.SIX_YEARS, VALID_UNTIL, born,
					VALID_UNTIL, false, null).licenceClass()).isEqualTo(LicenceClass.C1);
		}
	}

	@Nested
	class SeniorMedicalCertificate {

		static final LocalDate BORN_1956 = LocalDate.of(1956, 3, 1);

		@Test
		void notAskedBeforeThe70thBirthday() {
			var on = LocalDate.of(2026, 2, 28);

			assertThat(LicenceRenewalRules.renew(LicenceClass.C1, LicenceTerm.SIX_YEARS, on, BORN_1956, on, false,
					null).term()).isEqualTo(LicenceTerm.TEN_YEARS);
		}

		@Test
		void from70ACertificateFromTheLast12MonthsIsNeeded() {
			var on = LocalDate.of(2026, 3, 1);
			var validUntil = on.plusDays(10);

			assertViolation(() -> LicenceRenewalRules.renew(LicenceClass.C1, LicenceTerm.SIX_YEARS, validUntil,
					BORN_1956, on, false, null), LicenceRenewalRules.RULE_SENIOR_MEDICAL,
					"licensing.renewal.medical-certificate");
			assertViolation(() -> LicenceRenewalRules.renew(LicenceClass.C1, LicenceTerm.SIX_YEARS, validUntil,
					BORN_1956, on, false, on.minusYears(1)), LicenceRenewalRules.RULE_SENIOR_MEDICAL,
					"licensing.renewal.medical-certificate");
			assertViolation(() -> LicenceRenewalRules.renew(LicenceClass.C1, LicenceTerm.SIX_YEARS, validUntil,
					BORN_1956, on, false, on.plusDays(1)), LicenceRenewalRules.RULE_SENIOR_MEDICAL,
					"licensing.renewal.medical-certificate");
			assertThat(LicenceRenewalRules.renew(LicenceClass.C1, LicenceTerm.SIX_YEARS, validUntil, BORN_1956, on,
					false, on.minusYears(1).plusDays(1)).term()).isEqualTo(LicenceTerm.TEN_YEARS);
		}
	}

	/** Seeded: whatever the dates, a renewal's term starts the day after the old one ends and lasts its years. */
	@Test
	void renewedTermsAreContiguousWithTheOldOne() {
		var random = new Random(20261129L);
		for (int i = 0; i < 2_000; i++) {
			var validUntil = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(3_000));
			var on = validUntil.minusDays(90).plusDays(random.nextInt(90 + 365));
			var term = random.nextBoolean() ? LicenceTerm.SIX_YEARS : LicenceTerm.TEN_YEARS;
			var twelvePoints = random.nextBoolean();

			var renewal = LicenceRenewalRules.renew(LicenceClass.C1, term, validUntil, BORN_1990, on, twelvePoints,
					null);

			assertThat(renewal.validFrom()).isEqualTo(validUntil.plusDays(1));
			if (renewal.validUntil() != null) {
				assertThat(renewal.validUntil().plusDays(1))
					.isEqualTo(renewal.validFrom().plusYears(renewal.term().years()));
			}
		}
	}
}
