package org.cheguan.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.cheguan.shared.Channel;
import org.cheguan.shared.MobileNumber;
import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The hotline end to end over HTTP: a praise call naming a clerk becomes a commendation in the clerk's record; a
 * ticket's life from opening to closing with progress messages to the caller; overdue escalation, once; the events
 * other modules consume; and bad input refused with problems, never a 500.
 */
@CheguanTest
@RecordApplicationEvents
class HotlineHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	HotlineDesk desk;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.cheguan.outlets.Outlets outlets;

	@Autowired
	ApplicationEvents events;

	static String mobile() {
		return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	Api agent() {
		return Api.at(port).as("agent");
	}

	@Test
	void aPraiseCallNamingAClerkBecomesACommendationVisibleInTheClerksRecord() {
		var caller = mobile();
		var opened = agent().post("/api/v1/hotline/tickets", """
				{"kind":"praise","callerMobile":"%s","description":"感谢窗口民警王芳耐心帮我办完转让登记","staffId":"clerk"}"""
			.formatted(caller));
		assertThat(opened.status()).isEqualTo(201);
		var ticketId = opened.json().path("id").asString();
		assertThat(opened.json().path("dueAt").asString()).isNotBlank();
		assertThat(opened.json().path("department").asString()).isEqualTo("机动车登记科");
		assertThat(opened.body()).doesNotContain(caller).contains(MobileNumber.of(caller).masked());

		var record = Api.at(port).as("clerk").get("/api/v1/staff/clerk/commendations");
		assertThat(record.status()).isEqualTo(200);
		var found = false;
		for (var commendation : record.json()) {
			if (commendation.path("ticketId").asString().equals(ticketId)) {
				found = true;
				assertThat(commendation.path("staffUsername").asString()).isEqualTo("clerk");
				assertThat(commendation.path("note").asString()).contains("转让登记");
			}
		}
		assertThat(found).as("the praise is in the clerk's record").isTrue();

		var messages = Api.at(port).as("admin").get("/api/v1/admin/notifications?to=" + caller);
		assertThat(messages.body()).contains(opened.json().path("number").asString(), "表扬已受理");
	}

	@Test
	void aPraiseCanNameTheStaffMemberByAccountId() {
		var clerk = desk.staffMembers().stream().filter(a -> a.username().equals("clerk")).findFirst().orElseThrow();
		var opened = agent().post("/api/v1/hotline/tickets", """
				{"kind":"PRAISE","callerMobile":"%s","description":"表扬","staffId":"%s"}""".formatted(mobile(), clerk.id()));
		assertThat(opened.status()).isEqualTo(201);
		assertThat(opened.json().path("staffNamed").asString()).isEqualTo("clerk");
	}

	@Test
	void aTicketIsAcceptedProgressedClosedAndReopenedWithMessagesToTheCaller() {
		var caller = mobile();
		var id = agent().post("/api/v1/hotline/tickets", """
				{"kind":"help","callerMobile":"%s","description":"兰州号牌小轿车转籍提示在办业务"}""".formatted(caller))
			.json().path("id").asString();
		var path = "/api/v1/hotline/tickets/" + id + "/events";

		assertThat(agent().post(path, "{\"kind\":\"ACCEPT\"}").json().path("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(agent().post(path, "{\"kind\":\"PROGRESS\",\"note\":\"已联系兰州市车管所\"}").status()).isEqualTo(201);
		var closed = agent().post(path, "{\"kind\":\"CLOSE\",\"note\":\"数据已重传，转入手续已办结\"}");
		assertThat(closed.status()).isEqualTo(201);
		assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.json().path("resolution").asString()).contains("已办结");
		assertThat(closed.json().path("events")).hasSize(4); // opened, accept, progress, close
		assertThat(agent().post(path, "{\"kind\":\"CLOSE\",\"note\":\"again\"}").status()).isEqualTo(409);
		assertThat(agent().post(path, "{\"kind\":\"REOPEN\"}").json().path("status").asString()).isEqualTo("IN_PROGRESS");

		var messages = Api.at(port).as("admin").get("/api/v1/admin/notifications?to=" + caller).body();
		assertThat(messages).contains("已联系兰州市车管所", "已办理完毕", "求助已受理");
		assertThat(agent().get("/api/v1/hotline/tickets/" + id).json().path("events").get(0).path("kind").asString())
			.isEqualTo("OPENED");
	}

	@Test
	void closingPublishesTheServiceRenderedWithoutTheCallersMobile() {
		var mobile = MobileNumber.of(mobile());
		var opened = desk.open(NewTicket.of(TicketKind.CONSULTATION, TicketChannel.PHONE, mobile, null,
				"驾驶证到期换证要带什么", null, null), "agent", "agent");
		desk.record(opened.id(), "CLOSE", "已告知所需材料", "agent");
		var closed = events.stream(HotlineTicketClosed.class).filter(e -> e.ticketId().equals(opened.id())).toList();
		assertThat(closed).hasSize(1);
		var event = closed.get(0);
		assertThat(event.channel()).isEqualTo(Channel.HOTLINE);
		assertThat(event.kind()).isEqualTo(TicketKind.CONSULTATION);
		assertThat(event.citizen()).isNull();
		assertThat(event.agent()).isEqualTo("agent");
		assertThat(event.openedAt()).isEqualTo(opened.openedAt());
		assertThat(event.closedAt()).isAfterOrEqualTo(event.openedAt());
		// the number itself, clear or masked (a bare 139 also turned up inside the ticket's random id now and then)
		assertThat(event.toString()).doesNotContain(mobile.value()).doesNotContain(mobile.masked());
	}

	@Test
	void aComplaintAboutAStaffMemberIsPublishedForRectification() {
		var opened = desk.open(NewTicket.of(TicketKind.COMPLAINT, TicketChannel.APP, MobileNumber.of(mobile()), null,
				"考试员态度生硬", "examiner", null), "agent", "agent");
		var filed = events.stream(StaffComplaintFiled.class).filter(e -> e.ticketId().equals(opened.id())).toList();
		assertThat(filed).singleElement().satisfies(e -> {
			assertThat(e.staffUsername()).isEqualTo("examiner");
			assertThat(e.department()).isEqualTo("考试科");
			assertThat(e.dueAt()).isEqualTo(opened.dueAt());
		});
		assertThat(opened.department()).isEqualTo("考试科");
		assertThat(events.stream(StaffCommended.class).filter(e -> e.ticketId().equals(opened.id()))).isEmpty();
	}

	@Test
	void anOverdueTicketIsEscalatedOnceByTheScan() {
		var id = UUID.fromString(agent().post("/api/v1/hotline/tickets", """
				{"kind":"consultation","callerMobile":"%s","description":"补领行驶证流程"}""".formatted(mobile()))
			.json().path("id").asString());
		jdbc.sql("update hotline.ticket set due_at = :past where id = :id")
			.param("past", java.sql.Timestamp.from(Instant.parse("2026-01-05T02:00:00Z")))
			.param("id", id)
			.update();
		var first = Api.at(port).as("supervisor").post("/api/v1/hotline/escalations", "");
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().path("escalated").asInt()).isGreaterThanOrEqualTo(1);
		Api.at(port).as("supervisor").post("/api/v1/hotline/escalations", "");
		desk.escalateOverdue();

		var ticket = desk.details(id);
		assertThat(ticket.escalated()).isTrue();
		assertThat(ticket.events().stream().filter(e -> e.kind().equals("ESCALATED"))).hasSize(1);
		var escalated = agent().get("/api/v1/hotline/tickets?escalated=true&size=200").body();
		assertThat(escalated).contains(id.toString());
		assertThat(agent().post("/api/v1/hotline/tickets/" + id + "/events", "{\"kind\":\"ESCALATE\"}").status())
			.isEqualTo(409);
		assertThat(agent().post("/api/v1/hotline/escalations", "").status()).isEqualTo(403);
	}

	@Test
	void badInputIsRefusedWithProblems() {
		var badMobile = agent().post("/api/v1/hotline/tickets",
				"{\"kind\":\"help\",\"callerMobile\":\"12345\",\"description\":\"x\"}");
		assertThat(badMobile.status()).isEqualTo(400);
		assertThat(badMobile.problemType()).isEqualTo("invalid-mobile");
		var badKind = agent().post("/api/v1/hotline/tickets",
				"{\"kind\":\"thanks\",\"callerMobile\":\"%s\",\"description\":\"x\"}".formatted(mobile()));
		assertThat(badKind.status()).isEqualTo(400);
		assertThat(badKind.problemType()).isEqualTo("validation");
		var unknownStaff = agent().post("/api/v1/hotline/tickets",
				"{\"kind\":\"praise\",\"callerMobile\":\"%s\",\"description\":\"x\",\"staffId\":\"nobody-here\"}"
					.formatted(mobile()));
		assertThat(unknownStaff.status()).isEqualTo(400);
		var blank = agent().post("/api/v1/hotline/tickets",
				"{\"kind\":\"help\",\"callerMobile\":\"%s\",\"description\":\"   \"}".formatted(mobile()));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(agent().get("/api/v1/hotline/tickets?status=LOST").status()).isEqualTo(400);
		assertThat(agent().get("/api/v1/hotline/tickets?size=0").status()).isEqualTo(400);
		assertThat(agent().get("/api/v1/hotline/tickets/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(agent().post("/api/v1/hotline/tickets/" + UUID.randomUUID() + "/events", "{\"kind\":\"NOTE\",\"note\":\"x\"}")
			.status()).isEqualTo(404);
		assertThat(Api.at(port).post("/api/v1/hotline/tickets", "{}").status()).isEqualTo(401);
		assertThat(Api.at(port).as("clerk").get("/api/v1/hotline/tickets").status()).isEqualTo(403);
		assertThat(agent().get("/api/v1/staff/nobody-here/commendations").status()).isEqualTo(404);
	}

	@Test
	void listsMaskTheCallersMobile() {
		var caller = mobile();
		agent().post("/api/v1/hotline/tickets",
				"{\"kind\":\"suggestion\",\"callerMobile\":\"%s\",\"description\":\"建议增加夜间窗口\"}".formatted(caller));
		var list = agent().get("/api/v1/hotline/tickets?kind=suggestion&size=200");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).doesNotContain(caller).contains(MobileNumber.of(caller).masked());
		assertThat(Long.parseLong(list.header("X-Total-Count"))).isGreaterThanOrEqualTo(1);
		assertThat(agent().get("/api/v1/hotline/tickets?size=201").status()).isEqualTo(400);
	}

	@Test
	void aTicketNamesAnOutletThatExists() {
		var unknown = agent().post("/api/v1/hotline/tickets", """
				{"kind":"complaint","callerMobile":"%s","description":"排队太久","outletId":"%s"}"""
			.formatted(mobile(), UUID.randomUUID()));
		assertThat(unknown.status()).isEqualTo(400);
		var outlet = outlets.all().stream().findFirst();
		if (outlet.isPresent()) {
			var known = agent().post("/api/v1/hotline/tickets", """
					{"kind":"complaint","callerMobile":"%s","description":"排队太久","outletId":"%s"}"""
				.formatted(mobile(), outlet.get().id()));
			assertThat(known.status()).isEqualTo(201);
			assertThat(known.json().path("outletId").asString()).isEqualTo(outlet.get().id().toString());
		}
	}

	@Test
	void theSameIdempotencyKeyOpensOneTicket() {
		var body = "{\"kind\":\"consultation\",\"callerMobile\":\"%s\",\"description\":\"补换牌证\"}".formatted(mobile());
		var key = UUID.randomUUID().toString();
		var first = agent().header("Idempotency-Key", key).post("/api/v1/hotline/tickets", body);
		var again = agent().header("Idempotency-Key", key).post("/api/v1/hotline/tickets", body);
		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
	}
}
