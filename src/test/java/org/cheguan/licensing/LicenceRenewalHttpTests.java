package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.cheguan.support.Concurrently;
import org.cheguan.support.OfficeDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Renewal (换证) and restoration (恢复驾驶资格) over HTTP (domain-rules §1.6): the 90-day window, the 6 → 10 → long-term
 * terms, restoration after Subject 1, the medical certificate from 70, the exchange of large classes at 63, and one
 * renewal out of many concurrent ones.
 */
@CheguanTest
class LicenceRenewalHttpTests {

	private static final AtomicInteger numbers = new AtomicInteger(0);

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

	String licensed(LocalDate bornOn, String licenceClass, LocalDate validUntil) {
		return licensed(port, jdbc, bornOn, licenceClass, validUntil);
	}

	/**
	 * An application accepted today and, as if its four subjects had been passed, licensed until {@code validUntil}
	 * with a 6-year term; shared by the renewal tests over HTTP and in the browser.
	 */
	static String licensed(int port, JdbcClient jdbc, LocalDate bornOn, String licenceClass, LocalDate validUntil) {
		var accepted = Api.at(port).as("clerk").post("/api/v1/licence-applications", "{\"idNumber\":\""
				+ LicenceJourneyTests.idBornOn(bornOn) + "\",\"name\":\"王换证\",\"mobile\":\"" + LicenceJourneyTests.mobile()
				+ "\",\"licenceClass\":\"" + licenceClass + "\"}");
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
		var id = accepted.json().path("id").asString();
		jdbc.sql("""
				update licensing.licence_application set status = 'LICENSED', licence_number = :number,
				  licence_issued_on = :issued, licence_valid_until = :until, probation_ends_on = :probation,
				  licence_term = 'SIX_YEARS', licence_class_held = licence_class
				where id = :id::uuid""")
			.param("number", "4299" + String.format("%08d", numbers.incrementAndGet() + 70_000_000L % 100_000_000))
			.param("issued", validUntil.minusYears(6).plusDays(1))
			.param("until", validUntil)
			.param("probation", validUntil.minusYears(5))
			.param("id", id)
			.update();
		return id;
	}

	Api.Response renew(String id, String body) {
		return Api.at(port).as("clerk").post("/api/v1/licence-applications/" + id + "/renewals", body);
	}

	@Test
	void aCleanSixYearLicenceRenewedInTheWindowBecomesTenYearsFromTheOldLastDay() throws InterruptedException {
		today(LocalDate.of(2026, 6, 1));
		var id = licensed(LocalDate.of(1990, 5, 17), "C1", LocalDate.of(2026, 8, 30)); // 90 days ahead

		var renewed = renew(id, "{}");

		assertThat(renewed.status()).as(renewed.body()).isEqualTo(201);
		assertThat(renewed.json().path("kind").asString()).isEqualTo("RENEWAL");
		assertThat(renewed.json().path("term").asString()).isEqualTo("TEN_YEARS");
		assertThat(renewed.json().path("validFrom").asString()).isEqualTo("2026-08-31");
		assertThat(renewed.json().path("validUntil").asString()).isEqualTo("2036-08-30");
		var licence = Api.at(port).as("clerk").get("/api/v1/licence-applications/" + id).json().path("licence");
		assertThat(licence.path("validUntil").asString()).isEqualTo("2036-08-30");
		assertThat(licence.path("term").asString()).isEqualTo("TEN_YEARS");
		assertThat(licence.path("standing").asString()).isEqualTo("VALID");
		// renewed once: the next window is years away
		var again = renew(id, "{}");
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.json().path("rule").asString()).isEqualTo(LicenceRenewalRules.RULE_RENEWAL);
		assertThat(Api.at(port).as("clerk").get("/api/v1/licence-applications/" + id + "/licence-services").json()
			.size()).isEqualTo(1);
		// recorded as a service rendered at the window, so the holder can rate it
		var holder = jdbc.sql("select citizen_id from licensing.licence_application where id = :id::uuid")
			.param("id", id).query(java.util.UUID.class).single();
		var deadline = System.nanoTime() + 20_000_000_000L;
		while (jdbc.sql("""
				select count(*) from transactions.service_record where citizen_id = :citizen
				  and service_type = 'LICENCE_RENEWAL' and channel = 'WINDOW'""")
			.param("citizen", holder).query(Long.class).single() != 1) {
			assertThat(System.nanoTime()).as("renewal recorded as a service").isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	@Test
	void oneDayBeforeTheWindowTheClerkIsToldWhenItOpens() {
		today(LocalDate.of(2026, 6, 1));
		var id = licensed(LocalDate.of(1990, 5, 17), "C1", LocalDate.of(2026, 8, 31)); // 91 days ahead

		var refused = renew(id, "{}");

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().path("detail").asString()).contains("2026-06-02");
	}

	@Test
	void aTwelvePointPeriodKeepsSixYearsAndTenCleanYearsGiveALongTermLicence() {
		today(LocalDate.of(2026, 6, 1));
		var id = licensed(LocalDate.of(1990, 5, 17), "C1", LocalDate.of(2026, 7, 1));

		var renewed = renew(id, "{\"twelvePointPeriod\":true}");
		assertThat(renewed.json().path("term").asString()).isEqualTo("SIX_YEARS");
		assertThat(renewed.json().path("validUntil").asString()).isEqualTo("2032-07-01");

		jdbc.sql("update licensing.licence_application set licence_term = 'TEN_YEARS' where id = :id::uuid")
			.param("id", id).update();
		today(LocalDate.of(2032, 6, 1));
		var longTerm = renew(id, "{}");
		assertThat(longTerm.status()).as(longTerm.body()).isEqualTo(201);
		assertThat(longTerm.json().path("term").asString()).isEqualTo("LONG_TERM");
		assertThat(longTerm.json().has("validUntil") && !longTerm.json().path("validUntil").isNull()).isFalse();
		assertThat(renew(id, "{}").json().path("detail").asString()).contains("长期有效");
	}

	@Test
	void aLicenceExpiredTwoYearsAgoIsRestoredOnlyBySubjectOne() {
		today(LocalDate.of(2026, 6, 1));
		var id = licensed(LocalDate.of(1980, 1, 9), "C1", LocalDate.of(2024, 5, 31));

		var renewal = renew(id, "{}");
		assertThat(renewal.status()).isEqualTo(422);
		assertThat(renewal.json().path("detail").asString()).contains("科目一");

		var clerkCannotRecordIt = Api.at(port).as("clerk").post("/api/v1/licence-applications/" + id + "/restorations",
				"{\"subject1Score\":95}");
		assertThat(clerkCannotRecordIt.status()).isEqualTo(403);

		var examiner = Api.at(port).as("examiner");
		var failed = examiner.post("/api/v1/licence-applications/" + id + "/restorations", "{\"subject1Score\":89}");
		assertThat(failed.status()).as(failed.body()).isEqualTo(201);
		assertThat(failed.json().path("kind").asString()).isEqualTo("RESTORATION_TEST_FAILED");
		assertThat(Api.at(port).as("clerk").get("/api/v1/licence-applications/" + id).json().path("licence")
			.path("standing").asString()).isEqualTo("RESTORABLE_AFTER_SUBJECT_1");

		var restored = examiner.post("/api/v1/licence-applications/" + id + "/restorations", "{\"subject1Score\":90}");
		assertThat(restored.status()).as(restored.body()).isEqualTo(201);
		assertThat(restored.json().path("kind").asString()).isEqualTo("RESTORATION");
		assertThat(restored.json().path("validFrom").asString()).isEqualTo("2026-06-01");
		assertThat(restored.json().path("validUntil").asString()).isEqualTo("2036-05-31");
		assertThat(Api.at(port).as("clerk").get("/api/v1/licence-applications/" + id).json().path("licence")
			.path("standing").asString()).isEqualTo("VALID");
	}

	@Test
	void aSeventyFiveYearOldRenewsWithAMedicalCertificateFromTheLastYear() {
		today(LocalDate.of(2026, 6, 1));
		var id = licensed(LocalDate.of(1951, 3, 3), "C1", LocalDate.of(2026, 7, 15));

		var without = renew(id, "{}");
		assertThat(without.status()).isEqualTo(422);
		assertThat(without.json().path("rule").asString()).isEqualTo(LicenceRenewalRules.RULE_SENIOR_MEDICAL);
		var stale = renew(id, "{\"medicalCertificateOn\":\"2025-06-01\"}");
		assertThat(stale.status()).isEqualTo(422);

		var renewed = renew(id, "{\"medicalCertificateOn\":\"2026-05-20\"}");
		assertThat(renewed.status()).as(renewed.body()).isEqualTo(201);
		assertThat(renewed.json().path("medicalCertificateOn").asString()).isEqualTo("2026-05-20");
	}

	@Test
	void aB2HolderRenewingAt63IsExchangedForC1() {
		today(LocalDate.of(2026, 6, 1));
		var id = licensed(LocalDate.of(1963, 6, 20), "B2", LocalDate.of(2026, 8, 1));
		today(LocalDate.of(2026, 6, 20)); // the 63rd birthday

		var renewed = renew(id, "{}");

		assertThat(renewed.status()).as(renewed.body()).isEqualTo(201);
		assertThat(renewed.json().path("classBefore").asString()).isEqualTo("B2");
		assertThat(renewed.json().path("classAfter").asString()).isEqualTo("C1");
		assertThat(Api.at(port).as("clerk").get("/api/v1/licence-applications/" + id).json().path("licence")
			.path("licenceClass").asString()).isEqualTo("C1");
	}

	@Test
	void badInputAndStrangersChangeNothing() {
		today(LocalDate.of(2026, 6, 1));
		var id = licensed(LocalDate.of(1990, 5, 17), "C1", LocalDate.of(2026, 7, 1));

		assertThat(renew(id, "{\"medicalCertificateOn\":\"yesterday\"}").status()).isEqualTo(400);
		// not needed before 70, but a certificate dated after today is refused rather than kept
		var future = renew(id, "{\"medicalCertificateOn\":\"2099-01-01\"}");
		assertThat(future.status()).as(future.body()).isEqualTo(400);
		assertThat(future.problemType()).isEqualTo("validation");
		assertThat(Api.at(port).as("examiner").post("/api/v1/licence-applications/" + id + "/renewals", "{}").status())
			.isEqualTo(403);
		assertThat(Api.at(port).as("examiner").post("/api/v1/licence-applications/" + id + "/restorations",
				"{\"subject1Score\":101}").status()).isEqualTo(400);
		assertThat(renew("0b8a0f8e-9d3c-4d6e-8a39-3c1c9a0e6b11", "{}").status()).isEqualTo(404);
		var notLicensed = Api.at(port).as("clerk").post("/api/v1/licence-applications", "{\"idNumber\":\""
				+ LicenceJourneyTests.idBornOn(LocalDate.of(1999, 1, 1)) + "\",\"name\":\"李\",\"mobile\":\""
				+ LicenceJourneyTests.mobile() + "\",\"licenceClass\":\"C1\"}").json().path("id").asString();
		assertThat(renew(notLicensed, "{}").status()).isEqualTo(422);
		assertThat(Api.at(port).as("clerk").get("/api/v1/licence-applications/" + id + "/licence-services").json()
			.size()).isZero();
	}

	@Test
	void ofTwentyConcurrentRenewalsExactlyOneChangesTheLicence() throws Exception {
		today(LocalDate.of(2026, 6, 1));
		var id = licensed(LocalDate.of(1990, 5, 17), "C1", LocalDate.of(2026, 7, 1));
		var statuses = Concurrently.statuses(20, () -> renew(id, "{}").status());
		assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
		assertThat(statuses).allMatch(status -> status == 201 || status == 409 || status == 422);
		assertThat(Api.at(port).as("clerk").get("/api/v1/licence-applications/" + id + "/licence-services").json()
			.size()).isEqualTo(1);
	}
}
