package org.cheguan.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ratings over HTTP (issue 6, items 2 and 6): one rating per service, only by the citizen served; a bad rating opens a
 * rectification with deadlines in working days; the same POST with one Idempotency-Key answers the first response
 * again; 100 concurrent ratings store one; the one-time links of the invitations change nothing when followed.
 */
@CheguanTest
class RatingApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	RecordsFixture fixture;

	@AfterEach
	void backToSystemTime() {
		Api.at(port).as("admin").delete("/api/v1/admin/clock");
	}

	RecordsFixture fixture() {
		if (fixture == null) {
			fixture = new RecordsFixture(port);
		}
		return fixture;
	}

	long ratingsOf(String serviceRecordId) {
		return jdbc.sql("select count(*) from evaluation.rating where service_record_id = :id")
			.param("id", UUID.fromString(serviceRecordId)).query(Long.class).single();
	}

	@Test
	void v14AWindowTransferRatedDissatisfiedOpensARectificationDueAcrossTheMidAutumnHoliday() {
		var admin = Api.at(port).as("admin");
		assertThat(admin.put("/api/v1/admin/clock", "{\"instant\":\"2026-09-24T10:00:00+08:00\"}").status())
			.isEqualTo(200);
		var citizen = fixture().citizenWithService("VEHICLE_TRANSFER");
		var service = Api.at(port).bearer(citizen.token()).get("/api/v1/service-records").json().get(0);
		assertThat(service.path("serviceType").asString()).isEqualTo("VEHICLE_TRANSFER");
		var id = service.path("id").asString();

		var rated = Api.at(port).bearer(citizen.token()).post("/api/v1/service-records/" + id + "/rating",
				"{\"score\":2,\"comment\":\"等了很久\",\"dimensions\":{\"ATTITUDE\":2}}");
		assertThat(rated.status()).as(rated.body()).isEqualTo(201);
		assertThat(rated.json().path("bad").asBoolean()).isTrue();
		assertThat(rated.json().path("level").asString()).isEqualTo("DISSATISFIED");
		var ratingId = rated.json().path("id").asString();

		var open = Api.at(port).as("supervisor").get("/api/v1/rectifications?status=OPEN&size=500").json();
		JsonNodeFinder found = new JsonNodeFinder(open, "ratingId", ratingId);
		assertThat(found.node()).isNotNull();
		assertThat(found.node().path("dueOn").asString()).isEqualTo("2026-09-30");
		assertThat(found.node().path("replyDueOn").asString()).isEqualTo("2026-09-30");
		assertThat(found.node().path("rectifyDueOn").asString()).isEqualTo("2026-10-22");
		assertThat(found.node().path("status").asString()).isEqualTo("OPEN");
		assertThat(found.node().path("returnVisitRequired").asBoolean()).isTrue(); // named
		assertThat(found.node().path("summary").asString()).doesNotContain(citizen.idNumber());

		var second = Api.at(port).bearer(citizen.token()).post("/api/v1/service-records/" + id + "/rating",
				"{\"score\":5}");
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.problemType()).isEqualTo("conflict");
	}

	@Test
	void aWindowServiceRatedOneGoesThroughReplyRectificationReturnVisitAndTheRatersFollowUp() {
		var citizen = fixture().citizenWithService("ARCHIVE_COPY");
		var id = Api.at(port).bearer(citizen.token()).get("/api/v1/service-records").json().get(0).path("id").asString();
		var rated = Api.at(port).bearer(citizen.token()).post("/api/v1/service-records/" + id + "/rating",
				"{\"score\":1}");
		assertThat(rated.status()).as(rated.body()).isEqualTo(201);
		var rectification = rated.json().path("rectificationId").asString();
		var supervisor = Api.at(port).as("supervisor");
		var path = "/api/v1/rectifications/" + rectification;
		var opened = supervisor.get(path).json();
		var today = LocalDate.parse(opened.path("openedOn").asString());
		var calendar = org.cheguan.shared.WorkingCalendar.official();
		assertThat(opened.path("replyDueOn").asString()).isEqualTo(calendar.plusWorkingDays(today, 3).toString());
		assertThat(opened.path("rectifyDueOn").asString()).isEqualTo(calendar.plusWorkingDays(today, 15).toString());

		// steps out of order are refused
		assertThat(supervisor.post(path + "/rectification", "{\"note\":\"已整改\"}").status()).isEqualTo(409);
		assertThat(supervisor.post(path + "/reply", "{\"note\":\"已核实：复印机故障，已致歉\"}").json()
			.path("status").asString()).isEqualTo("REPLIED");
		// the named rater is told the reply by SMS (51号: feedback)
		var replied = false;
		for (var message : Api.at(port).as("admin").get("/api/v1/admin/notifications?to=" + citizen.mobile()).json()) {
			if ("rating-rectification-replied".equals(message.path("template").asString())) {
				assertThat(message.path("body").asString()).contains("已核实：复印机故障，已致歉")
					.contains(opened.path("rectifyDueOn").asString());
				replied = true;
			}
		}
		assertThat(replied).isTrue();
		// the citizen may not rate the fix before it is done
		assertThat(Api.at(port).bearer(citizen.token()).post(path + "/follow-up", "{\"score\":3}").status())
			.isEqualTo(409);
		assertThat(supervisor.post(path + "/rectification", "{\"note\":\"更换复印机，增设自助查询\"}").json()
			.path("status").asString()).isEqualTo("RECTIFIED");
		assertThat(supervisor.post(path + "/return-visit", "{\"note\":\"电话回访，群众表示满意\"}").json()
			.path("status").asString()).isEqualTo("CLOSED");
		var followed = Api.at(port).bearer(citizen.token()).post(path + "/follow-up", "{\"score\":3}");
		assertThat(followed.status()).as(followed.body()).isEqualTo(200);
		assertThat(followed.json().path("followUpScore").asInt()).isEqualTo(3);
		assertThat(Api.at(port).bearer(citizen.token()).post(path + "/follow-up", "{\"score\":2}").status())
			.isEqualTo(409);
		// every step is in the audit trail
		var audit = jdbc.sql("select count(*) from audit.audit_record where target_id = :id")
			.param("id", rectification).query(Long.class).single();
		assertThat(audit).isGreaterThanOrEqualTo(5);
	}

	@Test
	void aMaliciousRatingIsAppealedAndDecidedByASupervisorNotTheAppellant() {
		var citizen = fixture().citizenWithService("CONSULTATION");
		var id = Api.at(port).bearer(citizen.token()).get("/api/v1/service-records").json().get(0).path("id").asString();
		var rectification = Api.at(port).bearer(citizen.token())
			.post("/api/v1/service-records/" + id + "/rating", "{\"score\":1,\"comment\":\"乱评\",\"anonymous\":true}")
			.json().path("rectificationId").asString();
		var path = "/api/v1/rectifications/" + rectification;
		assertThat(Api.at(port).as("supervisor").get(path).json().path("returnVisitRequired").asBoolean()).isFalse();
		var appeal = Api.at(port).as("clerk").post(path + "/appeal", "{\"note\":\"评价内容与业务无关，系恶意差评\"}");
		assertThat(appeal.json().path("status").asString()).isEqualTo("APPEALED");
		assertThat(Api.at(port).as("clerk").post(path + "/appeal-decision",
				"{\"upheld\":true,\"note\":\"自己批准\"}").status()).isEqualTo(403);
		assertThat(Api.at(port).as("admin").get("/api/v1/admin/notifications?to=" + citizen.mobile()).body())
			.as("an anonymous rater is not contacted").doesNotContain("rating-rectification-replied");
		var decided = Api.at(port).as("supervisor").post(path + "/appeal-decision",
				"{\"upheld\":true,\"note\":\"经查监控，系恶意评价\"}");
		assertThat(decided.status()).as(decided.body()).isEqualTo(200);
		assertThat(decided.json().path("status").asString()).isEqualTo("VOIDED");
		assertThat(decided.json().path("appealDecidedBy").asString()).isEqualTo("supervisor");
		assertThat(jdbc.sql("select excluded from evaluation.rating where service_record_id = :id")
			.param("id", UUID.fromString(id)).query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select count(*) from audit.audit_record where target_id = :id and action = :action")
			.param("id", rectification).param("action", "evaluation.rectification.appeal-decided")
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void onlyTheCitizenServedRatesStaffAndOtherCitizensCannot() {
		var served = fixture().citizenWithService("CONSULTATION");
		var other = fixture().citizenWithService("CONSULTATION");
		var id = Api.at(port).bearer(served.token()).get("/api/v1/service-records").json().get(0).path("id").asString();
		var asClerk = Api.at(port).as("clerk").post("/api/v1/service-records/" + id + "/rating", "{\"score\":5}");
		assertThat(asClerk.status()).isEqualTo(403);
		var asOther = Api.at(port).bearer(other.token()).post("/api/v1/service-records/" + id + "/rating",
				"{\"score\":5}");
		assertThat(asOther.status()).isEqualTo(404);
		var bad = Api.at(port).bearer(served.token()).post("/api/v1/service-records/" + id + "/rating",
				"{\"score\":6}");
		assertThat(bad.status()).isEqualTo(400);
		var online = Api.at(port).bearer(served.token()).post("/api/v1/service-records/" + id + "/rating",
				"{\"score\":4,\"dimensions\":{\"USABILITY\":4}}");
		assertThat(online.status()).as("a window service has no platform usability").isEqualTo(400);
		assertThat(ratingsOf(id)).isZero();
		// a citizen sees only their own records, whatever they ask for
		assertThat(Api.at(port).bearer(other.token()).get("/api/v1/service-records/" + id).status()).isEqualTo(404);
	}

	@Test
	void theSameRulesHoldWhenTheRatingIsOneStatementFromTheInvitationsCopyOfTheService() {
		var served = fixture().citizenWithService("CONSULTATION");
		var other = fixture().citizenWithService("CONSULTATION");
		fixture().invitations(served.mobile(), 1); // the invitation, with its copy of the service, exists now
		var id = Api.at(port).bearer(served.token()).get("/api/v1/service-records").json().get(0).path("id").asString();
		assertThat(jdbc.sql("select service_channel from evaluation.rating_invitation where service_record_id = :id")
			.param("id", UUID.fromString(id)).query(String.class).single()).isEqualTo("WINDOW");
		assertThat(Api.at(port).bearer(other.token()).post("/api/v1/service-records/" + id + "/rating",
				"{\"score\":5}").status()).isEqualTo(404);
		var online = Api.at(port).bearer(served.token()).post("/api/v1/service-records/" + id + "/rating",
				"{\"score\":4,\"dimensions\":{\"USABILITY\":4}}");
		assertThat(online.status()).as("rolled back with its transaction").isEqualTo(400);
		assertThat(ratingsOf(id)).isZero();
		var rated = Api.at(port).bearer(served.token()).post("/api/v1/service-records/" + id + "/rating",
				"{\"score\":2,\"dimensions\":{\"ATTITUDE\":2}}");
		assertThat(rated.status()).as(rated.body()).isEqualTo(201);
		assertThat(rated.json().path("serviceRecordId").asString()).isEqualTo(id);
		assertThat(rated.json().path("dimensions").path("ATTITUDE").asInt()).isEqualTo(2);
		assertThat(rated.json().path("rectificationId").asString()).isNotBlank();
		assertThat(jdbc.sql("select service_type || ' ' || service_channel from evaluation.rating where service_record_id = :id")
			.param("id", UUID.fromString(id)).query(String.class).single()).isEqualTo("CONSULTATION WINDOW");
		var again = Api.at(port).bearer(served.token()).post("/api/v1/service-records/" + id + "/rating",
				"{\"score\":5}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(ratingsOf(id)).isEqualTo(1);
	}

	@Test
	void theSameRatingWithOneIdempotencyKeyAnswersTheFirstResponseAndAnotherKeyIsAConflict() {
		var citizen = fixture().citizenWithService("LICENCE_RENEWAL");
		var id = Api.at(port).bearer(citizen.token()).get("/api/v1/service-records").json().get(0).path("id").asString();
		var key = UUID.randomUUID().toString();
		var body = "{\"score\":4,\"comment\":\"窗口很快\"}";
		var first = Api.at(port).bearer(citizen.token()).header("Idempotency-Key", key)
			.post("/api/v1/service-records/" + id + "/rating", body);
		var again = Api.at(port).bearer(citizen.token()).header("Idempotency-Key", key)
			.post("/api/v1/service-records/" + id + "/rating", body);
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
		var other = Api.at(port).bearer(citizen.token()).header("Idempotency-Key", UUID.randomUUID().toString())
			.post("/api/v1/service-records/" + id + "/rating", body);
		assertThat(other.status()).isEqualTo(409);
		assertThat(ratingsOf(id)).isEqualTo(1);
	}

	@Test
	void aHundredConcurrentRatingsOfOneServiceStoreOne() throws Exception {
		var citizen = fixture().citizenWithService("INSPECTION_SIGN");
		var id = Api.at(port).bearer(citizen.token()).get("/api/v1/service-records").json().get(0).path("id").asString();
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(32);
		try {
			var results = new ArrayList<Future<Integer>>();
			for (int i = 0; i < 100; i++) {
				var score = 1 + i % 5;
				results.add(pool.submit(() -> {
					start.await();
					return Api.at(port).bearer(citizen.token())
						.post("/api/v1/service-records/" + id + "/rating", "{\"score\":" + score + "}").status();
				}));
			}
			start.countDown();
			int created = 0;
			int conflicts = 0;
			for (var result : results) {
				var status = result.get();
				if (status == 201) {
					created++;
				}
				else if (status == 409) {
					conflicts++;
				}
			}
			assertThat(created).isEqualTo(1);
			assertThat(conflicts).isEqualTo(99);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(ratingsOf(id)).isEqualTo(1);
		var score = jdbc.sql("select score from evaluation.rating where service_record_id = :id")
			.param("id", UUID.fromString(id)).query(Integer.class).single();
		var rectifications = jdbc.sql("select count(*) from evaluation.rectification r join evaluation.rating g "
				+ "on g.id = r.rating_id where g.service_record_id = :id")
			.param("id", UUID.fromString(id)).query(Long.class).single();
		assertThat(rectifications).isEqualTo(score <= 2 ? 1 : 0);
	}

	@Test
	void followingEveryLinkInEveryRatingInvitationWithGetChangesNothing() {
		var citizen = fixture().citizenWithService("PLATE_REPLACEMENT");
		fixture().recordWindowService("ARCHIVE_COPY", citizen.idNumber(), citizen.mobile());
		var invitations = fixture().invitations(citizen.mobile(), 2);
		// every invitation in the outbox so far, from every test, not just this citizen's
		var all = new ArrayList<String>();
		for (var message : Api.at(port).as("admin").get("/api/v1/admin/notifications?size=200").json()) {
			if ("rating-invitation".equals(message.path("template").asString())) {
				all.add(RecordsFixture.linkPath(message.path("body").asString()));
			}
		}
		assertThat(all.size()).isGreaterThanOrEqualTo(invitations.length);
		var before = snapshot();
		for (var path : all) {
			var page = Api.at(port).get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			Api.at(port).get(path + "?done"); // the thank-you address too
		}
		assertThat(snapshot()).isEqualTo(before);
		// and the link still works: a POST through the page rates (CSRF aside, covered by the page tests)
		for (var message : invitations) {
			var path = RecordsFixture.linkPath(message.path("body").asString());
			assertThat(Api.at(port).get(path).body()).contains("rating-form");
		}
	}

	private String snapshot() {
		return jdbc.sql("""
				select (select count(*) from evaluation.rating) || '/' || (select count(*) from evaluation.rectification)
				  || '/' || (select count(*) from evaluation.rating_invitation)
				  || '/' || (select count(*) from transactions.service_record)""")
			.query(String.class).single();
	}

	/** Finds the element of a JSON array whose field has a value. */
	record JsonNodeFinder(tools.jackson.databind.JsonNode array, String field, String value) {

		tools.jackson.databind.JsonNode node() {
			for (var element : array) {
				if (value.equals(element.path(field).asString())) {
					return element;
				}
			}
			return null;
		}
	}
}
