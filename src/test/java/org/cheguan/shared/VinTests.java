package org.cheguan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 16735-2019 / ISO 3779 VINs: public vectors V4–V5, limits, model years, and seeded properties. */
class VinTests {

	private static InvalidValue rejection(String text) {
		var thrown = new InvalidValue[1];
		assertThatExceptionOfType(InvalidValue.class).isThrownBy(() -> Vin.of(text)).satisfies(ex -> thrown[0] = ex);
		assertThat(thrown[0].slug()).isEqualTo(InvalidValue.VIN);
		assertThat(thrown[0].rule()).isEqualTo("GB 16735-2019");
		return thrown[0];
	}

	/** A valid VIN whose position 10 is {@code yearCode}. */
	private static String withYearCode(char yearCode) {
		return KernelSamples.withVinCheck("LSVAB2BR0" + yearCode + "N123456");
	}

	@Nested
	class PublicVectors {

		@Test
		void acceptsV4WithCheckCharacterXAndModelYearK() {
			var vin = Vin.of("1M8GDM9AXKP042788");

			assertThat(vin.checkCharacter()).isEqualTo('X');
			assertThat(vin.modelYearCode()).isEqualTo('K');
			assertThat(vin.modelYearCandidates()).containsExactly(1989, 2019);
			assertThat(vin.wmi()).isEqualTo("1M8");
		}

		@Test
		void acceptsV5WithCheckCharacter5ModelYear2025AndChineseWmi() {
			var vin = Vin.of("L6T79RND5SV000023");

			assertThat(vin.checkCharacter()).isEqualTo('5');
			assertThat(vin.modelYearCandidates()).contains(2025).containsExactly(1995, 2025);
			assertThat(vin.wmi()).isEqualTo("L6T");
			assertThat(vin).hasToString("L6T79RND5SV000023");
		}
	}

	@Nested
	class Normalization {

		@Test
		void upperCasesAndTrims() {
			assertThat(Vin.of("  l6t79rnd5sv000023 ").value()).isEqualTo("L6T79RND5SV000023");
		}

		@Test
		void equalsByCanonicalValue() {
			assertThat(Vin.of("l6t79rnd5sv000023")).isEqualTo(new Vin("L6T79RND5SV000023"));
		}
	}

	@Nested
	class Shape {

		@ParameterizedTest
		@ValueSource(strings = { "L6T79RND5SV00002", "L6T79RND5SV0000233", "" })
		void rejectsAnythingButSeventeenCharacters(String text) {
			var ex = rejection(text);

			assertThat(ex.messageKey()).isEqualTo("kernel.vin.length");
			assertThat(ex.messageArguments()).containsExactly(text.length());
		}

		@ParameterizedTest
		@ValueSource(chars = { 'I', 'O', 'Q', 'i', 'o', 'q', '-', '*', 'Ö' })
		void neverAllowsIOrQOrNonAlphanumerics(char c) {
			var ex = rejection("L6T79RND5SV0000" + c + "3");

			assertThat(ex.messageKey()).isEqualTo("kernel.vin.characters");
			assertThat(ex.messageArguments()).containsExactly(16, String.valueOf(Character.toUpperCase(c)));
		}

		@Test
		void rejectsAWrongCheckCharacterAndNamesTheExpectedOne() {
			var ex = rejection("L6T79RND6SV000023");

			assertThat(ex.messageKey()).isEqualTo("kernel.vin.check-digit");
			assertThat(ex.messageArguments()).containsExactly("5");
		}

		@Test
		void requiresTheCheckCharacterAtPositionNineEvenForForeignWmis() {
			assertThat(rejection("1M8GDM9A0KP042788").messageArguments()).containsExactly("X");
		}
	}

	@Nested
	class ModelYear {

		@ParameterizedTest
		@CsvSource({ "A,1980,2010", "B,1981,2011", "H,1987,2017", "J,1988,2018", "K,1989,2019", "N,1992,2022",
				"P,1993,2023", "R,1994,2024", "S,1995,2025", "T,1996,2026", "V,1997,2027", "Y,2000,2030", "1,2001,2031",
				"9,2009,2039" })
		void offersTheYearOfBothThirtyYearCycles(char code, int earlier, int later) {
			assertThat(Vin.of(withYearCode(code)).modelYearCandidates()).containsExactly(earlier, later);
		}

		@ParameterizedTest
		@ValueSource(chars = { 'U', 'Z', '0' })
		void offersNoYearForCodesThatAreNotYearCodes(char code) {
			var vin = Vin.of(withYearCode(code));

			assertThat(vin.modelYearCode()).isEqualTo(code);
			assertThat(vin.modelYearCandidates()).isEmpty();
		}
	}

	@Nested
	class Properties {

		static Stream<String> validVins() {
			var random = KernelSamples.random("valid VINs");
			return IntStream.range(0, KernelSamples.SAMPLES).mapToObj(i -> KernelSamples.vin(random));
		}

		@ParameterizedTest
		@MethodSource("validVins")
		void acceptsEveryGeneratedVinAndRoundTripsIt(String text) {
			var vin = Vin.of(text);

			assertThat(vin.value()).as("seed %d", KernelSamples.SEED).isEqualTo(text);
			assertThat(Vin.of(text.toLowerCase())).isEqualTo(vin);
			assertThat(Vin.of(vin.toString())).isEqualTo(vin);
			assertThat(vin.wmi()).isEqualTo(text.substring(0, 3));
		}

		/**
		 * Every weight except position 9's is non-zero modulo the prime 11, so a substitution that changes the
		 * transliterated value changes the sum and is caught; position 9 is compared character by character, so any
		 * other character there is caught too. Substitutions between letters of equal value (A↔J↔1, B↔K↔S↔2, …) are
		 * not detected by design of ISO 3779: they are left out here and shown by
		 * {@link VinTests.Properties#doesNotDetectSwappingLettersThatTransliterateAlike()}.
		 */
		@ParameterizedTest
		@MethodSource("validVins")
		void rejectsEverySubstitutionThatChangesTheTransliteratedValue(String text) {
			for (var mutant : detectableSubstitutions(text)) {
				assertThatExceptionOfType(InvalidValue.class).as("seed %d, %s → %s", KernelSamples.SEED, text, mutant)
					.isThrownBy(() -> Vin.of(mutant));
			}
		}

		@Test
		void doesNotDetectSwappingLettersThatTransliterateAlike() {
			// A and J are both 1: position 4 (weight 5) swapped keeps the same sum.
			var original = KernelSamples.withVinCheck("L6TA9RND0SV000023");
			var swapped = original.substring(0, 3) + 'J' + original.substring(4);

			assertThat(Vin.of(swapped).checkCharacter()).isEqualTo(Vin.of(original).checkCharacter());
		}

		private static List<String> detectableSubstitutions(String text) {
			var mutants = new ArrayList<String>();
			for (int i = 0; i < 17; i++) {
				for (var c : KernelSamples.VIN_ALPHABET.toCharArray()) {
					var changesValue = Vin.transliterate(c) != Vin.transliterate(text.charAt(i));
					if (c != text.charAt(i) && (i == 8 || changesValue)) {
						mutants.add(text.substring(0, i) + c + text.substring(i + 1));
					}
				}
			}
			return mutants;
		}
	}
}
