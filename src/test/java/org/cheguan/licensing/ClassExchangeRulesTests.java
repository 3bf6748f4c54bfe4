package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.cheguan.licensing.LicenceClass.*;
import static org.cheguan.licensing.Violations.assertViolation;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cheguan.shared.DomainRuleViolation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The classes that end at 70, shown from the birthday itself (公安部令第162号 第六十五条 as amended by 第172号: from 70
 * C3, C4, C6, D and E may no longer be driven, D and E holders exchange for F; domain-rules §1.6), and the stand-alone
 * exchange for a lower class (降级换证, 降低准驾车型): voluntarily within the classes a licence includes (附件1), C1 or C2
 * for a large class from 63 (60 before 2025), D or E for F from 70. Both sides of 63, 60, 70 (a 29 February birth
 * turning 70 on 1 March of a common year) and of the licence's last valid day.
 */
class ClassExchangeRulesTests {

	/** Born on a leap day: 70 on 2026-03-01, as {@code ResidentIdNumber.ageOn} counts (one year older on 1 March). */
	static final LocalDate LEAP_BORN = LocalDate.of(1956, 2, 29);

	static final LocalDate LEAP_TURNS_70 = LocalDate.of(2026, 3, 1);

	static final LocalDate BORN = LocalDate.of(1956, 7, 15);

	static final LocalDate TURNS_70 = LocalDate.of(2026, 7, 15);

	@Nested
	class SeventyShownFromTheBirthday {

		@Test
		void aLeapDayBirthTurns70OnTheFirstOfMarchInACommonYear() {
			assertThat(LicenceRenewalRules.seventiethBirthday(LEAP_BORN)).isEqualTo(LEAP_TURNS_70);
			assertThat(LicenceRenewalRules.seventiethBirthday(BORN)).isEqualTo(TURNS_70);
			// 70 years after a leap year is never one: a leap-day birth always turns 70 on 1 March
			assertThat(LicenceRenewalRules.seventiethBirthday(LocalDate.of(1952, 2, 29))).isEqualTo(LocalDate.of(2022, 3, 1));
			// the annual medical certificate starts the same day
			assertThat(LicensingRules.annualMedicalCertificateRequired(LEAP_BORN, LEAP_TURNS_70.minusDays(1))).isFalse();
			assertThat(LicensingRules.annualMedicalCertificateRequired(LEAP_BORN, LEAP_TURNS_70)).isTrue();
		}

		@Test
		void dAndEHoldersMayDriveOnlyFFromTheBirthday() {
			var dayBefore = LEAP_TURNS_70.minusDays(1);
			assertThat(LicenceRenewalRules.permittedClassesOn(D, LEAP_BORN, dayBefore, null)).containsExactly(D, E, F);
			assertThat(LicenceRenewalRules.permittedClassesOn(E, LEAP_BORN, dayBefore, null)).containsExactly(E, F);
			assertThat(LicenceRenewalRules.seniorClassStanding(D, LEAP_BORN, dayBefore))
				.isEqualTo(SeniorClassStanding.BEFORE_70);

			assertThat(LicenceRenewalRules.permittedClassesOn(D, LEAP_BORN, LEAP_TURNS_70, null)).containsExactly(F);
			assertThat(LicenceRenewalRules.permittedClassesOn(E, LEAP_BORN, LEAP_TURNS_70, null)).containsExactly(F);
			assertThat(LicenceRenewalRules.seniorClassStanding(D, LEAP_BORN, LEAP_TURNS_70))
				.isEqualTo(SeniorClassStanding.EXCHANGE_FOR_F);
			assertThat(LicenceRenewalRules.seniorClassStanding(E, LEAP_BORN, LEAP_TURNS_70))
				.isEqualTo(SeniorClassStanding.EXCHANGE_FOR_F);
			assertThat(LicenceRenewalRules.classesEndingAt70(D)).containsExactly(D, E);
		}

		@Test
		void c3C4AndC6MayNoLongerBeDrivenFromTheBirthday() {
			for (var held : EnumSet.of(C3, C4, C6)) {
				assertThat(LicenceRenewalRules.permittedClassesOn(held, BORN, TURNS_70.minusDays(1), null)).as(held.name())
					.isEqualTo(held.permittedClasses());
				assertThat(LicenceRenewalRules.seniorClassStanding(held, BORN, TURNS_70.minusDays(1))).as(held.name())
					.isEqualTo(SeniorClassStanding.BEFORE_70);
				assertThat(LicenceRenewalRules.permittedClassesOn(held, BORN, TURNS_70, null)).as(held.name()).isEmpty();
				assertThat(LicenceRenewalRules.seniorClassStanding(held, BORN, TURNS_70)).as(held.name())
					.isEqualTo(SeniorClassStanding.CLASS_ENDS);
			}
			assertThat(LicenceRenewalRules.permittedClassesOn(C3, LEAP_BORN, LEAP_TURNS_70.minusDays(1), null))
				.containsExactly(C3, C4);
			assertThat(LicenceRenewalRules.permittedClassesOn(C3, LEAP_BORN, LEAP_TURNS_70, null)).isEmpty();
		}

		@Test
		void aC1HolderKeepsC1AndC2AndLosesTheC3AndC4ItIncludes() {
			assertThat(LicenceRenewalRules.permittedClassesOn(C1, LEAP_BORN, LEAP_TURNS_70.minusDays(1), null))
				.containsExactly(C1, C2, C3, C4);
			assertThat(LicenceRenewalRules.permittedClassesOn(C1, LEAP_BORN, LEAP_TURNS_70, null)).containsExactly(C1, C2);
			assertThat(LicenceRenewalRules.seniorClassStanding(C1, LEAP_BORN, LEAP_TURNS_70.minusDays(1)))
				.isEqualTo(SeniorClassStanding.BEFORE_70);
			assertThat(LicenceRenewalRules.seniorClassStanding(C1, LEAP_BORN, LEAP_TURNS_70))
				.isEqualTo(SeniorClassStanding.INCLUDED_CLASSES_END);
			assertThat(LicenceRenewalRules.classesEndingAt70(C1)).containsExactly(C3, C4);
			// an A1 holder of 70 without an extension: what C1 permits, less C3 and C4
			assertThat(LicenceRenewalRules.permittedClassesOn(A1, BORN, TURNS_70, null)).containsExactly(C1, C2);
		}

		@Test
		void classesWithoutAnyOfTheFiveAreNotAffectedOnEitherSide() {
			for (var held : EnumSet.of(C2, C5, F)) {
				for (var on : new LocalDate[] { TURNS_70.minusDays(1), TURNS_70 }) {
					assertThat(LicenceRenewalRules.permittedClassesOn(held, BORN, on, null)).as(held + " " + on)
						.containsExactly(held);
					assertThat(LicenceRenewalRules.seniorClassStanding(held, BORN, on)).as(held + " " + on)
						.isEqualTo(SeniorClassStanding.NOT_AFFECTED);
				}
			}
		}

		@Test
		void theRenewalStillExchangesAsBefore() {
			// renewal at 70 is unchanged: D becomes F, C3 is refused (class-ends)
			assertThat(LicenceRenewalRules.classAtAge(D, 70, LEAP_TURNS_70)).isEqualTo(F);
			assertThat(LicenceRenewalRules.classAtAge(D, 69, LEAP_TURNS_70.minusDays(1))).isEqualTo(D);
			assertViolation(() -> LicenceRenewalRules.classAtAge(C3, 70, TURNS_70), LicenceRenewalRules.RULE_AGE_EXCHANGE,
					"licensing.renewal.class-ends");
			assertThat(LicenceRenewalRules.classAtAge(C1, 70, TURNS_70)).isEqualTo(C1);
		}
	}

	@Nested
	class StandAloneExchange {

		final LocalDate born40 = LocalDate.of(1986, 5, 17);

		final LocalDate on = LocalDate.of(2026, 6, 1);

		LicenceClass exchange(LicenceClass held, LicenceClass to, LocalDate birthDate, LocalDate day) {
			return LicenceRenewalRules.exchange(held, to, birthDate, day, null, null);
		}

		@Test
		void aHolderMayTakeAnyClassTheLicenceIncludesVoluntarily() {
			assertThat(exchange(A1, B2, born40, on)).isEqualTo(B2);
			assertThat(exchange(A1, C1, born40, on)).isEqualTo(C1);
			assertThat(exchange(B2, M, born40, on)).isEqualTo(M);
			assertThat(exchange(C1, C2, born40, on)).isEqualTo(C2);
			assertThat(exchange(C3, C4, born40, on)).isEqualTo(C4);
			assertThat(exchange(D, E, born40, on)).isEqualTo(E);
			assertThat(LicenceRenewalRules.exchangeTargets(A1, born40, on, null))
				.containsExactly(A3, B1, B2, C1, C2, C3, C4, M);
			assertThat(LicenceRenewalRules.exchangeTargets(C2, born40, on, null)).isEmpty();
		}

		@Test
		void theSameClassOrAClassNotIncludedIsRefused() {
			var same = assertViolation(() -> exchange(C1, C1, born40, on), LicenceRenewalRules.RULE_CLASS_EXCHANGE,
					"licensing.exchange.same-class");
			assertThat(same.messageArguments()).containsExactly("C1");
			var higher = assertViolation(() -> exchange(C1, A1, born40, on), LicenceClass.RULE_CLASS_INCLUSION,
					"licensing.exchange.not-lower");
			assertThat(higher.messageArguments()).containsExactly("A1", "C1");
			// C2 does not include C1; B2 does not include B1; C6 includes nothing
			assertViolation(() -> exchange(C2, C1, born40, on), LicenceClass.RULE_CLASS_INCLUSION,
					"licensing.exchange.not-lower");
			assertViolation(() -> exchange(B2, B1, born40, on), LicenceClass.RULE_CLASS_INCLUSION,
					"licensing.exchange.not-lower");
			assertViolation(() -> exchange(C6, C1, born40, on), LicenceClass.RULE_CLASS_INCLUSION,
					"licensing.exchange.not-lower");
			// N and P include no car class: C1 only once the 63 rule takes them away
			assertViolation(() -> exchange(N, C1, born40, on), LicenceClass.RULE_CLASS_INCLUSION,
					"licensing.exchange.not-lower");
		}

		@Test
		void from63ALargeClassGoesForC1OrC2AndNoOtherLargeClass() {
			var born = LocalDate.of(1963, 6, 20);
			var turns63 = LocalDate.of(2026, 6, 20);
			// the day before: M (large) is still a lower class B2 includes
			assertThat(exchange(B2, M, born, turns63.minusDays(1))).isEqualTo(M);
			assertThat(LicenceRenewalRules.exchangeTargets(B2, born, turns63.minusDays(1), null))
				.containsExactly(C1, C2, C3, C4, M);
			// the birthday: M is no longer drivable; C1, C2 (and what they include) are
			var refused = assertViolation(() -> exchange(B2, M, born, turns63), LicenceRenewalRules.RULE_AGE_EXCHANGE,
					"licensing.exchange.not-at-this-age");
			assertThat(refused.messageArguments()).containsExactly("M", 63);
			assertViolation(() -> exchange(A1, B2, born, turns63), LicenceRenewalRules.RULE_AGE_EXCHANGE,
					"licensing.exchange.not-at-this-age");
			assertThat(exchange(B2, C1, born, turns63)).isEqualTo(C1);
			assertThat(LicenceRenewalRules.exchangeTargets(B2, born, turns63, null)).containsExactly(C1, C2, C3, C4);
			// N, P and M have no car class of their own: C1 or C2 once 63
			assertThat(exchange(N, C1, born, turns63)).isEqualTo(C1);
			assertThat(exchange(P, C2, born, turns63)).isEqualTo(C2);
			assertThat(LicenceRenewalRules.exchangeTargets(N, born, turns63.minusDays(1), null)).isEmpty();
			assertThat(LicenceRenewalRules.exchangeTargets(N, born, turns63, null)).containsExactly(C1, C2);
		}

		@Test
		void before2025TheLargeClassCeilingIs60() {
			var born = LocalDate.of(1964, 3, 1);
			var turns60 = LocalDate.of(2024, 3, 1);
			assertThat(exchange(B2, M, born, turns60.minusDays(1))).isEqualTo(M);
			var refused = assertViolation(() -> exchange(B2, M, born, turns60), LicenceRenewalRules.RULE_AGE_EXCHANGE,
					"licensing.exchange.not-at-this-age");
			assertThat(refused.messageArguments()).containsExactly("M", 60);
			assertThat(exchange(M, C1, born, turns60)).isEqualTo(C1);
		}

		@Test
		void aRunningExtensionKeepsTheLargeClassesOpen() {
			var born = LocalDate.of(1963, 6, 20);
			var through = LocalDate.of(2029, 6, 19); // the day before the 66th birthday
			assertThat(LicenceRenewalRules.exchange(A1, B2, born, through, null, through)).isEqualTo(B2);
			assertViolation(() -> LicenceRenewalRules.exchange(A1, B2, born, through.plusDays(1), null, through),
					LicenceRenewalRules.RULE_AGE_EXCHANGE, "licensing.exchange.not-at-this-age");
		}

		@Test
		void from70DAndEGoForFAndC3C4C6HaveNothingLeft() {
			var dayBefore = LEAP_TURNS_70.minusDays(1);
			assertThat(exchange(D, E, LEAP_BORN, dayBefore)).isEqualTo(E);
			var refused = assertViolation(() -> exchange(D, E, LEAP_BORN, LEAP_TURNS_70),
					LicenceRenewalRules.RULE_AGE_EXCHANGE, "licensing.exchange.not-at-this-age");
			assertThat(refused.messageArguments()).containsExactly("E", 70);
			assertThat(exchange(D, F, LEAP_BORN, LEAP_TURNS_70)).isEqualTo(F);
			assertThat(exchange(E, F, LEAP_BORN, LEAP_TURNS_70)).isEqualTo(F);
			assertThat(LicenceRenewalRules.exchangeTargets(D, LEAP_BORN, dayBefore, null)).containsExactly(E, F);
			assertThat(LicenceRenewalRules.exchangeTargets(D, LEAP_BORN, LEAP_TURNS_70, null)).containsExactly(F);

			assertThat(exchange(C3, C4, BORN, TURNS_70.minusDays(1))).isEqualTo(C4);
			assertViolation(() -> exchange(C3, C4, BORN, TURNS_70), LicenceRenewalRules.RULE_AGE_EXCHANGE,
					"licensing.exchange.not-at-this-age");
			for (var held : EnumSet.of(C3, C4, C6)) {
				assertThat(LicenceRenewalRules.exchangeTargets(held, BORN, TURNS_70, null)).as(held.name()).isEmpty();
			}
			// C1 keeps C2 as a lower class, not C3 or C4
			assertThat(LicenceRenewalRules.exchangeTargets(C1, BORN, TURNS_70.minusDays(1), null))
				.containsExactly(C2, C3, C4);
			assertThat(LicenceRenewalRules.exchangeTargets(C1, BORN, TURNS_70, null)).containsExactly(C2);
			assertViolation(() -> exchange(C1, C3, BORN, TURNS_70), LicenceRenewalRules.RULE_AGE_EXCHANGE,
					"licensing.exchange.not-at-this-age");
		}

		@Test
		void anExpiredLicenceIsRenewedOrRestoredFirst() {
			var validUntil = LocalDate.of(2026, 6, 1);
			assertThat(LicenceRenewalRules.exchange(C1, C2, born40, validUntil, validUntil, null)).isEqualTo(C2);
			var refused = assertViolation(
					() -> LicenceRenewalRules.exchange(C1, C2, born40, validUntil.plusDays(1), validUntil, null),
					LicenceRenewalRules.RULE_CLASS_EXCHANGE, "licensing.exchange.expired");
			assertThat(refused.messageArguments()).containsExactly(validUntil);
		}

		@Test
		void everyOfferedTargetIsAcceptedEveryOtherRefusedAndNoneWidensWhatTheHolderMayDrive() {
			var random = new Random(20261129L);
			for (int i = 0; i < 2_000; i++) {
				var held = LicenceClass.values()[random.nextInt(LicenceClass.values().length)];
				var birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 50));
				var day = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(365 * 6));
				if (day.isBefore(birth.plusYears(18))) {
					continue;
				}
				var targets = LicenceRenewalRules.exchangeTargets(held, birth, day, null);
				var before = LicenceRenewalRules.permittedClassesOn(held, birth, day, null);
				for (var to : LicenceClass.values()) {
					var label = held + "→" + to + " born " + birth + " on " + day;
					if (targets.contains(to)) {
						assertThat(LicenceRenewalRules.exchange(held, to, birth, day, null, null)).as(label).isEqualTo(to);
						var after = LicenceRenewalRules.permittedClassesOn(to, birth, day, null);
						var bound = EnumSet.copyOf(C1.permittedClasses());
						bound.addAll(before);
						assertThat(bound).as(label).containsAll(after);
					}
					else {
						assertThat(catchThrowable(() -> LicenceRenewalRules.exchange(held, to, birth, day, null, null)))
							.as(label).isInstanceOf(DomainRuleViolation.class);
					}
				}
			}
		}
	}

	static Stream<Arguments> failures() {
		var born = LocalDate.of(1963, 6, 20);
		var on = LocalDate.of(2026, 6, 20);
		return Stream.of(
				Arguments.of("licensing.exchange.same-class",
						(ThrowingCallable) () -> LicenceRenewalRules.exchange(C1, C1, born, on, null, null)),
				Arguments.of("licensing.exchange.not-lower",
						(ThrowingCallable) () -> LicenceRenewalRules.exchange(C1, A1, born, on, null, null)),
				Arguments.of("licensing.exchange.not-at-this-age",
						(ThrowingCallable) () -> LicenceRenewalRules.exchange(B2, M, born, on, null, null)),
				Arguments.of("licensing.exchange.expired", (ThrowingCallable) () -> LicenceRenewalRules.exchange(B2, C1,
						born, on, on.minusDays(1), null)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("failures")
	void everyRefusalHasAChineseAndAnEnglishText(String key, ThrowingCallable call) {
		var thrown = (DomainRuleViolation) catchThrowable(call);

		assertThat(thrown.messageKey()).isEqualTo(key);
		var chinese = new MessageFormat(LicensingMessagesTests.CHINESE.getProperty(key), Locale.SIMPLIFIED_CHINESE)
			.format(thrown.messageArguments());
		var english = new MessageFormat(LicensingMessagesTests.ENGLISH.getProperty(key), Locale.ENGLISH)
			.format(thrown.messageArguments());
		assertThat(chinese).doesNotContain("{").matches("(?s).*\\p{IsHan}.*");
		assertThat(english).doesNotContain("{").doesNotContain("''").doesNotMatch("(?s).*\\p{IsHan}.*");
	}
}
