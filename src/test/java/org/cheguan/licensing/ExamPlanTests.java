package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.cheguan.shared.OfficeTime;
import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The exam plan: demo venues across Wuhan, weekend sessions, admin-only planning, seats never oversold. */
@CheguanTest
class ExamPlanTests {

	@LocalServerPort
	int port;

	@Autowired
	ExamPlan plan;

	@Autowired
	Clock clock;

	@Test
	void demoPlanHasTheSeedsTwoVenuesAndGeneratedOnesMarkedAsDemo() {
		var venues = Api.at(port).get("/api/v1/exam-venues").json();
		var names = venues.valueStream().map(v -> v.path("name").asString()).toList();
		assertThat(names).contains("南湖考场", "白沙洲考场");
		assertThat(venues.valueStream().filter(v -> v.path("demo").asBoolean()).count()).isEqualTo(12);
		assertThat(venues.valueStream().map(v -> v.path("districtCode").asString()).distinct().count()).isEqualTo(13);
	}

	@Test
	void planHasSundaySkillsSessions() {
		var today = OfficeTime.today(clock);
		var sessions = plan.sessions(Subject.SUBJECT_2, today, today.plusDays(14), null, 0, 500);
		assertThat(sessions).anySatisfy(session -> assertThat(session.date().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY));
		assertThat(sessions).allSatisfy(session -> assertThat(session.freeSeats()).isPositive());
	}

	@Autowired
	DemoExamPlan demoPlan;

	@Test
	void demoPlanFollowsTheClockForward() {
		var later = OfficeTime.today(clock).plusDays(90);
		Api.at(port).as("admin").put("/api/v1/admin/clock", "{\"instant\":\"" + later + "T09:00:00+08:00\"}");
		try {
			demoPlan.extend();
			assertThat(plan.sessions(Subject.SUBJECT_3, later.plusDays(20), later.plusDays(DemoExamPlan.PLAN_DAYS), null,
					0, 10)).isNotEmpty();
		}
		finally {
			Api.at(port).as("admin").delete("/api/v1/admin/clock");
		}
	}

	@Test
	void adminAddsASessionOthersMayNot() {
		var venue = plan.venues().get(0);
		var date = OfficeTime.today(clock).plusDays(40);
		var body = "{\"venueId\":\"" + venue.id() + "\",\"subject\":\"SUBJECT_2\",\"date\":\"" + date
				+ "\",\"startTime\":\"15:30\",\"capacity\":12}";
		assertThat(Api.at(port).as("clerk").post("/api/v1/exam-sessions", body).status()).isEqualTo(403);
		var created = Api.at(port).as("admin").post("/api/v1/exam-sessions", body);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).startsWith("/api/v1/exam-sessions/");
		assertThat(created.json().path("freeSeats").asInt()).isEqualTo(12);
		var again = Api.at(port).as("admin").post("/api/v1/exam-sessions", body);
		assertThat(again.status()).isEqualTo(409);
	}

	@Test
	void refusesSessionsThatCannotBe() {
		var admin = Api.at(port).as("admin");
		var nanhu = plan.venues().stream().filter(v -> v.name().equals("南湖考场")).findFirst().orElseThrow();
		var demo = plan.venues().stream().filter(v -> !v.subjects().contains(Subject.SUBJECT_2)).findFirst()
			.orElseThrow();
		var today = OfficeTime.today(clock);
		assertThat(admin.post("/api/v1/exam-sessions", session(nanhu.id().toString(), "SUBJECT_1", today.minusDays(1), 10))
			.status()).isEqualTo(422);
		assertThat(admin.post("/api/v1/exam-sessions", session(demo.id().toString(), "SUBJECT_2", today.plusDays(3), 10))
			.json().path("type").asString()).isEqualTo("/problems/rule-violation");
		assertThat(admin.post("/api/v1/exam-sessions", session(nanhu.id().toString(), "SUBJECT_9", today, 10)).status())
			.isEqualTo(400);
		assertThat(admin.post("/api/v1/exam-sessions", session(nanhu.id().toString(), "SUBJECT_1", today, 0)).status())
			.isEqualTo(400);
		assertThat(admin.post("/api/v1/exam-sessions",
				session("00000000-0000-0000-0000-000000000000", "SUBJECT_1", today, 10)).status()).isEqualTo(404);
		assertThat(Api.at(port).get("/api/v1/exam-sessions?subject=SUBJECT_9").status()).isEqualTo(400);
		// at most a year ahead: the day after a year is refused (and LocalDate.MAX never becomes infinity)
		var tooFar = admin.post("/api/v1/exam-sessions",
				session(nanhu.id().toString(), "SUBJECT_1", today.plusYears(1).plusDays(1), 10));
		assertThat(tooFar.status()).as(tooFar.body()).isEqualTo(422);
		assertThat(admin.post("/api/v1/exam-sessions", session(nanhu.id().toString(), "SUBJECT_1", LocalDate.MAX, 10))
			.status()).isEqualTo(422);
		var reversed = Api.at(port).get("/api/v1/exam-sessions?from=" + today.plusDays(9) + "&to=" + today.plusDays(1));
		assertThat(reversed.status()).as(reversed.body()).isEqualTo(400);
	}

	@Test
	void threeHundredConcurrentSeatGrabsOnOneSeatTakeExactlyOne() throws Exception {
		var venue = plan.venues().get(0);
		var session = plan.insertSession(venue.id(), venue.subjects().iterator().next(),
				OfficeTime.today(clock).plusDays(60), LocalTime.of(7, 1), 1).orElseThrow();
		var start = new CountDownLatch(1);
		var tasks = new ArrayList<Callable<Boolean>>();
		for (int i = 0; i < 300; i++) {
			tasks.add(() -> {
				start.await();
				return plan.takeSeat(session.id());
			});
		}
		var executor = Executors.newFixedThreadPool(16);
		try {
			var futures = tasks.stream().map(executor::submit).toList();
			start.countDown();
			long taken = 0;
			for (var future : futures) {
				taken += future.get() ? 1 : 0;
			}
			assertThat(taken).isEqualTo(1);
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(plan.session(session.id()).booked()).isEqualTo(1);
	}

	private static String session(String venueId, String subject, LocalDate date, int capacity) {
		return "{\"venueId\":\"" + venueId + "\",\"subject\":\"" + subject + "\",\"date\":\"" + date
				+ "\",\"startTime\":\"16:45\",\"capacity\":" + capacity + "}";
	}
}
