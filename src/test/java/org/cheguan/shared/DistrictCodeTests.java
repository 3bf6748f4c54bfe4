package org.cheguan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB/T 2260 division codes. */
class DistrictCodeTests {

	@Test
	void splitsWuchangIntoProvinceAndCity() {
		var wuchang = DistrictCode.of("420106");

		assertThat(wuchang.value()).isEqualTo("420106");
		assertThat(wuchang.provinceCode()).isEqualTo("42");
		assertThat(wuchang.cityCode()).isEqualTo("420100");
		assertThat(wuchang).hasToString("420106");
	}

	@Test
	void trimsWhiteSpace() {
		assertThat(DistrictCode.of(" 420100 ")).isEqualTo(new DistrictCode("420100"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "42010", "4201060", "", "42O106", "４２０１０６", "42-106" })
	void rejectsAnythingButSixAsciiDigits(String text) {
		assertThatExceptionOfType(InvalidValue.class).isThrownBy(() -> DistrictCode.of(text))
			.satisfies(ex -> assertThat(ex.slug()).isEqualTo(InvalidValue.VALIDATION))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("kernel.district-code.format"))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo("GB/T 2260"));
	}
}
