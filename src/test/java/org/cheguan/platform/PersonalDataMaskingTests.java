package org.cheguan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

/** Personal data never leaves in clear through JSON or logs (GB/T 35273-2020 §6.3). */
@CheguanTest
class PersonalDataMaskingTests {

	@Autowired
	JsonMapper json;

	record Holder(ResidentIdNumber idNumber, MobileNumber mobile) {
	}

	@Test
	void jsonWritesIdAndMobileNumbersMasked() {
		var text = json.writeValueAsString(
				new Holder(ResidentIdNumber.of("420106199507150028"), MobileNumber.of("13812345678")));
		assertThat(text).isEqualTo("{\"idNumber\":\"420106********0028\",\"mobile\":\"138****5678\"}");
	}

	@Test
	void jsonReadingValidatesWithTheStandardsProblem() {
		assertThatExceptionOfType(Exception.class)
			.isThrownBy(() -> json.readValue("{\"idNumber\":\"340524198001010013\",\"mobile\":\"13812345678\"}",
					Holder.class))
			.satisfies(ex -> assertThat(ApiProblemAdvice.domainCause(ex)).isInstanceOf(InvalidValue.class)
				.extracting(problem -> ((InvalidValue) problem).slug())
				.isEqualTo("invalid-resident-id"));
	}

	@Test
	void logMessagesAreMasked() {
		assertThat(PersonalDataMaskingConverter.mask("citizen 11010519491231002X called from 13812345678 twice"))
			.isEqualTo("citizen 110105********002X called from 138****5678 twice");
		assertThat(PersonalDataMaskingConverter.mask("order 12345678901234567890 stays")).contains("12345678901234567890");
		assertThat(PersonalDataMaskingConverter.mask("short 1381234")).isEqualTo("short 1381234");
	}
}
