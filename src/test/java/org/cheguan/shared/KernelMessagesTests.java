package org.cheguan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message key a kernel value type throws has a zh-CN (default) and an English text, and both format with the
 * arguments actually thrown.
 */
class KernelMessagesTests {

	private static final Properties CHINESE = load("kernel.properties");

	private static final Properties ENGLISH = load("kernel_en.properties");

	private static Properties load(String name) {
		var properties = new Properties();
		try (var in = KernelMessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

	/** One failing input for every reason of every kernel type. */
	static Stream<Arguments> failures() {
		var today = LocalDate.of(2026, 9, 24);
		return Stream.of(failure("kernel.resident-id.length", () -> ResidentIdNumber.of("4201061995", today)),
				failure("kernel.resident-id.format", () -> ResidentIdNumber.of("4201061995071500A8", today)),
				failure("kernel.resident-id.province", () -> ResidentIdNumber.of("990106199507150028", today)),
				failure("kernel.resident-id.birth-date", () -> ResidentIdNumber.of("420106199902300028", today)),
				failure("kernel.resident-id.future-birth-date",
						() -> ResidentIdNumber.of(KernelSamples.withIdCheck("42010620991231002"), today)),
				failure("kernel.resident-id.check-character", () -> ResidentIdNumber.of("340524198001010013", today)),
				failure("kernel.vin.length", () -> Vin.of("L6T79")),
				failure("kernel.vin.characters", () -> Vin.of("L6T79RND5SV00002I")),
				failure("kernel.vin.check-digit", () -> Vin.of("L6T79RND6SV000023")),
				failure("kernel.plate.length", () -> PlateNumber.of("鄂A1")),
				failure("kernel.plate.province", () -> PlateNumber.of("港A12345")),
				failure("kernel.plate.authority", () -> PlateNumber.of("鄂I12345")),
				failure("kernel.plate.serial", () -> PlateNumber.of("鄂AI2345")),
				failure("kernel.mobile.format", () -> MobileNumber.of("12345")),
				failure("kernel.district-code.format", () -> DistrictCode.of("4201")),
				failure("kernel.geo-point.range", () -> GeoPoint.of(90.000001, 0)),
				failure("kernel.calendar.outside",
						() -> WorkingCalendar.official().isWorkingDay(LocalDate.of(2027, 1, 1))));
	}

	private static Arguments failure(String key, ThrowingCallable call) {
		return Arguments.of(key, call);
	}

	@ParameterizedTest
	@MethodSource("failures")
	void hasChineseAndEnglishTextsForEveryThrownKey(String key, ThrowingCallable call) {
		var thrown = (InvalidValue) catchThrowable(call);

		assertThat(thrown.messageKey()).isEqualTo(key);
		var chinese = new MessageFormat(CHINESE.getProperty(key), Locale.SIMPLIFIED_CHINESE)
			.format(thrown.messageArguments());
		var english = new MessageFormat(ENGLISH.getProperty(key), Locale.ENGLISH).format(thrown.messageArguments());
		assertThat(chinese).doesNotContain("{").matches(".*\\p{IsHan}.*");
		assertThat(english).doesNotContain("{").doesNotContain("''");
		for (var argument : thrown.messageArguments()) {
			// Integers (years, lengths) must print without grouping: 2027, never 2,027.
			var shown = argument instanceof Double && (Double) argument == Math.rint((Double) argument)
					? String.valueOf(((Double) argument).longValue()) : String.valueOf(argument);
			assertThat(chinese).contains(shown);
			assertThat(english).contains(shown);
		}
	}

	@Test
	void bothLanguagesHaveTheSameKeys() {
		assertThat(ENGLISH.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(CHINESE.stringPropertyNames());
	}

	@Test
	void everyKeyIsCoveredByAThrownFailure() {
		var thrown = failures().map(arguments -> (String) arguments.get()[0]).toList();

		assertThat(CHINESE.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(thrown);
	}
}
