package org.cheguan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 11643-1999 resident ID numbers: public vectors V1–V3, limits on both sides, and seeded properties. */
class ResidentIdNumberTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 9, 24);

	private static ResidentIdNumber read(String text) {
		return ResidentIdNumber.of(text, TODAY);
	}

	private static InvalidValue rejection(String text) {
		return rejection(text, TODAY);
	}

	private static InvalidValue rejection(String text, LocalDate today) {
		var thrown = new InvalidValue[1];
		assertThatExceptionOfType(InvalidValue.class).isThrownBy(() -> ResidentIdNumber.of(text, today))
			.satisfies(ex -> thrown[0] = ex);
		assertThat(thrown[0].slug()).isEqualTo(InvalidValue.RESIDENT_ID);
		assertThat(thrown[0].rule()).isEqualTo("GB 11643-1999");
		assertThat(thrown[0].status()).isEqualTo(400);
		return thrown[0];
	}

	@Nested
	class PublicVectors {

		@Test
		void acceptsGb11643ExampleV1BornOn31December1949Female() {
			var id = read("11010519491231002X");

			assertThat(id.value()).isEqualTo("11010519491231002X");
			assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
			assertThat(id.sex()).isEqualTo(Sex.FEMALE);
			assertThat(id.addressCode()).isEqualTo("110105");
			assertThat(id.provinceCode()).isEqualTo("11");
		}

		@Test
		void rejectsV2WithWrongCheckCharacterAndNamesTheCorrectOneX() {
			var ex = rejection("340524198001010013");

			assertThat(ex.messageKey()).isEqualTo("kernel.resident-id.check-character");
			assertThat(ex.messageArguments()).containsExactly("X");
		}

		@Test
		void acceptsSyntheticWuchangNumberV3AndMasksIt() {
			var id = read("420106199507150028");

			assertThat(id.addressCode()).isEqualTo("420106");
			assertThat(id.birthDate()).isEqualTo(LocalDate.of(1995, 7, 15));
			assertThat(id.sex()).isEqualTo(Sex.FEMALE);
			assertThat(id.masked()).isEqualTo("420106********0028");
		}

		@Test
		void acceptsClassicExampleBornIn1880Male() {
			var id = read("440524188001010014");

			assertThat(id.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
			assertThat(id.sex()).isEqualTo(Sex.MALE);
		}

		@Test
		void acceptsCorrectedV2WithCheckCharacterX() {
			assertThat(read("34052419800101001X").birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
		}
	}

	@Nested
	class Normalization {

		@Test
		void readsLowerCaseXAsUpperCase() {
			assertThat(read("11010519491231002x").value()).isEqualTo("11010519491231002X");
		}

		@Test
		void ignoresSurroundingWhiteSpace() {
			assertThat(read("  420106199507150028\t\n").value()).isEqualTo("420106199507150028");
		}

		@Test
		void equalsByCanonicalValue() {
			assertThat(read("11010519491231002x")).isEqualTo(read("11010519491231002X"))
				.hasSameHashCodeAs(read("11010519491231002X"))
				.isNotEqualTo(read("420106199507150028"));
		}

		@Test
		void printsOnlyTheMaskedFormSoLogsNeverLeakTheNumber() {
			assertThat(read("420106199507150028")).hasToString("420106********0028");
		}
	}

	@Nested
	class Shape {

		@ParameterizedTest
		@ValueSource(strings = { "42010619950715002", "4201061995071500288", "", "4201061995071500" })
		void rejectsAnythingButEighteenCharacters(String text) {
			var ex = rejection(text);

			assertThat(ex.messageKey()).isEqualTo("kernel.resident-id.length");
			assertThat(ex.messageArguments()).containsExactly(text.length());
		}

		@Test
		void acceptsExactlyEighteenCharacters() {
			assertThat(read("420106199507150028").value()).hasSize(18);
		}

		@ParameterizedTest
		@ValueSource(strings = { "4201061995071500A8", "42010619950715002Y", "X20106199507150028",
				"42010６199507150028", "４２０１０６１９９５０７１５００２８", "420106 99507150028" })
		void rejectsNonDigitsAndACheckCharacterOtherThanX(String text) {
			assertThat(rejection(text).messageKey()).isEqualTo("kernel.resident-id.format");
		}

		@ParameterizedTest
		@ValueSource(strings = { "00", "99", "10", "16", "20", "47", "66", "70", "72", "80", "83", "90" })
		void rejectsProvinceCodesThatDoNotExist(String province) {
			var ex = rejection(KernelSamples.withIdCheck(province + "0106199507150" + "02"));

			assertThat(ex.messageKey()).isEqualTo("kernel.resident-id.province");
			assertThat(ex.messageArguments()).containsExactly(province);
		}

		@ParameterizedTest
		@MethodSource("org.cheguan.shared.KernelSamples#provinces")
		void acceptsEveryProvinceLevelCode(String province) {
			assertThat(read(KernelSamples.withIdCheck(province + "010619950715002")).provinceCode())
				.isEqualTo(province);
		}
	}

	@Nested
	class BirthDate {

		@ParameterizedTest
		@ValueSource(strings = { "19990230", "19990229", "20230229", "19991301", "19990001", "19990100", "19990431",
				"19000229" })
		void rejectsImpossibleDatesEvenWithACorrectCheckCharacter(String date) {
			var ex = rejection(KernelSamples.withIdCheck("420106" + date + "002"));

			assertThat(ex.messageKey()).isEqualTo("kernel.resident-id.birth-date");
			assertThat(ex.messageArguments()).containsExactly(date);
		}

		@ParameterizedTest
		@ValueSource(strings = { "20000229", "20240229", "19991231", "19990131" })
		void acceptsRealDatesIncludingLeapDays(String date) {
			assertThat(read(KernelSamples.withIdCheck("420106" + date + "002")).birthDate())
				.isEqualTo(LocalDate.parse(date.substring(0, 4) + "-" + date.substring(4, 6) + "-" + date.substring(6)));
		}

		@Test
		void rejectsBirthBefore1850ButAcceptsFirstJanuary1850() {
			assertThat(rejection(KernelSamples.withIdCheck("420106184912310" + "02")).messageKey())
				.isEqualTo("kernel.resident-id.birth-date");
			assertThat(read(KernelSamples.withIdCheck("42010618500101002")).birthDate())
				.isEqualTo(LocalDate.of(1850, 1, 1));
		}

		@Test
		void acceptsBirthTodayButRejectsBirthTomorrow() {
			var today = KernelSamples.withIdCheck("42010620260924002");
			var tomorrow = KernelSamples.withIdCheck("42010620260925002");

			assertThat(read(today).birthDate()).isEqualTo(TODAY);
			var ex = rejection(tomorrow);
			assertThat(ex.messageKey()).isEqualTo("kernel.resident-id.future-birth-date");
			assertThat(ex.messageArguments()).containsExactly(LocalDate.of(2026, 9, 25));
		}

		@Test
		void takesTodayFromTheClockInAsiaShanghai() {
			var born = KernelSamples.withIdCheck("42010620260925002");
			// 2026-09-24T16:30Z is already 2026-09-25 00:30 in Shanghai, though still the 24th in UTC.
			var clock = Clock.fixed(ZonedDateTime.of(2026, 9, 24, 16, 30, 0, 0, ZoneOffset.UTC).toInstant(),
					ZoneOffset.UTC);
			var before = Clock.fixed(ZonedDateTime.of(2026, 9, 24, 15, 59, 0, 0, ZoneOffset.UTC).toInstant(),
					ZoneOffset.UTC);

			assertThat(ResidentIdNumber.of(born, clock).birthDate()).isEqualTo(LocalDate.of(2026, 9, 25));
			assertThatExceptionOfType(InvalidValue.class).isThrownBy(() -> ResidentIdNumber.of(born, before))
				.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("kernel.resident-id.future-birth-date"));
		}

		@Test
		void readsAgainstTheSystemClockWhenNoneIsGiven() {
			assertThat(ResidentIdNumber.of("11010519491231002X").birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		}
	}

	@Nested
	class Sexes {

		@ParameterizedTest
		@ValueSource(strings = { "1", "3", "5", "7", "9" })
		void isMaleWhenTheSeventeenthDigitIsOdd(String digit) {
			assertThat(read(KernelSamples.withIdCheck("4201061995071500" + digit)).sex()).isEqualTo(Sex.MALE);
		}

		@ParameterizedTest
		@ValueSource(strings = { "0", "2", "4", "6", "8" })
		void isFemaleWhenTheSeventeenthDigitIsEven(String digit) {
			assertThat(read(KernelSamples.withIdCheck("4201061995071500" + digit)).sex()).isEqualTo(Sex.FEMALE);
		}
	}

	@Nested
	class Age {

		private final ResidentIdNumber bornJune2007 = read(KernelSamples.withIdCheck("42010620070615001"));

		private final ResidentIdNumber bornLeapDay2004 = read(KernelSamples.withIdCheck("42010620040229001"));

		@Test
		void isSeventeenOnTheDayBeforeTheEighteenthBirthday() {
			assertThat(bornJune2007.ageOn(LocalDate.of(2025, 6, 14))).isEqualTo(17);
		}

		@Test
		void isEighteenOnTheEighteenthBirthdayItself() {
			assertThat(bornJune2007.ageOn(LocalDate.of(2025, 6, 15))).isEqualTo(18);
		}

		@Test
		void isZeroOnTheDayOfBirth() {
			assertThat(bornJune2007.ageOn(LocalDate.of(2007, 6, 15))).isZero();
		}

		@Test
		void becomesOlderOnFirstMarchInACommonYearWhenBornOnTwentyNinthFebruary() {
			assertThat(bornLeapDay2004.ageOn(LocalDate.of(2022, 2, 28))).isEqualTo(17);
			assertThat(bornLeapDay2004.ageOn(LocalDate.of(2022, 3, 1))).isEqualTo(18);
		}

		@Test
		void becomesOlderOnTwentyNinthFebruaryInALeapYearWhenBornOnIt() {
			assertThat(bornLeapDay2004.ageOn(LocalDate.of(2024, 2, 28))).isEqualTo(19);
			assertThat(bornLeapDay2004.ageOn(LocalDate.of(2024, 2, 29))).isEqualTo(20);
		}

		@Test
		void refusesADateBeforeBirth() {
			assertThatIllegalArgumentException().isThrownBy(() -> bornJune2007.ageOn(LocalDate.of(2007, 6, 14)));
		}
	}

	@Nested
	class Properties {

		static Stream<String> validNumbers() {
			var random = KernelSamples.random("valid resident ID numbers");
			return IntStream.range(0, KernelSamples.SAMPLES).mapToObj(i -> KernelSamples.residentId(random));
		}

		@ParameterizedTest
		@MethodSource("validNumbers")
		void acceptsEveryGeneratedNumberAndRoundTripsIt(String number) {
			var id = ResidentIdNumber.of(number, KernelSamples.TODAY);

			assertThat(id.value()).as("seed %d", KernelSamples.SEED).isEqualTo(number);
			assertThat(ResidentIdNumber.of(id.value(), KernelSamples.TODAY)).isEqualTo(id);
			assertThat(ResidentIdNumber.of(number.toLowerCase(), KernelSamples.TODAY)).isEqualTo(id);
			assertThat(id.birthDate().toString().replace("-", "")).isEqualTo(number.substring(6, 14));
			assertThat(id.sex()).isEqualTo((number.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
		}

		/** MOD 11-2 detects every single substitution: each weight is non-zero modulo the prime 11. */
		@ParameterizedTest
		@MethodSource("validNumbers")
		void rejectsEverySingleCharacterSubstitution(String number) {
			for (var mutant : substitutions(number)) {
				assertThatExceptionOfType(InvalidValue.class).as("seed %d, %s → %s", KernelSamples.SEED, number, mutant)
					.isThrownBy(() -> ResidentIdNumber.of(mutant, KernelSamples.TODAY));
			}
		}

		@ParameterizedTest
		@MethodSource("validNumbers")
		void neverShowsTheBirthDateOrSequenceInTheMaskedForm(String number) {
			var masked = ResidentIdNumber.of(number, KernelSamples.TODAY).masked();

			assertThat(masked).as("seed %d", KernelSamples.SEED)
				.hasSize(18)
				.isEqualTo(number.substring(0, 6) + "********" + number.substring(14))
				.doesNotContain(number.substring(6, 14));
		}

		private static List<String> substitutions(String number) {
			var mutants = new ArrayList<String>();
			for (int i = 0; i < 18; i++) {
				var alphabet = i == 17 ? "0123456789X" : "0123456789";
				for (var c : alphabet.toCharArray()) {
					if (c != number.charAt(i)) {
						mutants.add(number.substring(0, i) + c + number.substring(i + 1));
					}
				}
			}
			return mutants;
		}
	}
}
