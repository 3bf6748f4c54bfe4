package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.cheguan.licensing.LicenceClass.*;
import static org.cheguan.licensing.Violations.assertViolation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Class inclusion (公安部令第162号 附件1), the A1/A2 route for full-time driving-vocational students (第十四、十七条) and the
 * large classes at 63 with their 3-year extension (第六十五条 as amended by 第172号); domain-rules §1.1, §1.2, §1.3, §1.6.
 */
class ClassInclusionAndAgeExtensionTests {

	static final LicensingRules RULES = new LicensingRules(LicensingPolicy.defaults());

	@Nested
	class ClassInclusion {

		@Test
		void theAnnexTableOfIncludedClasses() {
			assertThat(A1.includedClasses()).containsExactlyInAnyOrder(A3, B1, B2, C1, C2, C3, C4, M);
			assertThat(A2.includedClasses()).containsExactlyInAnyOrder(B1, B2, C1, C2, C3, C4, C6, M);
			assertThat(A3.includedClasses()).containsExactlyInAnyOrder(C1, C2, C3, C4);
			assertThat(B1.includedClasses()).containsExactlyInAnyOrder(C1, C2, C3, C4, M);
			assertThat(B2.includedClasses()).containsExactlyInAnyOrder(C1, C2, C3, C4, M);
			assertThat(C1.includedClasses()).containsExactlyInAnyOrder(C2, C3, C4);
			assertThat(C3.includedClasses()).containsExactly(C4);
			assertThat(D.includedClasses()).containsExactlyInAnyOrder(E, F);
			assertThat(E.includedClasses()).containsExactly(F);
			for (var alone : EnumSet.of(C2, C4, C5, C6, F, M, N, P)) {
				assertThat(alone.includedClasses()).as(alone.name()).isEmpty();
			}
		}

		@ParameterizedTest
		@EnumSource(LicenceClass.class)
		void aClassPermitsItselfAndWhatItIncludesButNothingThatIncludesIt(LicenceClass licenceClass) {
			assertThat(licenceClass.permittedClasses()).contains(licenceClass)
				.containsAll(licenceClass.includedClasses())
				.hasSize(licenceClass.includedClasses().size() + 1);
			assertThat(licenceClass.permits(licenceClass)).isTrue();
			for (var included : licenceClass.includedClasses()) {
				assertThat(included.permits(licenceClass)).as(included + " permits " + licenceClass).isFalse();
			}
		}

		@Test
		void anAddedClassAlreadyIncludedInAHeldClassIsRefusedAndTheWiderOneIsNot() {
			var born = LocalDate.of(1990, 5, 17);
			var on = LocalDate.of(2026, 6, 1);
			var holdsC1 = List.of(new HeldLicence(C1, on.minusYears(3)));

			var refused = assertViolation(
					() -> RULES.checkApplication(new NewApplicationFacts(C2, born, on, holdsC1, false)),
					LicenceClass.RULE_CLASS_INCLUSION, "licensing.application.class-already-included");
			assertThat(refused.messageArguments()).containsExactly("C2", "C1");
			assertViolation(() -> RULES.checkApplication(new NewApplicationFacts(C4, born, on, holdsC1, false)),
					LicenceClass.RULE_CLASS_INCLUSION, "licensing.application.class-already-included");
			// C2 does not include C1: adding the wider class is a normal application
			assertThatCode(() -> RULES.checkApplication(new NewApplicationFacts(C1, born, on,
					List.of(new HeldLicence(C2, on.minusYears(3))), false))).doesNotThrowAnyException();
			// B2 includes M, A2 includes C6
			assertViolation(() -> RULES.checkApplication(new NewApplicationFacts(M, born, on,
					List.of(new HeldLicence(B2, on.minusYears(3))), false)), LicenceClass.RULE_CLASS_INCLUSION,
					"licensing.application.class-already-included");
			assertViolation(() -> RULES.checkApplication(new NewApplicationFacts(C6, born, on,
					List.of(new HeldLicence(A2, on.minusYears(3))), false)), LicenceClass.RULE_CLASS_INCLUSION,
					"licensing.application.class-already-included");
		}
	}

	@Nested
	class VocationalStudentRoute {

		static NewApplicationFacts student(LicenceClass wanted, LocalDate born, LocalDate on, List<HeldLicence> held,
				Integer clean) {
			return new NewApplicationFacts(wanted, born, on, held, false, clean, true);
		}

		static final LocalDate BORN = LocalDate.of(2006, 3, 10);

		static List<HeldLicence> c1Since(LocalDate on) {
			return List.of(new HeldLicence(C1, on));
		}

		@ParameterizedTest
		@EnumSource(value = LicenceClass.class, names = { "A1", "A2" })
		void aStudentHoldingC1MayApplyFrom19AndNotTheDayBefore(LicenceClass wanted) {
			var refused = assertViolation(() -> RULES.checkApplication(student(wanted, BORN, LocalDate.of(2025, 3, 9),
					c1Since(LocalDate.of(2024, 4, 1)), null)), LicensingRules.RULE_AGE_2025, "licensing.age.below-minimum");
			assertThat(refused.messageArguments()).containsExactly(wanted.name(), 19, 18);
			assertThatCode(() -> RULES.checkApplication(student(wanted, BORN, LocalDate.of(2025, 3, 10),
					c1Since(LocalDate.of(2025, 3, 1)), null))).doesNotThrowAnyException();
			// the same applicant outside the route: 22, and the prerequisite of §1.3
			assertViolation(() -> RULES.checkApplication(new NewApplicationFacts(wanted, BORN, LocalDate.of(2025, 3, 10),
					c1Since(LocalDate.of(2025, 3, 1)), false)), LicensingRules.RULE_ADDED_CLASS,
					"licensing.application.prerequisite-missing");
		}

		@Test
		void theAgeLimitsOfTheRouteBySourceColumn() {
			assertThat(RULES.ageLimit(A1, LocalDate.of(2025, 1, 1), true)).isEqualTo(new AgeLimit(19, 63, "MPS-172-art-14"));
			assertThat(RULES.ageLimit(A2, LocalDate.of(2024, 12, 31), true)).isEqualTo(new AgeLimit(19, 60, "MPS-162-art-14"));
			assertThat(RULES.ageLimit(A1, LocalDate.of(2025, 1, 1), false).minimumAge()).isEqualTo(22);
			// no route for other classes: their normal limits
			assertThat(RULES.ageLimit(B2, LocalDate.of(2025, 1, 1), true).minimumAge()).isEqualTo(20);
		}

		@Test
		void theCeilingIs63From2025And60Before() {
			var born = LocalDate.of(1962, 7, 1);
			assertThatCode(() -> RULES.checkApplication(student(A1, born, LocalDate.of(2025, 6, 30),
					c1Since(LocalDate.of(2000, 1, 1)), null))).doesNotThrowAnyException();
			assertViolation(() -> RULES.checkApplication(student(A1, born, LocalDate.of(2025, 7, 1),
					c1Since(LocalDate.of(2000, 1, 1)), null)), LicensingRules.RULE_AGE_2025, "licensing.age.ceiling-reached");
			var bornEarlier = LocalDate.of(1964, 7, 1);
			assertThatCode(() -> RULES.checkApplication(student(A2, bornEarlier, LocalDate.of(2024, 6, 30),
					c1Since(LocalDate.of(2000, 1, 1)), null))).doesNotThrowAnyException();
			assertViolation(() -> RULES.checkApplication(student(A2, bornEarlier, LocalDate.of(2024, 7, 1),
					c1Since(LocalDate.of(2000, 1, 1)), null)), LicensingRules.RULE_AGE_2022, "licensing.age.ceiling-reached");
		}

		@Test
		void aStudentWithoutC1IsRefusedAndSoIsAnotherClassOrAnExchange() {
			var on = LocalDate.of(2026, 6, 1);
			assertViolation(() -> RULES.checkApplication(student(A1, BORN, on,
					List.of(new HeldLicence(C2, on.minusYears(1))), null)), LicensingRules.RULE_VOCATIONAL_STUDENT,
					"licensing.application.vocational-prerequisite");
			assertViolation(() -> RULES.checkApplication(student(A1, BORN, on, List.of(), null)),
					LicensingRules.RULE_FIRST_APPLICATION, "licensing.application.increase-only");
			assertViolation(() -> RULES.checkApplication(student(B2, BORN, on, c1Since(on.minusYears(1)), null)),
					LicensingRules.RULE_VOCATIONAL_STUDENT, "licensing.application.vocational-class");
			assertViolation(() -> RULES.checkApplication(new NewApplicationFacts(A1, BORN, on, List.of(), true, null,
					true)), LicensingRules.RULE_VOCATIONAL_STUDENT, "licensing.application.vocational-class");
		}

		@Test
		void aStudentNeedsTheCurrentAndPreviousScoringPeriodsCleanEvenForA1() {
			var on = LocalDate.of(2026, 6, 1);
			assertThat(LicensingRules.cleanScoringPeriodsRequired(A1, true)).isEqualTo(2);
			assertThat(LicensingRules.cleanScoringPeriodsRequired(A1, false)).isEqualTo(3);
			assertThatCode(() -> RULES.checkApplication(student(A1, BORN, on, c1Since(on.minusYears(1)), 2)))
				.doesNotThrowAnyException();
			assertViolation(() -> RULES.checkApplication(student(A1, BORN, on, c1Since(on.minusYears(1)), 1)),
					LicensingRules.RULE_VOCATIONAL_STUDENT, "licensing.application.twelve-points");
		}
	}

	@Nested
	class LargeClassesAt63 {

		static final LocalDate BORN = LocalDate.of(1964, 9, 15);

		static final LocalDate TURNS_62 = LocalDate.of(2026, 9, 15);

		static final LocalDate TURNS_63 = LocalDate.of(2027, 9, 15);

		@Test
		void theStandingOnBothSidesOfTheWindowAnd63() {
			assertThat(LicenceRenewalRules.largeClassStanding(B2, BORN, TURNS_62.minusDays(1), null))
				.isEqualTo(LargeClassStanding.ALLOWED);
			assertThat(LicenceRenewalRules.largeClassStanding(B2, BORN, TURNS_62, null))
				.isEqualTo(LargeClassStanding.EXTENSION_WINDOW);
			assertThat(LicenceRenewalRules.largeClassStanding(B2, BORN, TURNS_63.minusDays(1), null))
				.isEqualTo(LargeClassStanding.EXTENSION_WINDOW);
			assertThat(LicenceRenewalRules.largeClassStanding(B2, BORN, TURNS_63, null))
				.isEqualTo(LargeClassStanding.MUST_EXCHANGE);
			assertThat(LicenceRenewalRules.largeClassStanding(C1, BORN, TURNS_63, null))
				.isEqualTo(LargeClassStanding.NOT_AFFECTED);
		}

		@ParameterizedTest
		@EnumSource(value = LicenceClass.class, names = { "A1", "A2", "A3", "B1", "B2", "M", "N", "P" })
		void everyLargeClassMustBeExchangedAt63(LicenceClass held) {
			assertThat(LicenceRenewalRules.largeClassStanding(held, BORN, TURNS_63, null))
				.isEqualTo(LargeClassStanding.MUST_EXCHANGE);
		}

		@Test
		void before2025TheCeilingIs60AndThereIsNoExtensionWindow() {
			var born = LocalDate.of(1964, 6, 1);
			assertThat(LicenceRenewalRules.largeClassStanding(A1, born, LocalDate.of(2024, 5, 31), null))
				.isEqualTo(LargeClassStanding.ALLOWED);
			assertThat(LicenceRenewalRules.largeClassStanding(A1, born, LocalDate.of(2024, 6, 1), null))
				.isEqualTo(LargeClassStanding.MUST_EXCHANGE);
			assertViolation(() -> LicenceRenewalRules.extend(A1, LocalDate.of(1962, 6, 1), LocalDate.of(2024, 6, 1),
					LocalDate.of(2024, 6, 1), null), LicenceRenewalRules.RULE_AGE_EXTENSION,
					"licensing.extension.not-in-force");
		}

		@Test
		void anExtensionIsAppliedForInTheYearBefore63AndRunsThroughTheDayBefore66() {
			var refusedEarly = assertViolation(() -> LicenceRenewalRules.extend(B2, BORN, TURNS_62.minusDays(1),
					TURNS_62.minusDays(1), null), LicenceRenewalRules.RULE_AGE_EXTENSION,
					"licensing.extension.outside-window");
			assertThat(refusedEarly.messageArguments()).containsExactly(TURNS_62, TURNS_63.minusDays(1));
			assertThat(LicenceRenewalRules.extend(B2, BORN, TURNS_62, TURNS_62, null))
				.isEqualTo(LocalDate.of(2030, 9, 14));
			assertThat(LicenceRenewalRules.extend(B2, BORN, TURNS_63.minusDays(1), TURNS_62, null))
				.isEqualTo(LocalDate.of(2030, 9, 14));
			assertViolation(() -> LicenceRenewalRules.extend(B2, BORN, TURNS_63, TURNS_63, null),
					LicenceRenewalRules.RULE_AGE_EXTENSION, "licensing.extension.outside-window");
		}

		@Test
		void theThreeAbilityTestsMustBeFromTheWindowAndNotAfterTheApplication() {
			var on = LocalDate.of(2027, 3, 1);
			assertViolation(() -> LicenceRenewalRules.extend(A1, BORN, on, null, null),
					LicenceRenewalRules.RULE_AGE_EXTENSION, "licensing.extension.three-ability-tests");
			assertViolation(() -> LicenceRenewalRules.extend(A1, BORN, on, TURNS_62.minusDays(1), null),
					LicenceRenewalRules.RULE_AGE_EXTENSION, "licensing.extension.three-ability-tests");
			assertViolation(() -> LicenceRenewalRules.extend(A1, BORN, on, on.plusDays(1), null),
					LicenceRenewalRules.RULE_AGE_EXTENSION, "licensing.extension.three-ability-tests");
			assertThatCode(() -> LicenceRenewalRules.extend(A1, BORN, on, on, null)).doesNotThrowAnyException();
		}

		@Test
		void onlyLargeClassesOnceEach() {
			assertViolation(() -> LicenceRenewalRules.extend(C1, BORN, TURNS_62, TURNS_62, null),
					LicenceRenewalRules.RULE_AGE_EXTENSION, "licensing.extension.class-not-affected");
			assertViolation(() -> LicenceRenewalRules.extend(B2, BORN, TURNS_62, TURNS_62, LocalDate.of(2030, 9, 14)),
					LicenceRenewalRules.RULE_AGE_EXTENSION, "licensing.extension.already-extended");
		}

		@Test
		void anExtendedClassIsDrivenThroughItsLastDayAndExchangedTheDayAfter() {
			var through = LocalDate.of(2030, 9, 14);
			assertThat(LicenceRenewalRules.largeClassStanding(B2, BORN, through, through))
				.isEqualTo(LargeClassStanding.EXTENDED);
			assertThat(LicenceRenewalRules.largeClassStanding(B2, BORN, through.plusDays(1), through))
				.isEqualTo(LargeClassStanding.MUST_EXCHANGE);
			assertThat(LicenceRenewalRules.permittedClassesOn(B2, BORN, through, through)).contains(B2, M);
			assertThat(LicenceRenewalRules.permittedClassesOn(B2, BORN, through.plusDays(1), through))
				.containsExactlyInAnyOrder(C1, C2, C3, C4);
			assertThat(LicenceRenewalRules.classAtAge(B2, 65, through, through)).isEqualTo(B2);
			assertThat(LicenceRenewalRules.classAtAge(B2, 66, through.plusDays(1), through)).isEqualTo(C1);
		}

		@Test
		void a63YearOldA1HolderWithoutExtensionMayDriveWhatC1Permits() {
			assertThat(LicenceRenewalRules.permittedClassesOn(A1, BORN, TURNS_63.minusDays(1), null))
				.isEqualTo(A1.permittedClasses());
			assertThat(LicenceRenewalRules.permittedClassesOn(A1, BORN, TURNS_63, null))
				.isEqualTo(C1.permittedClasses());
		}

		@Test
		void aRenewalDuringTheExtensionKeepsTheClass() {
			var through = LocalDate.of(2030, 9, 14);
			var renewal = LicenceRenewalRules.renew(B2, LicenceTerm.SIX_YEARS, LocalDate.of(2028, 6, 30), BORN,
					LocalDate.of(2028, 6, 1), false, null, through);
			assertThat(renewal.licenceClass()).isEqualTo(B2);
			var without = LicenceRenewalRules.renew(B2, LicenceTerm.SIX_YEARS, LocalDate.of(2028, 6, 30), BORN,
					LocalDate.of(2028, 6, 1), false, null, null);
			assertThat(without.licenceClass()).isEqualTo(C1);
		}
	}
}
