package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The seed's network failure and green channel: an outage rebooks a candidate whose permit is about to expire before
 * any normal allocation, nearest venue first and never past the permit; and of 300 concurrent green-channel bookings of
 * the last seat exactly one succeeds.
 */
@CheguanTest
class OutageAndGreenChannelTests {

	private static final AtomicInteger sequence = new AtomicInteger(600);

	@LocalServerPort
	int port;

	@Autowired
	ExamPlan plan;

	@Autowired
	LicenceApplications applications;

	@Autowired
	ExamBookings bookings;

	@AfterEach
	void backToSystemTime() {
		Api.at(port).as("admin").delete("/api/v1/admin/clock");
	}

	void today(LocalDate date) {
		assertThat(Api.at(port).as("admin").put("/api/v1/admin/clock", "{\"instant\":\"" + date + "T09:00:00+08:00\"}")
			.status()).isEqualTo(200);
	}

	static ResidentIdNumber idBornOn(LocalDate birthDate) {
		var body = "420106" + birthDate.toString().replace("-", "")
				+ String.format("%03d", sequence.incrementAndGet() % 1000);
		return ResidentIdNumber.of(body + ResidentIdNumber.checkCharacter(body));
	}

	static MobileNumber mobile() {
		return MobileNumber.of("136" + String.format("%08d", 30_000_000 + sequence.incrementAndGet()));
	}

	ExamVenue venue(String name) {
		return plan.venues().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
	}

	UUID session(String venue, Subject subject, LocalDate date, int capacity) {
		return plan.insertSession(venue(venue).id(), subject, date, LocalTime.of(6, sequence.incrementAndGet() % 60),
				capacity).orElseThrow().id();
	}

	@Test
	void outageRebooksACandidateWhosePermitExpiresInFiveDaysNearbyAndBeforeExpiry() {
		// Subject 1 passed on 2023-03-06: the permit is valid through 2026-03-05.
		today(LocalDate.of(2023, 3, 1));
		var mobile = mobile();
		var application = applications.apply(idBornOn(LocalDate.of(1995, 1, 9)), mobile, "王磊", LicenceClass.C1, false,
				false).id();
		var s1 = session("南湖考场", Subject.SUBJECT_1, LocalDate.of(2023, 3, 6), 5);
		bookings.grantGreenChannel(application, "test set-up");
		bookings.bookDirectly(application, s1);
		today(LocalDate.of(2023, 3, 6));
		applications.recordResult(application, Subject.SUBJECT_1, s1, 95, false, false);
		assertThat(applications.details(application).learnerPermit().validUntil()).isEqualTo(LocalDate.of(2026, 3, 5));

		today(LocalDate.of(2026, 2, 28)); // five days before the permit's last day
		var atNanhu = session("南湖考场", Subject.SUBJECT_2, LocalDate.of(2026, 3, 3), 5);
		var nearby = session("白沙洲考场", Subject.SUBJECT_2, LocalDate.of(2026, 3, 4), 5);
		var afterExpiry = session("白沙洲考场", Subject.SUBJECT_2, LocalDate.of(2026, 3, 6), 5);
		var farAway = session("演示考场（新洲区）", Subject.SUBJECT_2, LocalDate.of(2026, 3, 2), 5);
		bookings.bookDirectly(application, atNanhu);
		// what the rule picks from the plan as it stands (the demo plan follows the moved clock and may have added
		// sessions, even at 南湖 outside the outage): the nearest venue first, then the earliest date, before expiry
		var nanhu = venue("南湖考场");
		var expected = plan.sessions(Subject.SUBJECT_2, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 5), null, 0, 500)
			.stream()
			.filter(session -> session.status() == ExamSession.Status.OPEN && session.booked() < session.capacity())
			.filter(session -> !(session.venueId().equals(nanhu.id()) && !session.date().isAfter(LocalDate.of(2026, 3, 3))))
			.min(java.util.Comparator
				.comparingDouble((ExamSession session) -> plan.venues().stream()
					.filter(v -> v.id().equals(session.venueId())).findFirst().orElseThrow()
					.location().distanceMeters(nanhu.location()))
				.thenComparing(ExamSession::date))
			.orElseThrow();
		assertThat(nearby).isNotNull();

		var outage = Api.at(port).as("admin").post("/api/v1/exam-venues/" + venue("南湖考场").id() + "/outages",
				"{\"from\":\"2026-03-02\",\"to\":\"2026-03-03\",\"reason\":\"考场网络故障\"}");

		assertThat(outage.status()).as(outage.body()).isEqualTo(200);
		var rebooked = outage.json().path("rebooked").valueStream()
			.filter(r -> r.path("applicationId").asString().equals(application.toString())).findFirst().orElseThrow();
		assertThat(rebooked.path("fromSessionId").asString()).isEqualTo(atNanhu.toString());
		var to = plan.session(UUID.fromString(rebooked.path("toSessionId").asString()));
		assertThat(to.id()).isNotEqualTo(afterExpiry).isNotEqualTo(farAway);
		assertThat(to.venueId()).isEqualTo(expected.venueId());
		assertThat(to.date()).isEqualTo(expected.date()).isBeforeOrEqualTo(LocalDate.of(2026, 3, 5));
		if (expected.venueId().equals(venue("白沙洲考场").id())) {
			assertThat(to.date()).isBeforeOrEqualTo(LocalDate.of(2026, 3, 4)); // no later than the test's own nearby one
		}
		var statuses = applications.bookings(application).stream().map(b -> b.sessionId() + ":" + b.status()).toList();
		assertThat(statuses).contains(atNanhu + ":CANCELLED_BY_OUTAGE", to.id() + ":BOOKED");
		assertThat(applications.details(application).bookingsUsed().get(Subject.SUBJECT_2)).isZero();
		var messages = Api.at(port).as("admin").get("/api/v1/admin/notifications?to=" + mobile.value()).json();
		var templates = messages.valueStream().map(m -> m.path("template").asString()).toList();
		assertThat(templates).contains("exam-cancelled", "exam-booked");
		assertThat(messages.valueStream().map(m -> m.path("body").asString()).toList())
			.anySatisfy(body -> assertThat(body).contains("考场网络故障"));
	}

	@Test
	void threeHundredConcurrentGreenChannelBookingsOfTheLastSeatYieldExactlyOne() throws Exception {
		today(LocalDate.of(2026, 5, 11));
		var seat = session("白沙洲考场", Subject.SUBJECT_1, LocalDate.of(2026, 5, 12), 1);
		var candidates = new ArrayList<UUID>();
		for (int i = 0; i < 300; i++) {
			var id = applications.apply(idBornOn(LocalDate.of(1990, 1, 1).plusDays(i)), mobile(), "候考人", LicenceClass.C1,
					false, false).id();
			bookings.grantGreenChannel(id, "concurrency test");
			candidates.add(id);
		}
		var supervisor = Api.at(port).as("supervisor");
		var start = new CountDownLatch(1);
		var tasks = new ArrayList<Callable<Integer>>();
		for (var candidate : candidates) {
			tasks.add(() -> {
				start.await();
				return supervisor.post("/api/v1/licence-applications/" + candidate + "/direct-bookings",
						"{\"sessionId\":\"" + seat + "\"}").status();
			});
		}
		var executor = Executors.newFixedThreadPool(32);
		List<Integer> statuses = new ArrayList<>();
		try {
			var futures = tasks.stream().map(executor::submit).toList();
			start.countDown();
			for (var future : futures) {
				statuses.add(future.get());
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(statuses.stream().filter(status -> status == 201).count()).isEqualTo(1);
		assertThat(statuses).containsOnly(201, 409);
		assertThat(plan.session(seat).booked()).isEqualTo(1);
	}
}
