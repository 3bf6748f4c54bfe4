package org.cheguan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Mainland mobile numbers: normalization, limits of the 1[3-9] blocks, and masking. */
class MobileNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "13812345678", "+8613812345678", "8613812345678", "+86 138 1234 5678",
			"138-1234-5678", " 138 1234 5678 ", "+86-138-1234-5678" })
	void stripsCountryCodeSpacesAndHyphens(String text) {
		assertThat(MobileNumber.of(text).value()).isEqualTo("13812345678");
	}

	@ParameterizedTest
	@ValueSource(strings = { "13000000000", "14512345678", "15912345678", "16612345678", "17712345678",
			"18812345678", "19912345678" })
	void acceptsTheBlocks13To19(String text) {
		assertThat(MobileNumber.of(text).value()).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "12812345678", "10012345678", "23812345678", "1381234567", "138123456789",
			"1381234567a", "", "+85213812345678", "８613812345678", "0086138123456789" })
	void rejectsAnythingElse(String text) {
		assertThatExceptionOfType(InvalidValue.class).isThrownBy(() -> MobileNumber.of(text))
			.satisfies(ex -> assertThat(ex.slug()).isEqualTo(InvalidValue.MOBILE))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("kernel.mobile.format"));
	}

	@Test
	void masksTheMiddleFourDigits() {
		var mobile = MobileNumber.of("13812345678");

		assertThat(mobile.masked()).isEqualTo("138****5678");
		assertThat(mobile).hasToString("138****5678");
	}

	static Stream<String> numbers() {
		var random = KernelSamples.random("mobile numbers");
		return IntStream.range(0, KernelSamples.SAMPLES)
			.mapToObj(i -> "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000)));
	}

	@ParameterizedTest
	@MethodSource("numbers")
	void neverShowsTheMiddleDigitsInTheMaskedForm(String text) {
		var mobile = MobileNumber.of("+86 " + text);

		assertThat(mobile.value()).isEqualTo(text);
		assertThat(mobile.masked()).as("seed %d", KernelSamples.SEED)
			.isEqualTo(text.substring(0, 3) + "****" + text.substring(7))
			.doesNotContain(text.substring(3, 7));
		assertThat(mobile.toString()).isEqualTo(mobile.masked());
	}
}
