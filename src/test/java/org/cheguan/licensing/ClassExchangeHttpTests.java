package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.cheguan.support.Concurrently;
import org.cheguan.support.OfficeDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The classes that end at 70 shown on the licence from the birthday (公安部令第162号 第六十五条 as amended by 第172号;
 * domain-rules §1.6), and the exchange for a lower class outside renewal (降级换证) over HTTP:
 * {@code POST /api/v1/licence-applications/{id}/class-exchanges}, its refusals with their rule, a replay with the same
 * Idempotency-Key, one exchange out of 20 concurrent ones, the audit and the service record.
 */
@CheguanTest
class ClassExchangeHttpTests {

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

	/** A licence of {@code licenceClass} valid until {@code validUntil}, for a holder born on {@code bornOn}. */
	String licensed(LocalDate bornOn, String licenceClass, LocalDate validUntil) {
		var id = LicenceRenewalHttpTests.licensed(port, jdbc, bornOn, "C1", validUntil);
		jdbc.sql("update licensing.licence_application set licence_class_held = :held where id = :id::uuid")
			.param("held", licenceClass)
			.param("id", id)
			.update();
		return id;
	}

	JsonNode licence(String id) {
		return Api.at(port).as("clerk").get("/api/v1/licence-applications/" + id).json().path("licence");
	}

	static List<String> classes(JsonNode array) {
		var list = new ArrayList<String>();
		array.forEach(node -> list.add(node.asString()));
		return list;
	}

	Api.Response exchange(String id, String toClass) {
		return Api.at(port).as("clerk").post("/api/v1/licence-applications/" + id + "/class-exchanges",
				"{\"toClass\":\"" + toClass + "\"}");
	}

	@Test
	void whatAHolderMayDriveChangesOnTheSeventiethBirthdayOfALeapDayBirth() {
		var born = LocalDate.of(1956, 2, 29); // 70 on 2026-03-01
		today(LocalDate.of(2026, 2, 1));
		var licences = new LinkedHashMap<String, String>();
		for (var held : List.of("D", "E", "C3", "C4", "C6", "C1")) {
			licences.put(held, licensed(born, held, LocalDate.of(2029, 5, 31)));
		}

		today(LocalDate.of(2026, 2, 28));
		var dayBefore = new LinkedHashMap<String, List<String>>();
		licences.forEach((held, id) -> {
			var licence = licence(id);
			assertThat(licence.path("seniorClassStanding").asString()).as(held).isEqualTo("BEFORE_70");
			assertThat(licence.path("seventiethBirthday").asString()).as(held).isEqualTo("2026-03-01");
			assertThat(licence.path("annualMedicalCertificateRequired").asBoolean()).as(held).isFalse();
			dayBefore.put(held, classes(licence.path("permittedClasses")));
		});
		assertThat(dayBefore).containsEntry("D", List.of("D", "E", "F"))
			.containsEntry("E", List.of("E", "F"))
			.containsEntry("C3", List.of("C3", "C4"))
			.containsEntry("C4", List.of("C4"))
			.containsEntry("C6", List.of("C6"))
			.containsEntry("C1", List.of("C1", "C2", "C3", "C4"));

		today(LocalDate.of(2026, 3, 1));
		var birthday = new LinkedHashMap<String, List<String>>();
		var standings = new LinkedHashMap<String, String>();
		licences.forEach((held, id) -> {
			var licence = licence(id);
			assertThat(licence.path("licenceClass").asString()).as("the licence itself is not exchanged").isEqualTo(held);
			assertThat(licence.path("annualMedicalCertificateRequired").asBoolean()).as(held).isTrue();
			birthday.put(held, classes(licence.path("permittedClasses")));
			standings.put(held, licence.path("seniorClassStanding").asString());
		});
		assertThat(birthday).containsEntry("D", List.of("F"))
			.containsEntry("E", List.of("F"))
			.containsEntry("C3", List.of())
			.containsEntry("C4", List.of())
			.containsEntry("C6", List.of())
			.containsEntry("C1", List.of("C1", "C2"));
		assertThat(standings).containsEntry("D", "EXCHANGE_FOR_F")
			.containsEntry("E", "EXCHANGE_FOR_F")
			.containsEntry("C3", "CLASS_ENDS")
			.containsEntry("C4", "CLASS_ENDS")
			.containsEntry("C6", "CLASS_ENDS")
			.containsEntry("C1", "INCLUDED_CLASSES_END");
		var d = licence(licences.get("D"));
		assertThat(classes(d.path("classesEndingAt70"))).containsExactly("D", "E");
		assertThat(classes(d.path("exchangeableFor"))).containsExactly("F");
		assertThat(classes(licence(licences.get("C3")).path("exchangeableFor"))).isEmpty();
	}

	@Test
	void aDHolderOf70ExchangesForFKeepingNumberAndValidityRecordedAuditedAndRateable() throws InterruptedException {
		today(LocalDate.of(2026, 6, 1));
		var id = licensed(LocalDate.of(1955, 4, 2), "D", LocalDate.of(2030, 9, 14));
		var number = licence(id).path("number").asString();

		var refused = exchange(id, "E");
		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("rule-violation");
		assertThat(refused.json().path("rule").asString()).isEqualTo(LicenceRenewalRules.RULE_AGE_EXCHANGE);
		assertThat(refused.json().path("detail").asString()).contains("70").contains("E");

		var key = UUID.randomUUID().toString();
		var clerk = Api.at(port).as("clerk").header("Idempotency-Key", key);
		var path = "/api/v1/licence-applications/" + id + "/class-exchanges";
		var first = clerk.post(path, "{\"toClass\":\"F\"}");
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(first.header("Location")).contains("/licence-services/" + first.json().path("id").asString());
		var located = Api.at(port).as("clerk").get(first.header("Location"));
		assertThat(located.status()).as(located.body()).isEqualTo(200);
		assertThat(located.json().path("kind").asString()).isEqualTo("CLASS_EXCHANGE");
		assertThat(Api.at(port).as("clerk").get("/api/v1/licence-applications/" + id + "/licence-services/"
				+ UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(first.json().path("kind").asString()).isEqualTo("CLASS_EXCHANGE");
		assertThat(first.json().path("classBefore").asString()).isEqualTo("D");
		assertThat(first.json().path("classAfter").asString()).isEqualTo("F");
		assertThat(first.json().path("validUntil").asString()).isEqualTo("2030-09-14");
		var replay = clerk.post(path, "{\"toClass\":\"F\"}");
		assertThat(replay.status()).isEqualTo(201);
		assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(replay.json().path("id").asString()).isEqualTo(first.json().path("id").asString());

		var licence = licence(id);
		assertThat(licence.path("licenceClass").asString()).isEqualTo("F");
		assertThat(licence.path("number").asString()).isEqualTo(number);
		assertThat(licence.path("validUntil").asString()).isEqualTo("2030-09-14");
		assertThat(licence.path("term").asString()).isEqualTo("SIX_YEARS");
		assertThat(classes(licence.path("permittedClasses"))).containsExactly("F");
		assertThat(licence.path("seniorClassStanding").asString()).isEqualTo("NOT_AFFECTED");
		var services = Api.at(port).as("clerk").get("/api/v1/licence-applications/" + id + "/licence-services").json();
		assertThat(services.size()).isEqualTo(1);
		// once F, F again is the same class
		var again = exchange(id, "F");
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.json().path("rule").asString()).isEqualTo(LicenceRenewalRules.RULE_CLASS_EXCHANGE);

		var holder = jdbc.sql("select citizen_id from licensing.licence_application where id = :id::uuid")
			.param("id", id).query(UUID.class).single();
		var deadline = System.nanoTime() + 20_000_000_000L;
		while (jdbc.sql("""
				select count(*) from transactions.service_record where citizen_id = :citizen
				  and service_type = 'LICENCE_CLASS_EXCHANGE' and channel = 'WINDOW'""")
			.param("citizen", holder).query(Long.class).single() != 1
				|| jdbc.sql("select count(*) from audit.audit_record where target_id = :id and action = :action")
					.param("id", id).param("action", "licensing.licence.class-exchange").query(Long.class).single() != 1) {
			assertThat(System.nanoTime()).as("exchange recorded as a service and audited").isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	@Test
	void aClassNotIncludedIsRefusedWithTheAnnexRuleAndALargeClassGoesForC1From63() {
		today(LocalDate.of(2026, 6, 1));
		var c1 = licensed(LocalDate.of(1990, 5, 17), "C1", LocalDate.of(2031, 1, 1));
		var higher = exchange(c1, "A1");
		assertThat(higher.status()).isEqualTo(422);
		assertThat(higher.json().path("rule").asString()).isEqualTo(LicenceClass.RULE_CLASS_INCLUSION);
		var same = exchange(c1, "C1");
		assertThat(same.status()).isEqualTo(422);
		assertThat(same.json().path("rule").asString()).isEqualTo(LicenceRenewalRules.RULE_CLASS_EXCHANGE);

		var b2 = licensed(LocalDate.of(1963, 5, 20), "B2", LocalDate.of(2031, 1, 1)); // 63 since 2026-05-20
		assertThat(licence(b2).path("largeClassStanding").asString()).isEqualTo("MUST_EXCHANGE");
		assertThat(classes(licence(b2).path("exchangeableFor"))).containsExactly("C1", "C2", "C3", "C4");
		var large = exchange(b2, "M");
		assertThat(large.status()).isEqualTo(422);
		assertThat(large.json().path("rule").asString()).isEqualTo(LicenceRenewalRules.RULE_AGE_EXCHANGE);
		var exchanged = exchange(b2, "C1");
		assertThat(exchanged.status()).as(exchanged.body()).isEqualTo(201);
		assertThat(licence(b2).path("largeClassStanding").asString()).isEqualTo("NOT_AFFECTED");
		assertThat(classes(licence(b2).path("permittedClasses"))).containsExactly("C1", "C2", "C3", "C4");
	}

	@Test
	void badInputStrangersAndExpiredLicencesChangeNothing() {
		today(LocalDate.of(2026, 6, 1));
		var id = licensed(LocalDate.of(1990, 5, 17), "C1", LocalDate.of(2031, 1, 1));

		assertThat(exchange(id, "Z9").status()).isEqualTo(400);
		assertThat(Api.at(port).as("clerk").post("/api/v1/licence-applications/" + id + "/class-exchanges", "{}")
			.status()).isEqualTo(400);
		assertThat(Api.at(port).as("examiner").post("/api/v1/licence-applications/" + id + "/class-exchanges",
				"{\"toClass\":\"C2\"}").status()).isEqualTo(403);
		assertThat(exchange("0b8a0f8e-9d3c-4d6e-8a39-3c1c9a0e6b11", "C2").status()).isEqualTo(404);
		var expired = licensed(LocalDate.of(1990, 5, 17), "C1", LocalDate.of(2026, 5, 31));
		var refused = exchange(expired, "C2");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().path("detail").asString()).contains("2026-05-31");
		assertThat(classes(licence(expired).path("exchangeableFor"))).isEmpty();
		var notLicensed = Api.at(port).as("clerk").post("/api/v1/licence-applications", "{\"idNumber\":\""
				+ LicenceJourneyTests.idBornOn(LocalDate.of(1999, 1, 1)) + "\",\"name\":\"李\",\"mobile\":\""
				+ LicenceJourneyTests.mobile() + "\",\"licenceClass\":\"C1\"}").json().path("id").asString();
		assertThat(exchange(notLicensed, "C2").status()).isEqualTo(422);
		for (var unchanged : List.of(id, expired)) {
			assertThat(Api.at(port).as("clerk").get("/api/v1/licence-applications/" + unchanged + "/licence-services")
				.json().size()).isZero();
		}
	}

	@Test
	void ofTwentyConcurrentExchangesExactlyOneChangesTheLicence() throws Exception {
		today(LocalDate.of(2026, 6, 1));
		var id = licensed(LocalDate.of(1980, 8, 8), "A1", LocalDate.of(2031, 1, 1));
		var statuses = Concurrently.statuses(20, () -> exchange(id, "B2").status());
		assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
		assertThat(statuses).allMatch(status -> status == 201 || status == 409 || status == 422);
		assertThat(Api.at(port).as("clerk").get("/api/v1/licence-applications/" + id + "/licence-services").json()
			.size()).isEqualTo(1);
		assertThat(licence(id).path("licenceClass").asString()).isEqualTo("B2");
	}
}
