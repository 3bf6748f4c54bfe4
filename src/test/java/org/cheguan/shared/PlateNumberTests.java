package org.cheguan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** GA 36-2018 plate numbers: public vectors V6–V7 and the limits of each serial layout. */
class PlateNumberTests {

	private static InvalidValue rejection(String text) {
		var thrown = new InvalidValue[1];
		assertThatExceptionOfType(InvalidValue.class).isThrownBy(() -> PlateNumber.of(text))
			.satisfies(ex -> thrown[0] = ex);
		assertThat(thrown[0].slug()).isEqualTo(InvalidValue.PLATE);
		assertThat(thrown[0].rule()).isEqualTo("GA 36-2018");
		return thrown[0];
	}

	@Nested
	class PublicVectors {

		@ParameterizedTest
		@CsvSource({ "鄂AD12345,NEW_ENERGY_SMALL,D12345", "鄂A12345D,NEW_ENERGY_LARGE,12345D",
				"鄂A12345,ORDINARY,12345" })
		void acceptsV6PlatesOfEveryKindIssuedInWuhan(String text, PlateKind kind, String serial) {
			var plate = PlateNumber.of(text);

			assertThat(plate.kind()).isEqualTo(kind);
			assertThat(plate.serial()).isEqualTo(serial);
			assertThat(plate.issuingAuthority()).isEqualTo(new IssuingAuthority("鄂", 'A'));
			assertThat(plate.issuingAuthority()).hasToString("鄂A");
			assertThat(plate.isNewEnergy()).isEqualTo(kind != PlateKind.ORDINARY);
			assertThat(plate).hasToString(text);
		}

		@Test
		void rejectsV7BecauseTheLetterIIsNeverUsed() {
			var ex = rejection("鄂AI2345");

			assertThat(ex.messageKey()).isEqualTo("kernel.plate.serial");
			assertThat(ex.messageArguments()).containsExactly("I2345");
		}
	}

	@Nested
	class Normalization {

		@ParameterizedTest
		@ValueSource(strings = { "鄂a12345", " 鄂A 12345 ", "鄂A·12345", "鄂A.12345" })
		void removesSeparatorsAndUpperCases(String text) {
			assertThat(PlateNumber.of(text).value()).isEqualTo("鄂A12345");
		}

		@Test
		void upperCasesNewEnergyLetters() {
			assertThat(PlateNumber.of("鄂ad12345")).isEqualTo(PlateNumber.of("鄂AD12345"));
		}
	}

	@Nested
	class Ordinary {

		@ParameterizedTest
		@ValueSource(strings = { "鄂AB1C23", "鄂AZZZZZ", "鄂A00000", "京N99999", "琼AH8J7K", "鄂AD1234" })
		void acceptsFiveLettersOrDigitsWithoutIAndO(String text) {
			assertThat(PlateNumber.of(text).kind()).isEqualTo(PlateKind.ORDINARY);
		}

		@ParameterizedTest
		@ValueSource(strings = { "鄂AO2345", "鄂A1234I", "鄂A1234O", "鄂A12-45", "鄂A1234鄂" })
		void rejectsIOAndOtherCharactersInTheSerial(String text) {
			assertThat(rejection(text).messageKey()).isEqualTo("kernel.plate.serial");
		}
	}

	@Nested
	class NewEnergy {

		@ParameterizedTest
		@ValueSource(strings = { "鄂AD12345", "鄂AF12345", "鄂ADA1234", "鄂AFZ9999", "鄂AD01234" })
		void acceptsSmallVehicleSerialsStartingWithDOrF(String text) {
			assertThat(PlateNumber.of(text).kind()).isEqualTo(PlateKind.NEW_ENERGY_SMALL);
		}

		@ParameterizedTest
		@ValueSource(strings = { "鄂A12345D", "鄂A00000F", "粤B99999D" })
		void acceptsLargeVehicleSerialsEndingWithDOrF(String text) {
			assertThat(PlateNumber.of(text).kind()).isEqualTo(PlateKind.NEW_ENERGY_LARGE);
		}

		/** The extended letters A–K of some newer validators are deliberately not accepted (domain-rules §4). */
		@ParameterizedTest
		@ValueSource(strings = { "鄂AA12345", "鄂AK12345", "鄂A12345A", "鄂ADI1234", "鄂ADO1234", "鄂AD1234A",
				"鄂A1234DD", "鄂AD12D45", "鄂A123456" })
		void rejectsSixCharacterSerialsOfNeitherLayout(String text) {
			assertThat(rejection(text).messageKey()).isEqualTo("kernel.plate.serial");
		}
	}

	@Nested
	class Prefix {

		@ParameterizedTest
		@ValueSource(strings = { "港A12345", "AA12345", "1A12345", "武A12345" })
		void rejectsUnknownProvinceAbbreviations(String text) {
			assertThat(rejection(text).messageKey()).isEqualTo("kernel.plate.province");
		}

		@ParameterizedTest
		@ValueSource(strings = { "鄂I12345", "鄂O12345", "鄂112345", "鄂鄂12345" })
		void rejectsAuthorityLettersIAndOAndNonLetters(String text) {
			assertThat(rejection(text).messageKey()).isEqualTo("kernel.plate.authority");
		}

		@ParameterizedTest
		@ValueSource(strings = { "鄂A1234", "鄂A1234567", "", "鄂A" })
		void rejectsSerialsShorterThanFiveOrLongerThanSix(String text) {
			var ex = rejection(text);

			assertThat(ex.messageKey()).isEqualTo("kernel.plate.length");
			assertThat(ex.messageArguments()).containsExactly(text.length());
		}

		@Test
		void readsAnIssuingAuthorityOnItsOwn() {
			var authority = IssuingAuthority.of(" 鄂a ");

			assertThat(authority.province()).isEqualTo("鄂");
			assertThat(authority.letter()).isEqualTo('A');
			assertThat(authority).hasToString("鄂A");
		}

		@ParameterizedTest
		@CsvSource({ "鄂I,kernel.plate.authority", "鄂,kernel.plate.authority", "鄂AB,kernel.plate.authority",
				"XA,kernel.plate.province", "港A,kernel.plate.province" })
		void refusesInvalidIssuingAuthorities(String text, String key) {
			assertThatExceptionOfType(InvalidValue.class).isThrownBy(() -> IssuingAuthority.of(text))
				.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo(key))
				.satisfies(ex -> assertThat(ex.slug()).isEqualTo(InvalidValue.PLATE));
		}
	}
}
