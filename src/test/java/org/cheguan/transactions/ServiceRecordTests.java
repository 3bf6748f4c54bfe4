package org.cheguan.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.cheguan.identity.Citizens;
import org.cheguan.licensing.ExamPlan;
import org.cheguan.shared.Channel;
import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Service records (issue 6, item 1): the catalogue, the clerk endpoint, idempotent recording, and a licensing exam
 * becoming a service record and a rating invitation through the asynchronous listeners.
 */
@CheguanTest
class ServiceRecordTests {

	private static final AtomicInteger sequence = new AtomicInteger(700);

	@LocalServerPort
	int port;

	@Autowired
	ServiceRecords records;

	@Autowired
	Citizens citizens;

	@Autowired
	ExamPlan plan;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void backToSystemTime() {
		Api.at(port).as("admin").delete("/api/v1/admin/clock");
	}

	static String idNumber() {
		var body = "42010219900101" + String.format("%03d", sequence.incrementAndGet() % 1000);
		return body + ResidentIdNumber.checkCharacter(body);
	}

	static String mobile() {
		return "135" + String.format("%08d", (System.nanoTime() / 1000 + sequence.incrementAndGet()) % 100_000_000);
	}

	@Test
	void theCatalogueListsEveryBusinessTypeWithItsNameInTheRequestLanguage() {
		var zh = Api.at(port).get("/api/v1/service-types");
		assertThat(zh.status()).isEqualTo(200);
		assertThat(zh.json().size()).isEqualTo(ServiceType.values().length);
		var transfer = find(zh.json(), "code", "VEHICLE_TRANSFER");
		assertThat(transfer.path("name").asString()).isEqualTo("机动车转让登记");
		var en = Api.at(port).header("Accept-Language", "en").get("/api/v1/service-types").json();
		assertThat(find(en, "code", "EBIKE_REGISTRATION").path("name").asString()).isEqualTo("E-bike registration");
		for (var type : zh.json()) {
			assertThat(type.path("code").asString()).matches("[A-Z][A-Z0-9_]*");
		}
	}

	@Test
	void aRedeliveredFactNeverMakesASecondRecord() {
		var citizen = citizens.register(ResidentIdNumber.of(idNumber()), MobileNumber.of(mobile()), null);
		var key = UUID.randomUUID();
		var service = NewServiceRecord.of("vehicles.registered", key, ServiceType.VEHICLE_REGISTRATION,
				Channel.WINDOW, citizen, Instant.parse("2026-03-02T02:00:00Z"))
			.at(UUID.randomUUID())
			.by("clerk", null)
			.waited(Instant.parse("2026-03-02T01:40:00Z"), 15);
		var first = records.record(service);
		var second = records.record(service);
		assertThat(second.id()).isEqualTo(first.id());
		assertThat(first.department()).isEqualTo("VEHICLES");
		assertThat(first.waitMinutes()).isEqualTo(15);
		assertThat(jdbc.sql("select count(*) from transactions.service_record where source = 'vehicles.registered' "
				+ "and source_key = :key").param("key", key.toString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aClerkRecordsAServiceNoModuleModelsAndStaffFindItByTheCitizensIdNumber() {
		var id = idNumber();
		var created = Api.at(port).as("clerk").post("/api/v1/service-records", "{\"serviceType\":\"ARCHIVE_COPY\","
				+ "\"channel\":\"WINDOW\",\"citizenIdNumber\":\"" + id + "\",\"mobile\":\"" + mobile()
				+ "\",\"startedAt\":\"2026-04-01T09:00:00+08:00\",\"completedAt\":\"2026-04-01T09:15:00+08:00\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.header("Location")).startsWith("/api/v1/service-records/");
		assertThat(created.json().path("staffUsername").asString()).isEqualTo("clerk");
		assertThat(created.json().path("citizenIdNumber").asString()).isEqualTo(ResidentIdNumber.of(id).masked());
		assertThat(created.body()).doesNotContain(id);

		var found = Api.at(port).as("supervisor")
			.get("/api/v1/service-records?citizenIdNumber=" + id + "&from=2026-04-01&to=2026-04-01").json();
		assertThat(found.size()).isEqualTo(1);
		assertThat(found.get(0).path("serviceType").asString()).isEqualTo("ARCHIVE_COPY");

		// refused: an examiner may not record; a bad type, channel or ID number is a 400, an unknown citizen 404
		assertThat(Api.at(port).as("examiner").post("/api/v1/service-records", "{\"serviceType\":\"ARCHIVE_COPY\","
				+ "\"channel\":\"WINDOW\",\"citizenIdNumber\":\"" + id + "\",\"completedAt\":\"2026-04-01T09:15:00+08:00\"}")
			.status()).isEqualTo(403);
		assertThat(Api.at(port).as("clerk").post("/api/v1/service-records", "{\"serviceType\":\"FLYING\","
				+ "\"channel\":\"WINDOW\",\"citizenIdNumber\":\"" + id + "\",\"completedAt\":\"2026-04-01T09:15:00+08:00\"}")
			.status()).isEqualTo(400);
		assertThat(Api.at(port).as("clerk").post("/api/v1/service-records", "{\"serviceType\":\"ARCHIVE_COPY\","
				+ "\"channel\":\"WINDOW\",\"citizenIdNumber\":\"340524198001010013\","
				+ "\"completedAt\":\"2026-04-01T09:15:00+08:00\"}").problemType()).isEqualTo("invalid-resident-id");
		assertThat(Api.at(port).as("clerk").post("/api/v1/service-records", "{\"serviceType\":\"ARCHIVE_COPY\","
				+ "\"channel\":\"WINDOW\",\"citizenIdNumber\":\"" + idNumber() + "\","
				+ "\"completedAt\":\"2026-04-01T09:15:00+08:00\"}").status()).isEqualTo(404);
		assertThat(Api.at(port).as("clerk").post("/api/v1/service-records", "{\"serviceType\":\"ARCHIVE_COPY\","
				+ "\"channel\":\"WINDOW\",\"citizenIdNumber\":\"" + id + "\",\"startedAt\":\"2026-04-01T10:00:00+08:00\","
				+ "\"completedAt\":\"2026-04-01T09:15:00+08:00\"}").status()).isEqualTo(400);
		assertThat(Api.at(port).get("/api/v1/service-records").status()).isEqualTo(401);
	}

	@Test
	void aLicensingExamTakenBecomesAServiceRecordAndARatingInvitation() {
		var examDay = LocalDate.of(2026, 3, 5);
		var admin = Api.at(port).as("admin");
		admin.put("/api/v1/admin/clock", "{\"instant\":\"2026-03-02T09:00:00+08:00\"}");
		var idNumber = idNumber();
		var mobile = mobile();
		var applied = Api.at(port).as("clerk").post("/api/v1/licence-applications", "{\"idNumber\":\"" + idNumber
				+ "\",\"name\":\"王芳\",\"mobile\":\"" + mobile + "\",\"licenceClass\":\"C1\"}");
		assertThat(applied.status()).as(applied.body()).isEqualTo(201);
		var application = applied.json().path("id").asString();
		var venue = plan.venues().stream().filter(v -> v.name().equals("南湖考场")).findFirst().orElseThrow();
		var session = admin.post("/api/v1/exam-sessions", "{\"venueId\":\"" + venue.id()
				+ "\",\"subject\":\"SUBJECT_1\",\"date\":\"" + examDay + "\",\"startTime\":\"06:"
				+ String.format("%02d", sequence.incrementAndGet() % 60) + "\",\"capacity\":3}");
		assertThat(session.status()).as(session.body()).isEqualTo(201);
		var sessionId = session.json().path("id").asString();
		assertThat(Api.at(port).as("clerk").post("/api/v1/licence-applications/" + application + "/booking-requests",
				"{\"subject\":\"SUBJECT_1\",\"preferences\":[\"" + sessionId + "\"]}").status()).isEqualTo(201);
		assertThat(admin.post("/api/v1/exam-allocations", "{\"subject\":\"SUBJECT_1\",\"from\":\"" + examDay
				+ "\",\"to\":\"" + examDay + "\"}").status()).isEqualTo(200);
		admin.put("/api/v1/admin/clock", "{\"instant\":\"" + examDay + "T10:00:00+08:00\"}");
		var result = Api.at(port).as("examiner").post("/api/v1/licence-applications/" + application + "/results",
				"{\"subject\":\"SUBJECT_1\",\"sessionId\":\"" + sessionId + "\",\"score\":95}");
		assertThat(result.status()).as(result.body()).isEqualTo(200);

		// the listeners run after commit, asynchronously: wait for the records
		var found = waitFor(() -> {
			var list = Api.at(port).as("supervisor").get("/api/v1/service-records?citizenIdNumber=" + idNumber).json();
			return list.size() >= 1 ? list : null;
		});
		var types = new java.util.ArrayList<String>();
		found.forEach(record -> types.add(record.path("serviceType").asString()));
		// the permit issued with the pass is part of the same visit: one record, one invitation
		assertThat(types).containsExactly("EXAM_SUBJECT_1");
		var exam = find(found, "serviceType", "EXAM_SUBJECT_1");
		assertThat(exam.path("source").asString()).isEqualTo("licensing.exam-taken");
		assertThat(exam.path("channel").asString()).isEqualTo("WINDOW");

		var invitation = waitFor(() -> {
			for (var message : admin.get("/api/v1/admin/notifications?to=" + mobile).json()) {
				if ("rating-invitation".equals(message.path("template").asString())
						&& message.path("body").asString().contains("科目一考试")) {
					return message;
				}
			}
			return null;
		});
		assertThat(invitation.path("body").asString()).contains("/rate/").contains("科目一考试");
		assertThat(invitation.path("entityType").asString()).isEqualTo("service-record");
	}

	static JsonNode find(JsonNode array, String field, String value) {
		for (var element : array) {
			if (value.equals(element.path(field).asString())) {
				return element;
			}
		}
		throw new AssertionError(value + " not in " + array);
	}

	static <T> T waitFor(java.util.function.Supplier<T> probe) {
		var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (true) {
			var value = probe.get();
			if (value != null) {
				return value;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not there after 20 s");
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}
}
