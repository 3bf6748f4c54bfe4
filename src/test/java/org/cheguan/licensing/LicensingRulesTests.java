package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.cheguan.licensing.LicenceClass.*;
import static org.cheguan.licensing.Subject.*;
import static org.cheguan.licensing.Violations.assertViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The licensing rules of 公安部令第162号 as amended by 第172号 (domain-rules.md §1), with the test vectors V8–V11. */
class LicensingRulesTests {

	static final LicensingRules RULES = new LicensingRules(LicensingPolicy.defaults());

	static NewApplicationFacts first(LicenceClass licenceClass, LocalDate birthDate, LocalDate on) {
		return new NewApplicationFacts(licenceClass, birthDate, on, List.of(), false);
	}

	/** A held licence that satisfies the 增驾 condition of every increase-only class, or none for the others. */
	static List<HeldLicence> qualifyingHeld(LicenceClass licenceClass, LocalDate on) {
		return switch (licenceClass) {
			case A1, A2 -> List.of(new HeldLicence(B2, on.minusYears(5)));
			case B1, C6 -> List.of(new HeldLicence(C1, on.minusYears(5)));
			default -> List.of();
		};
	}

	@Nested
	class TestVectors {

		@Test
		void v8RefusesC1ApplicantTheDayBeforeTheir18thBirthdayAndAllowsOnIt() {
			var born = LocalDate.of(2007, 6, 15);

			var refused = assertViolation(() -> RULES.checkApplication(first(C1, born, LocalDate.of(2025, 6, 14))),
					"MPS-172-art-14", "licensing.age.below-minimum");
			assertThat(refused.messageArguments()).containsExactly("C1", 18, 17);
			assertThatCode(() -> RULES.checkApplication(first(C1, born, LocalDate.of(2025, 6, 15))))
				.doesNotThrowAnyException();
		}

		@Test
		void v9AllowsA75YearOldC1ApplicantWithThreeAbilityTests() {
			var born = LocalDate.of(1950, 3, 1);
			var on = LocalDate.of(2025, 6, 1);

			assertThatCode(() -> RULES.checkApplication(first(C1, born, on))).doesNotThrowAnyException();
			assertThat(RULES.threeAbilityTestsRequired(C1, born, on)).isTrue();
		}

		@Test
		void v10RefusesA1AsAFirstApplication() {
			var violation = assertViolation(
					() -> RULES.checkApplication(first(A1, LocalDate.of(1990, 1, 1), LocalDate.of(2025, 6, 1))),
					"MPS-162-art-16", "licensing.application.increase-only");
			assertThat(violation.messageArguments()).containsExactly("A1");
		}

		@Test
		void v11C1PermitIssuedOn1March2025() {
			var issued = LocalDate.of(2025, 3, 1);

			assertThat(RULES.earliestBooking(SUBJECT_2, C1, issued, false)).isEqualTo("2025-03-11");
			assertThat(RULES.earliestBooking(SUBJECT_3, C1, issued, false)).isEqualTo("2025-03-31");
			assertThat(RULES.permitValidThrough(issued, C1, LocalDate.of(2000, 1, 1))).isEqualTo("2028-02-29");
		}
	}

	@Nested
	class AgeLimits {

		static Stream<Arguments> limits() {
			return Stream.of(
					// class, minimum, ceiling until 2024-12-31, ceiling from 2025-01-01 (0 = none)
					Arguments.of(C1, 18, 0, 0), Arguments.of(C2, 18, 0, 0), Arguments.of(C5, 18, 0, 0),
					Arguments.of(F, 18, 0, 0), Arguments.of(D, 18, 60, 70), Arguments.of(E, 18, 60, 70),
					Arguments.of(C6, 20, 60, 70), Arguments.of(C3, 18, 60, 63), Arguments.of(C4, 18, 60, 63),
					Arguments.of(M, 18, 60, 63), Arguments.of(A3, 20, 60, 63), Arguments.of(B1, 20, 60, 63),
					Arguments.of(B2, 20, 60, 63), Arguments.of(N, 20, 60, 63), Arguments.of(P, 20, 60, 63),
					Arguments.of(A1, 22, 60, 63), Arguments.of(A2, 22, 60, 63));
		}

		@ParameterizedTest(name = "{0}: ≥{1}, under {2} until 2024, under {3} from 2025")
		@MethodSource("limits")
		void tableOfArticle14InBothRegimes(LicenceClass licenceClass, int minimum, int ceiling2022, int ceiling2025) {
			var until = RULES.ageLimit(licenceClass, LocalDate.of(2024, 12, 31));
			var from = RULES.ageLimit(licenceClass, LocalDate.of(2025, 1, 1));

			assertThat(until).isEqualTo(new AgeLimit(minimum, ceiling2022 == 0 ? null : ceiling2022, "MPS-162-art-14"));
			assertThat(from).isEqualTo(new AgeLimit(minimum, ceiling2025 == 0 ? null : ceiling2025, "MPS-172-art-14"));
		}

		static Stream<Arguments> classesInBothRegimes() {
			var arguments = new ArrayList<Arguments>();
			for (LicenceClass licenceClass : LicenceClass.values()) {
				arguments.add(Arguments.of(licenceClass, LocalDate.of(2024, 6, 15)));
				arguments.add(Arguments.of(licenceClass, LocalDate.of(2025, 6, 15)));
			}
			return arguments.stream();
		}

		@ParameterizedTest(name = "{0} on {1}")
		@MethodSource("classesInBothRegimes")
		void refusesTheDayBeforeTheMinimumAgeAndAllowsOnTheBirthday(LicenceClass licenceClass, LocalDate on) {
			int minimum = RULES.ageLimit(licenceClass, on).minimumAge();
			var held = qualifyingHeld(licenceClass, on);
			var birthday = on.minusYears(minimum);

			assertViolation(() -> RULES.checkApplication(
					new NewApplicationFacts(licenceClass, birthday.plusDays(1), on, held, false)),
					RULES.ageLimit(licenceClass, on).rule(), "licensing.age.below-minimum");
			assertThatCode(() -> RULES
				.checkApplication(new NewApplicationFacts(licenceClass, birthday, on, held, false)))
				.doesNotThrowAnyException();
		}

		@ParameterizedTest(name = "{0} on {1}")
		@MethodSource("classesInBothRegimes")
		void allowsTheDayBeforeTheCeilingBirthdayAndRefusesOnIt(LicenceClass licenceClass, LocalDate on) {
			var limit = RULES.ageLimit(licenceClass, on);
			var held = qualifyingHeld(licenceClass, on);
			if (limit.ceilingAge() == null) {
				assertThatCode(() -> RULES.checkApplication(
						new NewApplicationFacts(licenceClass, on.minusYears(100), on, held, false)))
					.doesNotThrowAnyException();
				return;
			}
			var ceilingBirthday = on.minusYears(limit.ceilingAge());

			assertViolation(() -> RULES.checkApplication(
					new NewApplicationFacts(licenceClass, ceilingBirthday, on, held, false)), limit.rule(),
					"licensing.age.ceiling-reached");
			assertThatCode(() -> RULES.checkApplication(
					new NewApplicationFacts(licenceClass, ceilingBirthday.plusDays(1), on, held, false)))
				.doesNotThrowAnyException();
		}

		@Test
		void refusesA61YearOldB2ApplicantOn31December2024AndAllowsOn1January2025() {
			var born = LocalDate.of(1963, 6, 1);

			var refused = assertViolation(() -> RULES.checkApplication(first(B2, born, LocalDate.of(2024, 12, 31))),
					"MPS-162-art-14", "licensing.age.ceiling-reached");
			assertThat(refused.messageArguments()).containsExactly("B2", 60, 61);
			assertThatCode(() -> RULES.checkApplication(first(B2, born, LocalDate.of(2025, 1, 1))))
				.doesNotThrowAnyException();
		}

		@Test
		void refusesA65YearOldMotorcyclistOn31December2024AndAllowsOn1January2025() {
			var born = LocalDate.of(1959, 6, 1);

			assertViolation(() -> RULES.checkApplication(first(E, born, LocalDate.of(2024, 12, 31))), "MPS-162-art-14",
					"licensing.age.ceiling-reached");
			assertThatCode(() -> RULES.checkApplication(first(E, born, LocalDate.of(2025, 1, 1))))
				.doesNotThrowAnyException();
		}

		@Test
		void inclusiveCeilingPolicyAllowsTheCeilingAgeItselfAndRefusesTheNextBirthday() {
			var inclusive = new LicensingRules(new LicensingPolicy(true, true));
			var on = LocalDate.of(2025, 6, 15);

			assertThatCode(() -> inclusive.checkApplication(first(B2, on.minusYears(63), on)))
				.doesNotThrowAnyException();
			assertViolation(() -> inclusive.checkApplication(first(B2, on.minusYears(64), on)), "MPS-172-art-14",
					"licensing.age.ceiling-reached");
			assertThatCode(() -> inclusive.checkApplication(first(B2, on.minusYears(64).plusDays(1), on)))
				.doesNotThrowAnyException();
		}

		@Test
		void someoneBornOn29FebruaryTurns18On1MarchInACommonYear() {
			var born = LocalDate.of(2008, 2, 29);

			assertViolation(() -> RULES.checkApplication(first(C1, born, LocalDate.of(2026, 2, 28))), "MPS-172-art-14",
					"licensing.age.below-minimum");
			assertThatCode(() -> RULES.checkApplication(first(C1, born, LocalDate.of(2026, 3, 1))))
				.doesNotThrowAnyException();
		}
	}

	@Nested
	class AddedClasses {

		static final LocalDate ON = LocalDate.of(2025, 6, 15);

		static final LocalDate BORN = LocalDate.of(1985, 1, 1);

		static NewApplicationFacts adding(LicenceClass wanted, LicenceClass held, LocalDate heldSince) {
			return new NewApplicationFacts(wanted, BORN, ON, List.of(new HeldLicence(held, heldSince)), false);
		}

		@ParameterizedTest(name = "{0} needs {1} held {2} year(s)")
		@CsvSource({ "C6, C1, 1", "C6, C2, 1", "B1, A3, 2", "B1, B2, 2", "B1, C1, 2", "B1, C2, 2", "B1, C3, 2",
				"B1, C4, 2", "A2, B1, 2", "A2, B2, 2", "A2, A1, 1", "A1, A3, 2", "A1, B1, 2", "A1, B2, 3", "A1, A2, 1" })
		void addsAClassOnTheAnniversaryOfThePrerequisiteAndNotTheDayBefore(LicenceClass wanted, LicenceClass held,
				int years) {
			assertThatCode(() -> RULES.checkApplication(adding(wanted, held, ON.minusYears(years))))
				.doesNotThrowAnyException();
			assertViolation(() -> RULES.checkApplication(adding(wanted, held, ON.minusYears(years).plusDays(1))),
					"MPS-162-art-17", "licensing.application.prerequisite-missing");
		}

		@ParameterizedTest(name = "{0} needs {2} clean scoring periods (held {1})")
		@CsvSource({ "C6, C1, 2", "B1, B2, 2", "A2, B2, 2", "A1, B2, 3", "D, C1, 2" })
		void addsAClassOnlyWithoutA12PointRecordInTheLatestScoringPeriods(LicenceClass wanted, LicenceClass held,
				int required) {
			var facts = adding(wanted, held, ON.minusYears(10));
			var declaredClean = new NewApplicationFacts(wanted, BORN, ON, facts.held(), false, required);
			var oneShort = new NewApplicationFacts(wanted, BORN, ON, facts.held(), false, required - 1);

			assertThatCode(() -> RULES.checkApplication(declaredClean)).doesNotThrowAnyException();
			var violation = assertViolation(() -> RULES.checkApplication(oneShort), "MPS-162-art-17",
					"licensing.application.twelve-points");
			assertThat(violation.messageArguments()).containsExactly(wanted.name(), required);
			// not declared: not checked
			assertThatCode(() -> RULES.checkApplication(facts)).doesNotThrowAnyException();
		}

		@Test
		void aFirstApplicationIgnoresScoringPeriods() {
			assertThatCode(() -> RULES.checkApplication(new NewApplicationFacts(C1, BORN, ON, List.of(), false, 0)))
				.doesNotThrowAnyException();
		}

		@ParameterizedTest(name = "{0} is not reached from {1}")
		@CsvSource({ "C6, E", "C6, C3", "B1, D", "A2, C1", "A2, A3", "A1, C1", "A1, C6" })
		void refusesAnAddedClassWhoseListedPrerequisiteIsNotHeld(LicenceClass wanted, LicenceClass held) {
			assertViolation(() -> RULES.checkApplication(adding(wanted, held, ON.minusYears(10))), "MPS-162-art-17",
					"licensing.application.prerequisite-missing");
		}

		@Test
		void refusesAClassAlreadyHeld() {
			var violation = assertViolation(() -> RULES.checkApplication(adding(C1, C1, ON.minusYears(3))),
					"MPS-162-art-17", "licensing.application.class-already-held");
			assertThat(violation.messageArguments()).containsExactly("C1");
		}

		@Test
		void addsAFirstApplicationClassToAnyLicenceWithoutAWait() {
			assertThatCode(() -> RULES.checkApplication(adding(B2, E, ON.minusDays(1)))).doesNotThrowAnyException();
		}

		@Test
		void militaryExchangeOfAnIncreaseOnlyClassNeedsNoCivilLicence() {
			assertThatCode(() -> RULES.checkApplication(new NewApplicationFacts(A1, BORN, ON, List.of(), true)))
				.doesNotThrowAnyException();
		}

		@Test
		void militaryExchangeStillChecksTheAge() {
			assertViolation(() -> RULES
				.checkApplication(new NewApplicationFacts(A1, ON.minusYears(63), ON, List.of(), true)), "MPS-172-art-14",
					"licensing.age.ceiling-reached");
		}
	}

	@Nested
	class ThreeAbilityTests {

		@ParameterizedTest
		@EnumSource(names = { "C1", "C2", "C5", "F" })
		void requiredFromThe70thBirthdayForUncappedClasses(LicenceClass licenceClass) {
			var on = LocalDate.of(2025, 6, 15);

			assertThat(RULES.threeAbilityTestsRequired(licenceClass, on.minusYears(70).plusDays(1), on)).isFalse();
			assertThat(RULES.threeAbilityTestsRequired(licenceClass, on.minusYears(70), on)).isTrue();
		}

		@ParameterizedTest
		@EnumSource(names = { "C1", "C2", "C5", "F" }, mode = EnumSource.Mode.EXCLUDE)
		void notRequiredForOtherClasses(LicenceClass licenceClass) {
			var on = LocalDate.of(2025, 6, 15);

			assertThat(RULES.threeAbilityTestsRequired(licenceClass, on.minusYears(75), on)).isFalse();
		}
	}

	@Nested
	class RequiredSubjects {

		static final LocalDate ON = LocalDate.of(2025, 6, 15);

		@ParameterizedTest
		@EnumSource(LicenceClass.class)
		void normalApplicationsTakeAllFourSubjects(LicenceClass licenceClass) {
			assertThat(RULES.requiredSubjects(licenceClass, false, false, ON)).containsExactly(SUBJECT_1, SUBJECT_2,
					SUBJECT_3, SUBJECT_4);
		}

		@ParameterizedTest
		@EnumSource(names = { "C1", "C2", "C3", "C4", "C5", "C6" })
		void militaryExchangeOfCClassesNeedsNoExam(LicenceClass licenceClass) {
			assertThat(RULES.requiredSubjects(licenceClass, true, false, ON)).isEmpty();
		}

		@ParameterizedTest
		@EnumSource(names = { "A1", "A2", "A3", "B1" })
		void militaryExchangeOfLargeClassesSkipsSubject2(LicenceClass licenceClass) {
			assertThat(RULES.requiredSubjects(licenceClass, true, true, ON)).containsExactly(SUBJECT_1, SUBJECT_3,
					SUBJECT_4);
		}

		@Test
		void militaryExchangeOfB2NeedsOnlySubject1From7April2023WithAConfirmedServiceRecord() {
			assertThat(RULES.requiredSubjects(B2, true, true, LocalDate.of(2023, 4, 7))).containsExactly(SUBJECT_1);
			assertThat(RULES.requiredSubjects(B2, true, true, LocalDate.of(2023, 4, 6))).containsExactly(SUBJECT_1,
					SUBJECT_3, SUBJECT_4);
			assertThat(RULES.requiredSubjects(B2, true, false, ON)).containsExactly(SUBJECT_1, SUBJECT_3, SUBJECT_4);
		}
	}

	@Nested
	class Waits {

		static Stream<Arguments> waits() {
			return Stream.of(
					// class, Subject 2 days, Subject 3 days, Subject 3 days when holding an automobile licence
					Arguments.of(C1, 10, 30, 30), Arguments.of(C2, 10, 20, 20), Arguments.of(C3, 10, 20, 20),
					Arguments.of(C4, 10, 20, 20), Arguments.of(C5, 10, 20, 20), Arguments.of(M, 10, 30, 30),
					Arguments.of(N, 10, 30, 30), Arguments.of(P, 10, 30, 30), Arguments.of(D, 10, 20, 20),
					Arguments.of(E, 10, 20, 20), Arguments.of(F, 10, 20, 20), Arguments.of(A1, 20, 40, 30),
					Arguments.of(A2, 20, 40, 30), Arguments.of(A3, 20, 40, 30), Arguments.of(B1, 20, 40, 30),
					Arguments.of(B2, 20, 40, 30), Arguments.of(C6, 20, 40, 30));
		}

		@ParameterizedTest(name = "{0}: Subject 2 +{1}, Subject 3 +{2} (+{3} when holding an automobile licence)")
		@MethodSource("waits")
		void earliestBookingAfterThePermit(LicenceClass licenceClass, int subject2, int subject3, int subject3Holding) {
			var issued = LocalDate.of(2025, 3, 1);

			assertThat(RULES.earliestBooking(SUBJECT_2, licenceClass, issued, false)).isEqualTo(issued.plusDays(subject2));
			assertThat(RULES.earliestBooking(SUBJECT_3, licenceClass, issued, false)).isEqualTo(issued.plusDays(subject3));
			assertThat(RULES.earliestBooking(SUBJECT_3, licenceClass, issued, true))
				.isEqualTo(issued.plusDays(subject3Holding));
			assertThat(RULES.earliestBooking(SUBJECT_1, licenceClass, issued, false)).isEqualTo(issued);
			assertThat(RULES.earliestBooking(SUBJECT_4, licenceClass, issued, false)).isEqualTo(issued);
		}

		@Test
		void exclusiveWaitPolicyAddsOneDay() {
			var exclusive = new LicensingRules(new LicensingPolicy(false, false));
			var issued = LocalDate.of(2025, 3, 1);

			assertThat(exclusive.earliestBooking(SUBJECT_2, C1, issued, false)).isEqualTo("2025-03-12");
			assertThat(exclusive.earliestBooking(SUBJECT_3, C1, issued, false)).isEqualTo("2025-04-01");
			assertThat(exclusive.earliestBooking(SUBJECT_1, C1, issued, false)).isEqualTo(issued);
		}
	}

	@Nested
	class PermitValidity {

		@Test
		void endsTheDayBeforeTheThirdAnniversary() {
			assertThat(RULES.permitValidThrough(LocalDate.of(2025, 6, 15), B2, LocalDate.of(1990, 1, 1)))
				.isEqualTo("2028-06-14");
		}

		@Test
		void endsTheDayBeforeTheCeilingBirthdayWhenThatComesFirst() {
			var born = LocalDate.of(1963, 8, 20); // 63 on 2026-08-20; B2 ceiling 63 from 2025

			assertThat(RULES.permitValidThrough(LocalDate.of(2025, 6, 15), B2, born)).isEqualTo("2026-08-19");
		}

		@Test
		void usesTheCeilingThatAppliesOnTheIssueDate() {
			var born = LocalDate.of(1965, 3, 1); // 60 on 2025-03-01

			assertThat(RULES.permitValidThrough(LocalDate.of(2024, 6, 1), B2, born)).isEqualTo("2025-02-28");
			assertThat(RULES.permitValidThrough(LocalDate.of(2025, 6, 1), B2, born)).isEqualTo("2028-02-29");
		}

		@Test
		void hasNoCeilingForC1() {
			assertThat(RULES.permitValidThrough(LocalDate.of(2025, 6, 15), C1, LocalDate.of(1940, 1, 1)))
				.isEqualTo("2028-06-14");
		}
	}

	@Nested
	class PassMarks {

		@ParameterizedTest
		@EnumSource(LicenceClass.class)
		void ninetyForTheoryAndRoadSubjectsEightyOrNinetyForSubject2(LicenceClass licenceClass) {
			assertThat(RULES.passMark(SUBJECT_1, licenceClass)).isEqualTo(90);
			assertThat(RULES.passMark(SUBJECT_3, licenceClass)).isEqualTo(90);
			assertThat(RULES.passMark(SUBJECT_4, licenceClass)).isEqualTo(90);
			assertThat(RULES.passMark(SUBJECT_2, licenceClass)).isEqualTo(licenceClass.isLargeVehicle() ? 90 : 80);
		}

		@Test
		void passesOnTheFirstAttemptOrTheRetake() {
			assertThat(RULES.outcomeOf(SUBJECT_2, C1, 80, null)).isEqualTo(BookingOutcome.PASSED);
			assertThat(RULES.outcomeOf(SUBJECT_2, C1, 79, null)).isEqualTo(BookingOutcome.FAILED);
			assertThat(RULES.outcomeOf(SUBJECT_2, C1, 70, 80)).isEqualTo(BookingOutcome.PASSED);
			assertThat(RULES.outcomeOf(SUBJECT_2, C1, 70, 79)).isEqualTo(BookingOutcome.FAILED);
			assertThat(RULES.outcomeOf(SUBJECT_2, B2, 89, 89)).isEqualTo(BookingOutcome.FAILED);
			assertThat(RULES.outcomeOf(SUBJECT_1, C1, 100, null)).isEqualTo(BookingOutcome.PASSED);
		}

		@Test
		void rejectsImpossibleScores() {
			assertThatIllegalArgumentException().isThrownBy(() -> RULES.outcomeOf(SUBJECT_1, C1, 101, null));
			assertThatIllegalArgumentException().isThrownBy(() -> RULES.outcomeOf(SUBJECT_1, C1, 50, -1));
			assertThatIllegalArgumentException().isThrownBy(() -> RULES.outcomeOf(SUBJECT_1, C1, 95, 95));
		}
	}

	@Nested
	class Licences {

		@Test
		void firstLicenceIsValidSixYearsWithATwelveMonthProbation() {
			var terms = LicensingRules.firstLicenceTerms(LocalDate.of(2025, 3, 1));

			assertThat(terms).isEqualTo(new DrivingLicenceTerms(LocalDate.of(2025, 3, 1), LocalDate.of(2031, 2, 28),
					LocalDate.of(2026, 2, 28)));
		}

		@Test
		void standingAroundTheRenewalWindowAndExpiry() {
			var validUntil = LocalDate.of(2031, 2, 28);

			assertThat(LicensingRules.standingOn(validUntil, validUntil.minusDays(91))).isEqualTo(LicenceStanding.VALID);
			assertThat(LicensingRules.standingOn(validUntil, validUntil.minusDays(90)))
				.isEqualTo(LicenceStanding.RENEWAL_WINDOW);
			assertThat(LicensingRules.standingOn(validUntil, validUntil.minusDays(89)))
				.isEqualTo(LicenceStanding.RENEWAL_WINDOW);
			assertThat(LicensingRules.standingOn(validUntil, validUntil)).isEqualTo(LicenceStanding.RENEWAL_WINDOW);
			assertThat(LicensingRules.standingOn(validUntil, validUntil.plusDays(1)))
				.isEqualTo(LicenceStanding.EXPIRED_RENEWABLE);
		}

		@Test
		void standingOneAndThreeYearsAfterExpiry() {
			var validUntil = LocalDate.of(2031, 2, 28);
			var expiredOn = LocalDate.of(2031, 3, 1);

			assertThat(LicensingRules.standingOn(validUntil, expiredOn.plusYears(1).minusDays(1)))
				.isEqualTo(LicenceStanding.EXPIRED_RENEWABLE);
			assertThat(LicensingRules.standingOn(validUntil, expiredOn.plusYears(1)))
				.isEqualTo(LicenceStanding.RESTORABLE_AFTER_SUBJECT_1);
			assertThat(LicensingRules.standingOn(validUntil, expiredOn.plusYears(3).minusDays(1)))
				.isEqualTo(LicenceStanding.RESTORABLE_AFTER_SUBJECT_1);
			assertThat(LicensingRules.standingOn(validUntil, expiredOn.plusYears(3))).isEqualTo(LicenceStanding.START_OVER);
		}

		@Test
		void annualMedicalCertificateFromThe70thBirthday() {
			var born = LocalDate.of(1955, 7, 1);

			assertThat(LicensingRules.annualMedicalCertificateRequired(born, LocalDate.of(2025, 6, 30))).isFalse();
			assertThat(LicensingRules.annualMedicalCertificateRequired(born, LocalDate.of(2025, 7, 1))).isTrue();
		}
	}

	@Nested
	class Classes {

		@Test
		void increaseOnlyClassesAreA1A2B1AndC6() {
			var increaseOnly = EnumSet.noneOf(LicenceClass.class);
			for (LicenceClass licenceClass : LicenceClass.values()) {
				if (!licenceClass.firstApplicationAllowed()) {
					increaseOnly.add(licenceClass);
				}
			}
			assertThat(increaseOnly).containsExactly(A1, A2, B1, C6);
		}

		@Test
		void largeAndAutomobileClasses() {
			assertThat(EnumSet.allOf(LicenceClass.class).stream().filter(LicenceClass::isLargeVehicle))
				.containsExactly(A1, A2, A3, B1, B2);
			assertThat(EnumSet.allOf(LicenceClass.class).stream().filter(LicenceClass::isAutomobile))
				.containsExactly(A1, A2, A3, B1, B2, C1, C2, C3, C4, C5, C6);
			assertThat(C6.chineseName()).isEqualTo("轻型牵引挂车");
			assertThat(SUBJECT_4.chineseName()).contains("科目四");
		}
	}
}
