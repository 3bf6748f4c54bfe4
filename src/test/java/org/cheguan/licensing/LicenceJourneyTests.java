package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.atomic.AtomicInteger;

import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * From application to licence over HTTP, as a clerk, an administrator and an examiner would do it, with the clock
 * moved from exam day to exam day; and the application rules of domain-rules.md §1 at the door (V8–V10).
 */
@CheguanTest
class LicenceJourneyTests {

	private static final AtomicInteger sequence = new AtomicInteger(300);

	@LocalServerPort
	int port;

	@Autowired
	ExamPlan plan;

	@AfterEach
	void backToSystemTime() {
		admin().delete("/api/v1/admin/clock");
	}

	Api admin() {
		return Api.at(port).as("admin");
	}

	Api clerk() {
		return Api.at(port).as("clerk");
	}

	/** A synthetic ID number of someone born on that date, unique per call. */
	static String idBornOn(LocalDate birthDate) {
		var body = "420106" + birthDate.toString().replace("-", "") + String.format("%03d", sequence.incrementAndGet());
		return body + ResidentIdNumber.checkCharacter(body);
	}

	static String mobile() {
		return "137" + String.format("%08d", 20_000_000 + sequence.incrementAndGet());
	}

	void today(LocalDate date) {
		assertThat(admin().put("/api/v1/admin/clock", "{\"instant\":\"" + date + "T09:00:00+08:00\"}").status())
			.isEqualTo(200);
	}

	Api.Response apply(String idNumber, String licenceClass) {
		return clerk().post("/api/v1/licence-applications", "{\"idNumber\":\"" + idNumber
				+ "\",\"name\":\"张建国\",\"mobile\":\"" + mobile() + "\",\"licenceClass\":\"" + licenceClass + "\"}");
	}

	String session(String subject, LocalDate date) {
		var venue = plan.venues().stream().filter(v -> v.name().equals("南湖考场")).findFirst().orElseThrow();
		var created = admin().post("/api/v1/exam-sessions", "{\"venueId\":\"" + venue.id() + "\",\"subject\":\""
				+ subject + "\",\"date\":\"" + date + "\",\"startTime\":\"07:" + String.format("%02d",
						sequence.incrementAndGet() % 60) + "\",\"capacity\":3}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	void bookAndSit(String application, String subject, LocalDate date, String... scores) {
		var session = session(subject, date);
		var request = clerk().post("/api/v1/licence-applications/" + application + "/booking-requests",
				"{\"subject\":\"" + subject + "\",\"preferences\":[\"" + session + "\"]}");
		assertThat(request.status()).as(request.body()).isEqualTo(201);
		assertThat(request.json().path("status").asString()).isEqualTo("PENDING");
		assertThat(clerk().get(request.header("Location")).json().path("id").asString())
			.isEqualTo(request.json().path("id").asString());
		var run = admin().post("/api/v1/exam-allocations", "{\"subject\":\"" + subject + "\",\"from\":\"" + date
				+ "\",\"to\":\"" + date + "\"}");
		assertThat(run.status()).as(run.body()).isEqualTo(200);
		assertThat(run.json().path("allocated").asInt()).isGreaterThanOrEqualTo(1);
		today(date);
		for (var score : scores) {
			var result = Api.at(port).as("examiner").post("/api/v1/licence-applications/" + application + "/results",
					"{\"subject\":\"" + subject + "\",\"sessionId\":\"" + session + "\",\"score\":" + score + "}");
			assertThat(result.status()).as(result.body()).isEqualTo(200);
		}
	}

	JsonNode details(String application) {
		return clerk().get("/api/v1/licence-applications/" + application).json();
	}

	@Test
	void aClerkTakesAnApplicantFromApplicationToLicence() {
		var start = LocalDate.of(2026, 3, 2);
		today(start);
		var accepted = apply(idBornOn(LocalDate.of(1996, 5, 20)), "C1");
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
		var id = accepted.json().path("id").asString();
		assertThat(accepted.json().path("status").asString()).isEqualTo("ACCEPTED");

		bookAndSit(id, "SUBJECT_1", start.plusDays(3), "96");
		var learning = details(id);
		assertThat(learning.path("status").asString()).isEqualTo("LEARNING");
		assertThat(learning.path("learnerPermit").path("issuedOn").asString()).isEqualTo("2026-03-05");
		assertThat(learning.path("learnerPermit").path("validUntil").asString()).isEqualTo("2029-03-04");
		assertThat(learning.path("nextBookingFrom").path("SUBJECT_2").asString()).isEqualTo("2026-03-15");
		// Subject 3 and 4 are out of reach until Subject 2 and the road test are passed: no date is offered yet
		assertThat(learning.path("nextBookingFrom").has("SUBJECT_3")).isFalse();
		assertThat(learning.path("nextBookingFrom").has("SUBJECT_4")).isFalse();

		// Subject 2 on a Sunday, failed once and passed at the retake on the spot (C1 pass mark 80)
		var sunday = LocalDate.of(2026, 3, 15).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		bookAndSit(id, "SUBJECT_2", sunday, "70", "85");
		assertThat(details(id).path("subjects").path("SUBJECT_2").path("status").asString()).isEqualTo("PASSED");
		assertThat(details(id).path("subjects").path("SUBJECT_2").path("attempts").asInt()).isEqualTo(2);
		assertThat(details(id).path("bookingsUsed").path("SUBJECT_2").asInt()).isEqualTo(1);

		bookAndSit(id, "SUBJECT_3", LocalDate.of(2026, 4, 7), "92");
		bookAndSit(id, "SUBJECT_4", LocalDate.of(2026, 4, 8), "94");

		var licensed = details(id);
		assertThat(licensed.path("status").asString()).isEqualTo("LICENSED");
		assertThat(licensed.path("licence").path("number").asString()).startsWith("4201").hasSize(12);
		assertThat(licensed.path("licence").path("issuedOn").asString()).isEqualTo("2026-04-08");
		assertThat(licensed.path("licence").path("validUntil").asString()).isEqualTo("2032-04-07");
		assertThat(licensed.path("licence").path("probationEndsOn").asString()).isEqualTo("2027-04-07");
		assertThat(licensed.path("licence").path("standing").asString()).isEqualTo("VALID");
		assertThat(licensed.path("licence").path("annualMedicalCertificateRequired").asBoolean()).isFalse();
		// a licensed application books nothing more: no date is offered and a request is refused
		assertThat(licensed.path("nextBookingFrom").size()).isZero();
		var afterLicence = clerk().post("/api/v1/licence-applications/" + id + "/booking-requests",
				"{\"subject\":\"SUBJECT_1\",\"preferences\":[\"" + session("SUBJECT_1", LocalDate.of(2026, 4, 20))
						+ "\"]}");
		assertThat(afterLicence.status()).as(afterLicence.body()).isEqualTo(422);
		assertThat(afterLicence.json().path("detail").asString()).contains("LICENSED");
		today(LocalDate.of(2032, 2, 1)); // 66 days before the licence's last day: the renewal window
		assertThat(details(id).path("licence").path("standing").asString()).isEqualTo("RENEWAL_WINDOW");
		var bookings = clerk().get("/api/v1/licence-applications/" + id + "/bookings").json();
		assertThat(bookings.size()).isEqualTo(4);
		var requests = clerk().get("/api/v1/licence-applications/" + id + "/booking-requests").json();
		assertThat(requests.valueStream().map(r -> r.path("status").asString())).containsOnly("PLACED");
		assertThat(requests.get(0).path("decision").asString()).contains("您获得第1志愿场次");
	}

	@Test
	void aRequestLeftWaitingShowsTheLatestRunsExplanationUntilItIsPlaced() {
		var day = LocalDate.of(2026, 5, 4);
		today(day);
		var venue = plan.venues().stream().filter(v -> v.name().equals("南湖考场")).findFirst().orElseThrow();
		var examDay = day.plusDays(5);
		var oneSeat = admin().post("/api/v1/exam-sessions", "{\"venueId\":\"" + venue.id()
				+ "\",\"subject\":\"SUBJECT_1\",\"date\":\"" + examDay + "\",\"startTime\":\"06:"
				+ String.format("%02d", sequence.incrementAndGet() % 60) + "\",\"capacity\":1}");
		assertThat(oneSeat.status()).as(oneSeat.body()).isEqualTo(201);
		var session = oneSeat.json().path("id").asString();
		var first = apply(idBornOn(LocalDate.of(1990, 2, 3)), "C1").json().path("id").asString();
		admin().put("/api/v1/admin/clock", "{\"instant\":\"" + day + "T10:00:00+08:00\"}");
		var second = apply(idBornOn(LocalDate.of(1991, 3, 4)), "C1").json().path("id").asString();
		for (var application : new String[] { first, second }) {
			var made = clerk().post("/api/v1/licence-applications/" + application + "/booking-requests",
					"{\"subject\":\"SUBJECT_1\",\"preferences\":[\"" + session + "\"]}");
			assertThat(made.status()).as(made.body()).isEqualTo(201);
		}
		var run = "{\"subject\":\"SUBJECT_1\",\"from\":\"" + examDay + "\",\"to\":\"" + examDay + "\"}";

		assertThat(admin().post("/api/v1/exam-allocations", run).status()).isEqualTo(200);
		var waiting = clerk().get("/api/v1/licence-applications/" + second + "/booking-requests").json().get(0);
		assertThat(waiting.path("status").asString()).isEqualTo("PENDING");
		// accepted an hour later than the first applicant: second by sort time, and the one seat was taken
		assertThat(waiting.path("decision").asString()).contains("排在第 2 位").contains("第1志愿场次已满")
			.contains("本次未能安排考试");

		// the next run decides again and its explanation replaces the first one (one per request, the latest)
		assertThat(admin().post("/api/v1/exam-allocations", run).status()).isEqualTo(200);
		waiting = clerk().get("/api/v1/licence-applications/" + second + "/booking-requests").json().get(0);
		assertThat(waiting.path("decision").asString()).contains("排在第 1 位").doesNotContain("排在第 2 位");

		var booking = clerk().get("/api/v1/licence-applications/" + first + "/bookings").json().get(0);
		assertThat(clerk().delete("/api/v1/licence-applications/" + first + "/bookings/" + booking.path("id").asString())
			.status()).isIn(200, 204);
		assertThat(admin().post("/api/v1/exam-allocations", run).json().path("allocated").asInt()).isEqualTo(1);
		var placed = clerk().get("/api/v1/licence-applications/" + second + "/booking-requests").json().get(0);
		assertThat(placed.path("status").asString()).isEqualTo("PLACED");
		assertThat(placed.path("decision").asString()).contains("您获得第1志愿场次");
	}

	@Test
	void seventeenYearOldsWaitForTheirBirthday() {
		today(LocalDate.of(2025, 6, 14));
		var idNumber = idBornOn(LocalDate.of(2007, 6, 15));
		var refused = apply(idNumber, "C1");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().path("type").asString()).isEqualTo("/problems/rule-violation");
		assertThat(refused.json().path("rule").asString()).isEqualTo("MPS-172-art-14");
		today(LocalDate.of(2025, 6, 15));
		assertThat(apply(idNumber, "C1").status()).isEqualTo(201);
	}

	@Test
	void increaseOnlyClassesNeedALicenceFirst() {
		today(LocalDate.of(2026, 3, 2));
		var refused = apply(idBornOn(LocalDate.of(1990, 1, 1)), "A1");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().path("rule").asString()).isEqualTo("MPS-162-art-16");
	}

	@Test
	void aSeventyFiveYearOldBooksSubjectOneOnlyAfterTheThreeAbilityTests() {
		var start = LocalDate.of(2026, 3, 2);
		today(start);
		var accepted = apply(idBornOn(LocalDate.of(1951, 2, 10)), "C1");
		assertThat(accepted.status()).isEqualTo(201);
		var id = accepted.json().path("id").asString();
		assertThat(accepted.json().path("threeAbilityTestsRequired").asBoolean()).isTrue();
		var session = session("SUBJECT_1", start.plusDays(2));
		var refused = clerk().post("/api/v1/licence-applications/" + id + "/booking-requests",
				"{\"subject\":\"SUBJECT_1\",\"preferences\":[\"" + session + "\"]}");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(clerk().post("/api/v1/licence-applications/" + id + "/three-ability-tests",
				"{\"passedOn\":\"" + start + "\"}").status()).isEqualTo(200);
		assertThat(clerk().post("/api/v1/licence-applications/" + id + "/booking-requests",
				"{\"subject\":\"SUBJECT_1\",\"preferences\":[\"" + session + "\"]}").status()).isEqualTo(201);
	}

	@Test
	void refusesWhatMakesNoSense() {
		today(LocalDate.of(2026, 3, 2));
		var idNumber = idBornOn(LocalDate.of(1994, 4, 4));
		var id = apply(idNumber, "C1").json().path("id").asString();
		assertThat(apply(idNumber, "C2").status()).isEqualTo(409);
		assertThat(clerk().post("/api/v1/licence-applications/" + id + "/three-ability-tests",
				"{\"passedOn\":\"2026-03-01\"}").status()).isEqualTo(422);
		var session = session("SUBJECT_1", LocalDate.of(2026, 3, 3));
		var supervisor = Api.at(port).as("supervisor");
		supervisor.post("/api/v1/licence-applications/" + id + "/green-channel", "{\"reason\":\"test\"}");
		assertThat(supervisor.post("/api/v1/licence-applications/" + id + "/direct-bookings",
				"{\"sessionId\":\"" + session + "\"}").status()).isEqualTo(201);
		today(LocalDate.of(2026, 3, 3));
		var examiner = Api.at(port).as("examiner");
		var contradictory = examiner.post("/api/v1/licence-applications/" + id + "/results",
				"{\"subject\":\"SUBJECT_1\",\"sessionId\":\"" + session + "\",\"score\":95,\"absent\":true}");
		assertThat(contradictory.status()).isEqualTo(400);
		assertThat(examiner.post("/api/v1/licence-applications/" + id + "/results",
				"{\"subject\":\"SUBJECT_1\",\"sessionId\":\"" + session + "\",\"score\":95}").status())
			.isEqualTo(200);
		var again = examiner.post("/api/v1/licence-applications/" + id + "/results",
				"{\"subject\":\"SUBJECT_1\",\"sessionId\":\"" + session + "\",\"score\":95}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().path("detail").asString()).contains("已结束");
	}

	@Test
	void onlyExaminersRecordResultsAndCitizensSeeOnlyTheirOwn() {
		today(LocalDate.of(2026, 3, 2));
		var id = apply(idBornOn(LocalDate.of(1992, 8, 8)), "C2").json().path("id").asString();
		var session = session("SUBJECT_1", LocalDate.of(2026, 3, 3));
		assertThat(clerk().post("/api/v1/licence-applications/" + id + "/results",
				"{\"subject\":\"SUBJECT_1\",\"sessionId\":\"" + session + "\",\"score\":99}").status()).isEqualTo(403);
		assertThat(Api.at(port).get("/api/v1/licence-applications/" + id).status()).isEqualTo(401);
		assertThat(clerk().get("/api/v1/licence-applications/00000000-0000-0000-0000-000000000000").status())
			.isEqualTo(404);
	}
}
