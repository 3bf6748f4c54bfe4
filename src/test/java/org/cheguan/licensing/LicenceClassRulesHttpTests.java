package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.cheguan.support.OfficeDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Over HTTP: the permitted classes of a licence (公安部令第162号 附件1), an added class already included refused, the A1/A2
 * route for full-time driving-vocational students (第十四、十七条), and the extension of a large class at 63 (第六十五条 as
 * amended by 第172号); domain-rules §1.
 */
@CheguanTest
class LicenceClassRulesHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void backToSystemTime() {
		OfficeDay.reset(port);
	}

	void today(LocalDate date) {
		OfficeDay.set(port, date);
	}

	Api.Response apply(String idNumber, String licenceClass, String extra) {
		return Api.at(port).as("clerk").post("/api/v1/licence-applications", "{\"idNumber\":\"" + idNumber
				+ "\",\"name\":\"李学员\",\"mobile\":\"" + LicenceJourneyTests.mobile() + "\",\"licenceClass\":\""
				+ licenceClass + "\"" + extra + "}");
	}

	/** Licenses an accepted application as if its subjects had been passed, issued {@code issuedOn}. */
	void license(String applicationId, LocalDate issuedOn) {
		jdbc.sql("""
				update licensing.licence_application set status = 'LICENSED', licence_number = '4298' || lpad((floor(random()
				  * 100000000))::bigint::text, 8, '0'), licence_issued_on = :issued, licence_valid_until = :until,
				  probation_ends_on = :probation, licence_term = 'SIX_YEARS', licence_class_held = licence_class
				where id = :id::uuid""")
			.param("issued", issuedOn)
			.param("until", issuedOn.plusYears(6).minusDays(1))
			.param("probation", issuedOn.plusYears(1).minusDays(1))
			.param("id", applicationId)
			.update();
	}

	@Test
	void aC1HolderSeesThePermittedClassesAndCannotAddOneOfThemButAStudentMayAddA1At19() {
		today(LocalDate.of(2026, 6, 1));
		var idNumber = LicenceJourneyTests.idBornOn(LocalDate.of(2007, 3, 10)); // 19 on 2026-06-01
		var c1 = apply(idNumber, "C1", "");
		assertThat(c1.status()).as(c1.body()).isEqualTo(201);
		var c1Id = c1.json().path("id").asString();
		license(c1Id, LocalDate.of(2025, 9, 1));

		var licence = Api.at(port).as("clerk").get("/api/v1/licence-applications/" + c1Id).json().path("licence");
		assertThat(licence.path("permittedClasses").toString()).isEqualTo("[\"C1\",\"C2\",\"C3\",\"C4\"]");
		assertThat(licence.path("largeClassStanding").asString()).isEqualTo("NOT_AFFECTED");

		var included = apply(idNumber, "C2", "");
		assertThat(included.status()).as(included.body()).isEqualTo(422);
		assertThat(included.json().path("rule").asString()).isEqualTo(LicenceClass.RULE_CLASS_INCLUSION);

		var notStudent = apply(idNumber, "A1", "");
		assertThat(notStudent.status()).isEqualTo(422);
		assertThat(notStudent.json().path("rule").asString()).isEqualTo(LicensingRules.RULE_ADDED_CLASS);

		var studentB2 = apply(idNumber, "B2", ",\"vocationalStudent\":true");
		assertThat(studentB2.status()).isEqualTo(422);
		assertThat(studentB2.json().path("rule").asString()).isEqualTo(LicensingRules.RULE_VOCATIONAL_STUDENT);

		var student = apply(idNumber, "A1", ",\"vocationalStudent\":true");
		assertThat(student.status()).as(student.body()).isEqualTo(201);
		assertThat(student.json().path("vocationalStudent").asBoolean()).isTrue();
		assertThat(student.json().path("kind").asString()).isEqualTo("ADDITIONAL");
	}

	@Test
	void aStudentOneDayShortOf19IsRefused() {
		today(LocalDate.of(2026, 6, 1));
		var idNumber = LicenceJourneyTests.idBornOn(LocalDate.of(2007, 6, 2)); // 19 tomorrow
		var c1 = apply(idNumber, "C1", "");
		assertThat(c1.status()).as(c1.body()).isEqualTo(201);
		license(c1.json().path("id").asString(), LocalDate.of(2026, 1, 5));

		var refused = apply(idNumber, "A2", ",\"vocationalStudent\":true");

		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		assertThat(refused.json().path("rule").asString()).isEqualTo(LicensingRules.RULE_AGE_2025);
	}

	@Test
	void aB2HolderAged62ExtendsTheClassOnceAndKeepsItThroughTheDayBefore66() {
		today(LocalDate.of(2026, 6, 1));
		var idNumber = LicenceJourneyTests.idBornOn(LocalDate.of(1964, 3, 20)); // 62 since 2026-03-20
		var b2 = apply(idNumber, "B2", "");
		assertThat(b2.status()).as(b2.body()).isEqualTo(201);
		var id = b2.json().path("id").asString();
		license(id, LocalDate.of(2022, 4, 1));
		var before = Api.at(port).as("clerk").get("/api/v1/licence-applications/" + id).json().path("licence");
		assertThat(before.path("largeClassStanding").asString()).isEqualTo("EXTENSION_WINDOW");

		var tooEarlyTests = Api.at(port).as("clerk").post("/api/v1/licence-applications/" + id + "/age-extensions",
				"{\"threeAbilityTestsOn\":\"2026-03-19\"}");
		assertThat(tooEarlyTests.status()).as(tooEarlyTests.body()).isEqualTo(422);
		assertThat(tooEarlyTests.json().path("rule").asString()).isEqualTo(LicenceRenewalRules.RULE_AGE_EXTENSION);
		var byExaminer = Api.at(port).as("examiner").post("/api/v1/licence-applications/" + id + "/age-extensions",
				"{\"threeAbilityTestsOn\":\"2026-05-20\"}");
		assertThat(byExaminer.status()).isEqualTo(403);

		var extended = Api.at(port).as("clerk").post("/api/v1/licence-applications/" + id + "/age-extensions",
				"{\"threeAbilityTestsOn\":\"2026-05-20\"}");

		assertThat(extended.status()).as(extended.body()).isEqualTo(201);
		assertThat(extended.json().path("kind").asString()).isEqualTo("AGE_EXTENSION");
		assertThat(extended.json().path("validFrom").asString()).isEqualTo("2027-03-20");
		assertThat(extended.json().path("validUntil").asString()).isEqualTo("2030-03-19");
		assertThat(extended.json().path("threeAbilityTestsOn").asString()).isEqualTo("2026-05-20");
		var after = Api.at(port).as("clerk").get("/api/v1/licence-applications/" + id).json().path("licence");
		assertThat(after.path("largeClassStanding").asString()).isEqualTo("EXTENDED");
		assertThat(after.path("largeClassExtendedThrough").asString()).isEqualTo("2030-03-19");
		var again = Api.at(port).as("clerk").post("/api/v1/licence-applications/" + id + "/age-extensions",
				"{\"threeAbilityTestsOn\":\"2026-05-20\"}");
		assertThat(again.status()).isEqualTo(422);
		assertThat(Api.at(port).as("clerk").get("/api/v1/licence-applications/" + id + "/licence-services").json()
			.path(0).path("kind").asString()).isEqualTo("AGE_EXTENSION");

		// at 63 the class is still driven; the day after the extension it is not
		today(LocalDate.of(2030, 3, 19));
		assertThat(Api.at(port).as("clerk").get("/api/v1/licence-applications/" + id).json().path("licence")
			.path("permittedClasses").toString()).contains("B2");
		today(LocalDate.of(2030, 3, 20));
		var exchanged = Api.at(port).as("clerk").get("/api/v1/licence-applications/" + id).json().path("licence");
		assertThat(exchanged.path("largeClassStanding").asString()).isEqualTo("MUST_EXCHANGE");
		assertThat(exchanged.path("permittedClasses").toString()).isEqualTo("[\"C1\",\"C2\",\"C3\",\"C4\"]");
	}
}
