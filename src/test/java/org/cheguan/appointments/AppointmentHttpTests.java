package org.cheguan.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cheguan.identity.Citizens;
import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Appointments and the window queue over real HTTP: the capacity proof (200 concurrent bookings of a slot with 3
 * seats, exactly 3 succeed), the change limit, cancellation, the iCalendar download, owner checks, and the window
 * proof (20 windows calling at once get 20 different tickets), with the completion event's wait time.
 */
@CheguanTest
class AppointmentHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	@Autowired
	Citizens citizens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestOutlets outlets;

	@AfterEach
	void backToSystemTime() {
		Api.at(port).as("admin").delete("/api/v1/admin/clock");
	}

	private Api admin() {
		return Api.at(port).as("admin");
	}

	private Api clerk() {
		return Api.at(port).as("clerk");
	}

	/** Opens a slot on the next working day at the given local time (minutes apart from the demo plan's). */
	private UUID openSlot(UUID outlet, String service, String start, String end, int capacity) {
		var day = outlets.nextWorkingDay(OfficeTime.today(clock));
		var response = admin().post("/api/v1/appointment-slots", """
				{"outletId":"%s","service":"%s","date":"%s","startTime":"%s","endTime":"%s","capacity":%d}"""
			.formatted(outlet, service, day, start, end, capacity));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return UUID.fromString(response.json().path("id").asString());
	}

	@Test
	void twoHundredConcurrentBookingsOfThreeSeatsBookExactlyThree() throws Exception {
		var outlet = outlets.windowOutlet();
		var service = outlets.serviceOf(outlet);
		var slot = openSlot(outlet, service, "10:10", "10:40", 3);
		var people = new ArrayList<String>();
		for (int i = 0; i < 200; i++) {
			var id = Samples.freshIdNumber();
			citizens.register(ResidentIdNumber.of(id), MobileNumber.of(Samples.freshMobile()), null);
			people.add(id);
		}
		var pool = Executors.newFixedThreadPool(50);
		var burst = new Burst(port);
		var start = new CountDownLatch(1);
		try {
			List<Future<Api.Response>> results = new ArrayList<>();
			for (var id : people) {
				Callable<Api.Response> book = () -> {
					start.await();
					return burst.post("clerk", "/api/v1/appointments",
							"{\"slotId\":\"" + slot + "\",\"idNumber\":\"" + id + "\"}");
				};
				results.add(pool.submit(book));
			}
			start.countDown();
			Map<Integer, Integer> byStatus = new HashMap<>();
			for (var result : results) {
				var response = result.get();
				byStatus.merge(response.status(), 1, Integer::sum);
				if (response.status() == 409) {
					assertThat(response.problemType()).isEqualTo("capacity-exhausted");
				}
			}
			assertThat(byStatus).containsEntry(201, 3).containsEntry(409, 197).hasSize(2);
		}
		finally {
			pool.shutdownNow();
		}
		var seats = admin().get("/api/v1/appointment-slots/" + slot).json();
		assertThat(seats.path("booked").asInt()).isEqualTo(3);
		assertThat(seats.path("free").asInt()).isZero();
		assertThat(jdbc.sql("select count(*) from appointments.appointment where slot_id = :slot and status = 'BOOKED'")
			.param("slot", slot).query(Integer.class).single()).isEqualTo(3);
	}

	@Test
	void anAppointmentCanBeChangedTwiceNotThreeTimesAndCancellingFreesTheSeat() {
		var outlet = outlets.windowOutlet();
		var service = outlets.serviceOf(outlet);
		var first = openSlot(outlet, service, "09:10", "09:40", 1);
		var second = openSlot(outlet, service, "09:40", "10:10", 1);
		var third = openSlot(outlet, service, "14:40", "15:10", 1);
		var id = Samples.freshIdNumber();
		var booked = clerk().post("/api/v1/appointments", """
				{"slotId":"%s","idNumber":"%s","mobile":"%s"}""".formatted(first, id, Samples.freshMobile()));
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		var appointment = booked.json().path("id").asString();
		assertThat(booked.json().path("changesLeft").asInt()).isEqualTo(2);
		assertThat(booked.body()).doesNotContain(id);

		var once = clerk().post("/api/v1/appointments/" + appointment + "/reschedule", "{\"slotId\":\"" + second + "\"}");
		assertThat(once.status()).as(once.body()).isEqualTo(200);
		assertThat(admin().get("/api/v1/appointment-slots/" + first).json().path("booked").asInt()).isZero();
		var twice = clerk().post("/api/v1/appointments/" + appointment + "/reschedule", "{\"slotId\":\"" + third + "\"}");
		assertThat(twice.status()).isEqualTo(200);
		assertThat(twice.json().path("changes").asInt()).isEqualTo(2);
		var thrice = clerk().post("/api/v1/appointments/" + appointment + "/reschedule", "{\"slotId\":\"" + first + "\"}");
		assertThat(thrice.status()).isEqualTo(422);
		assertThat(thrice.problemType()).isEqualTo("rule-violation");
		assertThat(thrice.json().path("rule").asString()).isEqualTo(QueueRules.RULE_CHANGES);
		assertThat(admin().get("/api/v1/appointment-slots/" + first).json().path("booked").asInt()).isZero();

		// The slot of a full one-seat slot refuses a second citizen, until the first cancels.
		var other = Samples.freshIdNumber();
		var refused = clerk().post("/api/v1/appointments", """
				{"slotId":"%s","idNumber":"%s","mobile":"%s"}""".formatted(third, other, Samples.freshMobile()));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.problemType()).isEqualTo("capacity-exhausted");
		var cancelled = clerk().post("/api/v1/appointments/" + appointment + "/cancellation", "");
		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
		assertThat(clerk().post("/api/v1/appointments", """
				{"slotId":"%s","idNumber":"%s"}""".formatted(third, other)).status()).isEqualTo(201);
		assertThat(clerk().post("/api/v1/appointments/" + appointment + "/cancellation", "").status()).isEqualTo(409);
	}

	@Test
	void theCitizenDownloadsTheAppointmentAsICalendarAndSeesOnlyTheirOwn() {
		var outlet = outlets.windowOutlet();
		var service = outlets.serviceOf(outlet);
		var slot = openSlot(outlet, service, "15:10", "15:40", 5);
		var token = outlets.citizenToken(port);
		var key = UUID.randomUUID().toString();
		var booked = Api.at(port).bearer(token).header("Idempotency-Key", key)
			.post("/api/v1/appointments", "{\"slotId\":\"" + slot + "\"}");
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		var id = booked.json().path("id").asString();
		var retried = Api.at(port).bearer(token).header("Idempotency-Key", key)
			.post("/api/v1/appointments", "{\"slotId\":\"" + slot + "\"}");
		assertThat(retried.status()).isEqualTo(201);
		assertThat(retried.json().path("id").asString()).isEqualTo(id);
		assertThat(admin().get("/api/v1/appointment-slots/" + slot).json().path("booked").asInt()).isEqualTo(1);

		var ics = Api.at(port).bearer(token).get("/api/v1/appointments/" + id + ".ics");
		assertThat(ics.status()).isEqualTo(200);
		assertThat(ics.header("Content-Type")).startsWith("text/calendar");
		var startUtc = booked.json().path("startsAt").asString();
		assertThat(ics.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("VERSION:2.0\r\n", "BEGIN:VEVENT\r\n",
				"UID:" + id + "@cheguan", "STATUS:CONFIRMED", "SEQUENCE:0", "END:VCALENDAR");
		var day = LocalDate.parse(startUtc.substring(0, 10));
		assertThat(ics.body()).contains("DTSTART:" + day.toString().replace("-", "") + "T071000Z",
				"DTEND:" + day.toString().replace("-", "") + "T074000Z");
		assertThat(ics.body().lines().allMatch(line -> line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75))
			.isTrue();

		var mine = Api.at(port).bearer(token).get("/api/v1/appointments");
		assertThat(mine.json().get(0).path("id").asString()).isEqualTo(id);
		var stranger = outlets.citizenToken(port);
		assertThat(Api.at(port).bearer(stranger).get("/api/v1/appointments/" + id).status()).isEqualTo(404);
		assertThat(Api.at(port).bearer(stranger).get("/api/v1/appointments/" + id + ".ics").status()).isEqualTo(404);
		assertThat(Api.at(port).bearer(stranger).post("/api/v1/appointments/" + id + "/cancellation", "").status())
			.isEqualTo(404);
		assertThat(Api.at(port).bearer(token).post("/api/v1/appointments/" + id + "/attendance", "").status())
			.isEqualTo(403);
	}

	@Test
	void attendanceOnTheDayAndNoShowAfterTheSlot() {
		var outlet = outlets.windowOutlet();
		var service = outlets.serviceOf(outlet);
		var slot = openSlot(outlet, service, "11:10", "11:40", 2);
		var served = book(slot);
		var missed = book(slot);
		var day = admin().get("/api/v1/appointment-slots/" + slot).json().path("startsAt").asString().substring(0, 10);

		assertThat(clerk().post("/api/v1/appointments/" + served + "/attendance", "").status()).isEqualTo(422);
		assertThat(admin().put("/api/v1/admin/clock", "{\"instant\":\"" + day + "T11:15:00+08:00\"}").status())
			.isEqualTo(200);
		assertThat(clerk().post("/api/v1/appointments/" + missed + "/no-show", "").status()).isEqualTo(422);
		var attended = clerk().post("/api/v1/appointments/" + served + "/attendance", "");
		assertThat(attended.status()).isEqualTo(200);
		assertThat(attended.json().path("status").asString()).isEqualTo("ATTENDED");
		assertThat(admin().put("/api/v1/admin/clock", "{\"instant\":\"" + day + "T11:41:00+08:00\"}").status())
			.isEqualTo(200);
		var noShow = clerk().post("/api/v1/appointments/" + missed + "/no-show", "");
		assertThat(noShow.status()).isEqualTo(200);
		assertThat(noShow.json().path("status").asString()).isEqualTo("NO_SHOW");
		assertThat(TestOutlets.events(AppointmentAttended.class))
			.anyMatch(event -> event.appointmentId().toString().equals(served) && event.staffUsername().equals("clerk"));
	}

	private String book(UUID slot) {
		var response = clerk().post("/api/v1/appointments", """
				{"slotId":"%s","idNumber":"%s","mobile":"%s"}""".formatted(slot, Samples.freshIdNumber(),
				Samples.freshMobile()));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().path("id").asString();
	}

	@Test
	void twentyWindowsCallingAtOnceGetTwentyDifferentTickets() throws Exception {
		var outlet = outlets.windowOutlet();
		var service = outlets.serviceOf(outlet);
		var day = outlets.nextWorkingDay(OfficeTime.today(clock).plusDays(10));
		assertThat(admin().put("/api/v1/admin/clock", "{\"instant\":\"" + day + "T10:00:00+08:00\"}").status())
			.isEqualTo(200);
		for (int i = 0; i < 25; i++) {
			var taken = clerk().post("/api/v1/queue-tickets", "{\"outletId\":\"" + outlet + "\",\"service\":\"" + service
					+ "\"}");
			assertThat(taken.status()).as(taken.body()).isEqualTo(201);
		}
		var run = UUID.randomUUID().toString().substring(0, 6);
		var pool = Executors.newFixedThreadPool(20);
		var burst = new Burst(port);
		var start = new CountDownLatch(1);
		try {
			List<Future<Api.Response>> calls = new ArrayList<>();
			for (int w = 0; w < 20; w++) {
				var window = "W" + run + w;
				Callable<Api.Response> call = () -> {
					start.await();
					return burst.post("clerk", "/api/v1/queue-calls",
							"{\"outletId\":\"" + outlet + "\",\"window\":\"" + window + "\"}");
				};
				calls.add(pool.submit(call));
			}
			start.countDown();
			var ids = new HashSet<String>();
			var numbers = new HashSet<String>();
			for (var call : calls) {
				var response = call.get();
				assertThat(response.status()).as(response.body()).isEqualTo(201);
				assertThat(response.json().path("status").asString()).isEqualTo("CALLED");
				ids.add(response.json().path("id").asString());
				numbers.add(response.json().path("number").asString());
			}
			assertThat(ids).hasSize(20);
			assertThat(numbers).hasSize(20);
		}
		finally {
			pool.shutdownNow();
		}

		// One window serves and completes its ticket 7 minutes after the call: the event carries the wait and service.
		var window = "W" + run + "0";
		var current = jdbc.sql("""
				select id from appointments.ticket where outlet_id = :outlet and window_label = :window and status = 'CALLED'""")
			.param("outlet", outlet).param("window", window).query(UUID.class).single();
		assertThat(clerk().post("/api/v1/queue-tickets/" + current + "/serving", "").status()).isEqualTo(200);
		assertThat(clerk().post("/api/v1/queue-calls", "{\"outletId\":\"" + outlet + "\",\"window\":\"" + window + "\"}")
			.status()).isEqualTo(409);
		assertThat(admin().put("/api/v1/admin/clock", "{\"instant\":\"" + day + "T10:07:30+08:00\"}").status())
			.isEqualTo(200);
		var completed = clerk().post("/api/v1/queue-tickets/" + current + "/completion", "");
		assertThat(completed.status()).isEqualTo(200);
		assertThat(completed.json().path("status").asString()).isEqualTo("COMPLETED");
		assertThat(clerk().post("/api/v1/queue-tickets/" + current + "/completion", "").status()).isEqualTo(409);
		var event = TestOutlets.events(QueueTicketCompleted.class).stream()
			.filter(e -> e.ticketId().equals(current))
			.findFirst()
			.orElseThrow();
		assertThat(event.channel()).isEqualTo(org.cheguan.shared.Channel.WINDOW);
		assertThat(event.window()).isEqualTo(window);
		assertThat(event.staffUsername()).isEqualTo("clerk");
		assertThat(event.outletId()).isEqualTo(outlet);
		assertThat(event.waitMinutes())
			.isEqualTo(java.time.Duration.between(event.issuedAt(), event.calledAt()).toMinutes())
			.isNotNegative();
		assertThat(event.serviceMinutes()).isEqualTo(7);
	}

	@Test
	void slotsAndTicketsFollowTheOutletsServicesAndOpeningHours() {
		var outlet = outlets.windowOutlet();
		var day = outlets.nextWorkingDay(OfficeTime.today(clock));
		var evening = admin().post("/api/v1/appointment-slots", """
				{"outletId":"%s","service":"VEHICLE_TRANSFER","date":"%s","startTime":"18:00","endTime":"18:30","capacity":3}"""
			.formatted(outlet, day));
		assertThat(evening.status()).isEqualTo(422);
		assertThat(evening.json().path("rule").asString()).isEqualTo(QueueRules.RULE_SLOT);
		var notOffered = admin().post("/api/v1/appointment-slots", """
				{"outletId":"%s","service":"EBIKE_REGISTRATION","date":"%s","startTime":"10:50","endTime":"11:20","capacity":3}"""
			.formatted(outlet, day));
		assertThat(notOffered.status()).isEqualTo(422);
		var unknown = admin().post("/api/v1/appointment-slots", """
				{"outletId":"%s","service":"VEHICLE_TRANSFER","date":"%s","startTime":"10:50","endTime":"11:20","capacity":3}"""
			.formatted(UUID.randomUUID(), day));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(clerk().post("/api/v1/appointment-slots", "{}").status()).isIn(400, 403);

		assertThat(admin().put("/api/v1/admin/clock", "{\"instant\":\"" + day + "T20:00:00+08:00\"}").status())
			.isEqualTo(200);
		var closed = clerk().post("/api/v1/queue-tickets", "{\"outletId\":\"" + outlet
				+ "\",\"service\":\"VEHICLE_TRANSFER\"}");
		assertThat(closed.status()).isEqualTo(422);
		assertThat(closed.problemType()).isEqualTo("rule-violation");
	}

	@Test
	void aCitizenTakesATicketAndSeesThePeopleAhead() {
		var outlet = outlets.windowOutlet();
		var service = outlets.serviceOf(outlet);
		var day = outlets.nextWorkingDay(OfficeTime.today(clock).plusDays(12));
		assertThat(admin().put("/api/v1/admin/clock", "{\"instant\":\"" + day + "T14:00:00+08:00\"}").status())
			.isEqualTo(200);
		var token = outlets.citizenToken(port);
		var first = Api.at(port).bearer(token).post("/api/v1/queue-tickets",
				"{\"outletId\":\"" + outlet + "\",\"service\":\"" + service + "\"}");
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		var ahead = first.json().path("ahead").asInt();
		clerk().post("/api/v1/queue-tickets", "{\"outletId\":\"" + outlet + "\",\"service\":\"" + service + "\"}");
		var again = Api.at(port).bearer(token).get("/api/v1/queue-tickets/" + first.json().path("id").asString());
		assertThat(again.json().path("ahead").asInt()).isEqualTo(ahead);
		assertThat(again.json().path("number").asString()).matches("[A-Z]\\d{3,}");
		var stranger = outlets.citizenToken(port);
		assertThat(Api.at(port).bearer(stranger).get("/api/v1/queue-tickets/" + first.json().path("id").asString())
			.status()).isEqualTo(404);
	}

	/**
	 * Concurrent requests through an HTTP client of their own, so that the many keep-alive connections of a burst are
	 * not left in the shared client of {@link Api} for later tests to reuse after the server closed them.
	 */
	static final class Burst {

		private final java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
			.version(java.net.http.HttpClient.Version.HTTP_1_1)
			.connectTimeout(java.time.Duration.ofSeconds(5))
			.build();

		private final int port;

		Burst(int port) {
			this.port = port;
		}

		Api.Response post(String username, String path, String body) throws Exception {
			var credentials = java.util.Base64.getEncoder()
				.encodeToString((username + ":" + Api.DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
				.timeout(java.time.Duration.ofSeconds(60))
				.header("Authorization", "Basic " + credentials)
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
				.build();
			var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
			return new Api.Response(response.statusCode(), response.body(), response);
		}
	}
}
