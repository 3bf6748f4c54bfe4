package org.cheguan.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;

/**
 * Story 3 of the seed: 2023年1月8日，星期日，75岁的武汉市民丁大爷在考场顺利完成科目二的考试 … 退休了，想学却超龄了。交管部门推出的这个措施好.
 *
 * <p>Played in the acceptance month: Mr Ding, born in 1951, applies on Monday 2026-06-01 and sits Subject 2 on Sunday
 * 2026-06-14.
 */
@CheguanTest
class SeventyFiveYearOldStoryTests extends Story {

	/**
	 * 75岁的武汉市民丁大爷在考场顺利完成科目二的考试: a 75-year-old may apply for a small-car licence, records the three-ability
	 * tests (记忆力、判断力、反应力) before booking, and passes Subject 2 in a Sunday session.
	 */
	@Test
	void aSeventyFiveYearOldAppliesForC1RecordsTheThreeAbilityTestsAndPassesSubjectTwoOnASunday() {
		var start = LocalDate.of(2026, 6, 1);
		office.today(start);
		var idNumber = Office.idBornOn("420104", LocalDate.of(1951, 3, 1).plusDays((int) (Math.random() * 60)));
		var accepted = office.staff("clerk").post("/api/v1/licence-applications", """
				{"idNumber":"%s","name":"丁国华","mobile":"%s","licenceClass":"C1"}"""
			.formatted(idNumber, Office.mobile()));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
		var application = accepted.json().path("id").asString();
		assertThat(accepted.json().path("threeAbilityTestsRequired").asBoolean()).isTrue();

		// no exam before the three-ability tests
		var firstExam = LocalDate.of(2026, 6, 3);
		var theory = office.session("白沙洲考场", "SUBJECT_1", firstExam);
		var tooEarly = office.staff("clerk").post("/api/v1/licence-applications/" + application + "/booking-requests",
				"{\"subject\":\"SUBJECT_1\",\"preferences\":[\"" + theory + "\"]}");
		assertThat(tooEarly.status()).isEqualTo(422);
		assertThat(tooEarly.problemType()).isEqualTo("rule-violation");

		var tests = office.staff("clerk").post("/api/v1/licence-applications/" + application + "/three-ability-tests",
				"{\"passedOn\":\"" + start + "\"}");
		assertThat(tests.status()).as(tests.body()).isEqualTo(200);

		office.book(application, "SUBJECT_1", theory, firstExam);
		office.sit(application, "SUBJECT_1", theory, firstExam, 92);
		var learning = office.application(application);
		assertThat(learning.path("status").asString()).isEqualTo("LEARNING");
		var earliest = LocalDate.parse(learning.path("nextBookingFrom").path("SUBJECT_2").asString());

		// the first Sunday the rules allow: 14 June
		var sunday = LocalDate.of(2026, 6, 14);
		assertThat(sunday.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
		assertThat(earliest).isBeforeOrEqualTo(sunday);
		office.bookAndSit(application, "SUBJECT_2", "白沙洲考场", sunday, 90);

		var passed = office.application(application);
		assertThat(passed.path("subjects").path("SUBJECT_2").path("status").asString()).isEqualTo("PASSED");
		assertThat(passed.path("subjects").path("SUBJECT_1").path("status").asString()).isEqualTo("PASSED");
		assertThat(passed.path("status").asString()).isEqualTo("LEARNING");
	}
}
