package org.cheguan.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Escalation of overdue rectifications (督办; Hubei practice: to the 支队 after 3 more working days): public vector V14,
 * a window transfer rated 不满意 on 2026-09-24, reply due 09-30, rectification due 10-22, across National Day and its
 * make-up Saturday 10-10. The scan is called with the office date it runs on.
 */
@CheguanTest
@RecordApplicationEvents
class RectificationEscalationTests {

	@LocalServerPort
	int port;

	@Autowired
	Rectifications rectifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void backToSystemTime() {
		Api.at(port).as("admin").delete("/api/v1/admin/clock");
	}

	long escalations(String rectification) {
		return events.stream(RectificationEscalated.class)
			.filter(event -> event.rectificationId().toString().equals(rectification))
			.count();
	}

	long audited(String rectification) {
		return jdbc.sql("""
				select count(*) from audit.audit_record
				where target_type = 'rectification' and target_id = :id and action = 'evaluation.rectification.escalated'""")
			.param("id", rectification).query(Long.class).single();
	}

	@Test
	void aBadRatingNotAnsweredIsEscalatedAfterThreeMoreWorkingDaysAndAgainWhenNotRectified() {
		var admin = Api.at(port).as("admin");
		assertThat(admin.put("/api/v1/admin/clock", "{\"instant\":\"2026-09-24T10:00:00+08:00\"}").status())
			.isEqualTo(200);
		var citizen = new RecordsFixture(port).citizenWithService("VEHICLE_TRANSFER");
		var service = Api.at(port).bearer(citizen.token()).get("/api/v1/service-records").json().get(0)
			.path("id").asString();
		var rated = Api.at(port).bearer(citizen.token()).post("/api/v1/service-records/" + service + "/rating",
				"{\"score\":2}");
		assertThat(rated.status()).as(rated.body()).isEqualTo(201);
		var id = rated.json().path("rectificationId").asString();
		var path = "/api/v1/rectifications/" + id;
		var supervisor = Api.at(port).as("supervisor");
		assertThat(supervisor.get(path).json().path("replyDueOn").asString()).isEqualTo("2026-09-30");

		// reply due 09-30; grace 10-08, 10-09 and Saturday 10-10 (调休, worked): not yet on 10-10
		rectifications.escalateOverdue(LocalDate.of(2026, 10, 10));
		assertThat(supervisor.get(path).json().has("escalatedAt")).isFalse();
		assertThat(escalations(id)).isZero();

		// 10-11: escalated for the reply, once, audited, with its event
		rectifications.escalateOverdue(LocalDate.of(2026, 10, 11));
		var escalated = supervisor.get(path).json();
		assertThat(escalated.path("escalatedFor").asString()).isEqualTo("REPLY");
		assertThat(escalated.has("escalatedAt")).isTrue();
		assertThat(escalated.path("status").asString()).isEqualTo("OPEN"); // the reply is still owed
		assertThat(escalations(id)).isEqualTo(1);
		var event = events.stream(RectificationEscalated.class)
			.filter(e -> e.rectificationId().toString().equals(id)).findFirst().orElseThrow();
		assertThat(event.overdueStep()).isEqualTo("REPLY");
		assertThat(event.missedDeadline()).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(event.escalationDueOn()).isEqualTo(LocalDate.of(2026, 10, 10));
		assertThat(event.ratingId()).isEqualTo(UUID.fromString(rated.json().path("id").asString()));
		assertThat(audited(id)).isEqualTo(1);
		rectifications.escalateOverdue(LocalDate.of(2026, 10, 12));
		assertThat(escalations(id)).isEqualTo(1);
		assertThat(audited(id)).isEqualTo(1);

		// replied late; rectification due 10-22, grace 10-23, 10-26, 10-27
		assertThat(supervisor.post(path + "/reply", "{\"note\":\"已核实，已致歉\"}").json().path("status").asString())
			.isEqualTo("REPLIED");
		rectifications.escalateOverdue(LocalDate.of(2026, 10, 27));
		assertThat(supervisor.get(path).json().path("escalatedFor").asString()).isEqualTo("REPLY");
		rectifications.escalateOverdue(LocalDate.of(2026, 10, 28));
		assertThat(supervisor.get(path).json().path("escalatedFor").asString()).isEqualTo("RECTIFY");
		assertThat(escalations(id)).isEqualTo(2);
		assertThat(audited(id)).isEqualTo(2);

		// rectified: nothing more to escalate
		supervisor.post(path + "/rectification", "{\"note\":\"加强培训\"}");
		rectifications.escalateOverdue(LocalDate.of(2026, 11, 30));
		assertThat(escalations(id)).isEqualTo(2);
	}

	@Test
	void aBadRatingAnsweredInTimeIsNeverEscalated() {
		var admin = Api.at(port).as("admin");
		assertThat(admin.put("/api/v1/admin/clock", "{\"instant\":\"2026-02-13T10:00:00+08:00\"}").status())
			.isEqualTo(200);
		var citizen = new RecordsFixture(port).citizenWithService("ARCHIVE_COPY");
		var service = Api.at(port).bearer(citizen.token()).get("/api/v1/service-records").json().get(0)
			.path("id").asString();
		var rated = Api.at(port).bearer(citizen.token()).post("/api/v1/service-records/" + service + "/rating",
				"{\"score\":1}");
		var id = rated.json().path("rectificationId").asString();
		var path = "/api/v1/rectifications/" + id;
		var supervisor = Api.at(port).as("supervisor");
		// rated on the Friday before the Spring Festival: reply due 02-25, grace to Saturday 02-28 (调休)
		assertThat(supervisor.get(path).json().path("replyDueOn").asString()).isEqualTo("2026-02-25");
		rectifications.escalateOverdue(LocalDate.of(2026, 2, 28));
		assertThat(supervisor.get(path).json().has("escalatedAt")).isFalse();
		supervisor.post(path + "/reply", "{\"note\":\"已核实\"}");
		rectifications.escalateOverdue(LocalDate.of(2026, 3, 1));
		assertThat(supervisor.get(path).json().has("escalatedAt")).isFalse();
		assertThat(escalations(id)).isZero();
	}
}
