package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.cheguan.support.OfficeDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Over HTTP: 12-point scoring periods keyed in by an administrator ({@code POST /api/v1/admin/scoring-records}, input
 * checked, Idempotency-Key, the citizen masked), refusing an added class (公安部令第162号 第十七条) whatever the clerk
 * declares, keeping a renewed term's length (domain-rules §1.6); the vocational student's C1 checked against the
 * licences held.
 */
@CheguanTest
@ExtendWith(OutputCaptureExtension.class)
class ScoringRecordHttpTests {

	static final String RECORDS = "/api/v1/admin/scoring-records";

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
				+ "\",\"name\":\"赵记分\",\"mobile\":\"" + LicenceJourneyTests.mobile() + "\",\"licenceClass\":\""
				+ licenceClass + "\"" + extra + "}");
	}

	/** A citizen holding {@code licenceClass}, issued {@code issuedOn}, valid through {@code validUntil}. */
	String holder(String idNumber, String licenceClass, LocalDate issuedOn, LocalDate validUntil) {
		var accepted = apply(idNumber, licenceClass, "");
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
		var id = accepted.json().path("id").asString();
		jdbc.sql("""
				update licensing.licence_application set status = 'LICENSED', licence_number = '4297' || lpad((floor(random()
				  * 100000000))::bigint::text, 8, '0'), licence_issued_on = :issued, licence_valid_until = :until,
				  probation_ends_on = :probation, licence_term = 'SIX_YEARS', licence_class_held = licence_class
				where id = :id::uuid""")
			.param("issued", issuedOn)
			.param("until", validUntil)
			.param("probation", issuedOn.plusYears(1).minusDays(1))
			.param("id", id)
			.update();
		return id;
	}

	static String record(String idNumber, String periodStart, String reachedOn) {
		return "{\"idNumber\":\"" + idNumber + "\",\"periodStart\":\"" + periodStart + "\",\"reachedOn\":\"" + reachedOn
				+ "\"}";
	}

	@Test
	void aRecordInThePreviousPeriodRefusesAnAddedClassWhateverIsDeclaredUntilANewPeriodBegins(CapturedOutput output) {
		today(LocalDate.of(2026, 6, 1));
		var idNumber = LicenceJourneyTests.idBornOn(LocalDate.of(1991, 2, 3));
		// periods start every 10 April: on 2026-06-01 the current began 2026-04-10, the previous 2025-04-10
		holder(idNumber, "C1", LocalDate.of(2023, 4, 10), LocalDate.of(2029, 4, 9));
		var key = UUID.randomUUID().toString();
		var admin = Api.at(port).as("admin").header("Idempotency-Key", key);

		var created = admin.post(RECORDS, record(idNumber, "2025-04-10", "2025-12-01"));
		var replayed = admin.post(RECORDS, record(idNumber, "2025-04-10", "2025-12-01"));
		var again = Api.at(port).as("admin").post(RECORDS, record(idNumber, "2025-04-10", "2025-12-01"));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().path("periodEnd").asString()).isEqualTo("2026-04-09");
		assertThat(created.json().path("idNumber").asString()).contains("*").doesNotContain(idNumber.substring(6, 14));
		assertThat(created.body()).doesNotContain(idNumber);
		assertThat(created.header("Location")).endsWith(created.json().path("id").asString());
		assertThat(replayed.status()).isEqualTo(201);
		assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(replayed.json().path("id").asString()).isEqualTo(created.json().path("id").asString());
		assertThat(again.status()).as(again.body()).isEqualTo(409);
		var listed = Api.at(port).as("admin").get(RECORDS + "?idNumber=" + idNumber);
		assertThat(listed.json().path("twelvePointPeriods").size()).isEqualTo(1);
		assertThat(listed.body()).doesNotContain(idNumber);

		var declaredClean = apply(idNumber, "C6", ",\"cleanScoringPeriods\":2");
		assertThat(declaredClean.status()).as(declaredClean.body()).isEqualTo(422);
		assertThat(declaredClean.problemType()).isEqualTo("rule-violation");
		assertThat(declaredClean.json().path("rule").asString()).isEqualTo(LicensingRules.RULE_ADDED_CLASS);
		assertThat(declaredClean.json().path("detail").asString()).contains("2025-04-10", "2026-04-09", "2025-12-01");
		var english = Api.at(port).as("clerk").header("Accept-Language", "en").post("/api/v1/licence-applications",
				"{\"idNumber\":\"" + idNumber + "\",\"name\":\"赵记分\",\"mobile\":\"" + LicenceJourneyTests.mobile()
						+ "\",\"licenceClass\":\"C6\"}");
		assertThat(english.json().path("detail").asString()).contains("scoring periods", "2025-04-10");
		assertThat(output.getAll()).doesNotContain(idNumber);

		today(LocalDate.of(2027, 4, 9)); // still the previous period
		assertThat(apply(idNumber, "C6", "").status()).isEqualTo(422);
		today(LocalDate.of(2027, 4, 10)); // a new period: the record is in the one before the previous
		var accepted = apply(idNumber, "C6", "");
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
	}

	@Test
	void theAdminApiChecksItsInputWithProblems() {
		today(LocalDate.of(2026, 6, 1));
		var idNumber = LicenceJourneyTests.idBornOn(LocalDate.of(1992, 7, 8));
		holder(idNumber, "C1", LocalDate.of(2023, 4, 10), LocalDate.of(2029, 4, 9));
		var admin = Api.at(port).as("admin");

		assertThat(Api.at(port).as("clerk").post(RECORDS, record(idNumber, "2025-04-10", "2025-12-01")).status())
			.isEqualTo(403);
		var missing = admin.post(RECORDS, "{\"idNumber\":\"" + idNumber + "\",\"periodStart\":\"2025-04-10\"}");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
		assertThat(missing.problemType()).isEqualTo("validation");
		assertThat(admin.post(RECORDS, record("420106199207080001", "2025-04-10", "2025-12-01")).problemType())
			.isEqualTo("invalid-resident-id");
		assertThat(admin.post(RECORDS, record(idNumber, "2025-04-10", "soon")).status()).isEqualTo(400);
		var notTwelveMonths = admin.post(RECORDS, "{\"idNumber\":\"" + idNumber
				+ "\",\"periodStart\":\"2025-04-10\",\"periodEnd\":\"2026-04-10\",\"reachedOn\":\"2025-12-01\"}");
		assertThat(notTwelveMonths.status()).isEqualTo(400);
		assertThat(notTwelveMonths.json().path("detail").asString()).contains("2026-04-09");
		assertThat(admin.post(RECORDS, record(idNumber, "2025-04-10", "2026-04-10")).status()).isEqualTo(400);
		assertThat(admin.post(RECORDS, record(idNumber, "2025-04-10", "2025-04-09")).status()).isEqualTo(400);
		assertThat(admin.post(RECORDS, record(idNumber, "2026-04-10", "2026-06-02")).status()).isEqualTo(400);
		var notAligned = admin.post(RECORDS, record(idNumber, "2025-04-11", "2025-12-01"));
		assertThat(notAligned.status()).isEqualTo(400);
		assertThat(notAligned.json().path("detail").asString()).contains("2025-04-10", "2026-04-09");
		assertThat(admin.post(RECORDS, record(idNumber, "2022-04-10", "2022-12-01")).status()).isEqualTo(400);
		var stranger = LicenceJourneyTests.idBornOn(LocalDate.of(1993, 1, 1));
		var unknown = admin.post(RECORDS, record(stranger, "2025-04-10", "2025-12-01"));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).doesNotContain(stranger);
		// dates at the ends of what ISO allows, before the holder's birth or not yet begun: 400, never stored
		var born = LocalDate.of(1992, 7, 8);
		for (var start : List.of("+999999999-12-31", "-999999999-01-01", "1900-01-01", born.minusDays(1).toString(),
				"2026-06-02")) {
			var refused = admin.post(RECORDS, "{\"idNumber\":\"" + idNumber + "\",\"periodStart\":\"" + start
					+ "\",\"reachedOn\":\"" + start + "\"}");
			assertThat(refused.status()).as(start + " " + refused.body()).isEqualTo(400);
			assertThat(refused.problemType()).isEqualTo("validation");
		}
		var stillNoLicence = LicenceJourneyTests.idBornOn(born);
		Api.at(port).as("clerk").post("/api/v1/licence-applications", "{\"idNumber\":\"" + stillNoLicence
				+ "\",\"name\":\"李\",\"mobile\":\"" + LicenceJourneyTests.mobile() + "\",\"licenceClass\":\"C1\"}");
		assertThat(admin.post(RECORDS, record(stillNoLicence, "1900-01-01", "1900-06-01")).status()).isEqualTo(400);
		assertThat(admin.post(RECORDS, record(stillNoLicence, born.minusYears(1).toString(), born.toString())).status())
			.isEqualTo(400);
		assertThat(admin.get(RECORDS + "?idNumber=" + idNumber).json().path("twelvePointPeriods").size()).isZero();
		var today = admin.post(RECORDS, record(idNumber, "2026-04-10", "2026-06-01"));
		assertThat(today.status()).as(today.body()).isEqualTo(201);
		var located = admin.get(today.header("Location"));
		assertThat(located.status()).as(located.body()).isEqualTo(200);
		assertThat(located.json().path("periodStart").asString()).isEqualTo("2026-04-10");
		assertThat(located.json().path("idNumber").asString()).isNotEqualTo(idNumber).endsWith(idNumber.substring(16));
		assertThat(admin.get(RECORDS + "/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void aRecordedPeriodOfTheTermKeepsARenewalAtSixYearsThoughNoneIsDeclared() {
		today(LocalDate.of(2026, 6, 1));
		var idNumber = LicenceJourneyTests.idBornOn(LocalDate.of(1985, 10, 12));
		var id = holder(idNumber, "C1", LocalDate.of(2020, 8, 31), LocalDate.of(2026, 8, 30));
		assertThat(Api.at(port).as("admin").post(RECORDS, record(idNumber, "2023-08-31", "2024-01-15")).status())
			.isEqualTo(201);

		var renewed = Api.at(port).as("clerk").post("/api/v1/licence-applications/" + id + "/renewals",
				"{\"twelvePointPeriod\":false}");

		assertThat(renewed.status()).as(renewed.body()).isEqualTo(201);
		assertThat(renewed.json().path("term").asString()).isEqualTo("SIX_YEARS");
		assertThat(renewed.json().path("twelvePointPeriod").asBoolean()).isTrue();
		assertThat(renewed.json().path("validUntil").asString()).isEqualTo("2032-08-30");
	}

	@Test
	void aStudentsC1MustBeValidOnTheApplicationDay() {
		today(LocalDate.of(2026, 6, 1));
		var idNumber = LicenceJourneyTests.idBornOn(LocalDate.of(2006, 1, 10)); // 20
		var c1 = holder(idNumber, "C1", LocalDate.of(2024, 6, 3), LocalDate.of(2026, 5, 31));

		var expired = apply(idNumber, "A1", ",\"vocationalStudent\":true");

		assertThat(expired.status()).as(expired.body()).isEqualTo(422);
		assertThat(expired.json().path("rule").asString()).isEqualTo(LicensingRules.RULE_VOCATIONAL_STUDENT);
		assertThat(expired.json().path("detail").asString()).contains("C1");
		jdbc.sql("update licensing.licence_application set licence_valid_until = '2026-06-01' where id = :id::uuid")
			.param("id", c1)
			.update();
		var valid = apply(idNumber, "A1", ",\"vocationalStudent\":true");
		assertThat(valid.status()).as(valid.body()).isEqualTo(201);
	}

	@Test
	void theDemoHoldersHaveTheirRecords() {
		for (var holder : DemoScoringRecords.HOLDERS) {
			var listed = Api.at(port).as("admin").get(RECORDS + "?idNumber=" + holder.idNumber().value());
			assertThat(listed.status()).as(listed.body()).isEqualTo(200);
			assertThat(listed.json().path("twelvePointPeriods").size()).isEqualTo(holder.twelvePointPeriods().size());
		}
	}
}
