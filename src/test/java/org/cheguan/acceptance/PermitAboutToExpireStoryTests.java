package org.cheguan.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;

/**
 * Story 1 of the seed: 2023年12月，小余参加科目3考试的期限即将到期，专门请假回武汉参加考试，却遇到网络故障 …
 * 启动绿色通道，安排小余就近在白沙洲考场参加考试。领到驾驶证时，小余激动万分.
 *
 * <p>Played in the acceptance month: the candidate passed Subject 1 on 2023-06-13, so the learner permit runs out on
 * 2026-06-12; his Subject 3 at 南湖考场 on 2026-06-09 is hit by the venue's network failure.
 */
@CheguanTest
class PermitAboutToExpireStoryTests extends Story {

	/**
	 * 遇到网络故障，如果逾期，之前考过的科目又将重考 … 安排小余就近在白沙洲考场参加考试。领到驾驶证时，小余激动万分: the outage
	 * rebooks him at the nearby venue, Baishazhou, before his permit expires, and he
	 * passes Subjects 3 and 4 and receives his licence.
	 */
	@Test
	void aCandidateWhosePermitIsAboutToExpireIsRebookedAtBaishazhouBeforeExpiryAndReceivesHisLicence() {
		// Xiao Yu applied in 2023 and passed Subjects 1 and 2 that summer
		office.today(LocalDate.of(2023, 6, 1));
		var mobile = Office.mobile();
		var idNumber = Office.idBornIn("420111", 1998);
		var accepted = office.staff("clerk").post("/api/v1/licence-applications", """
				{"idNumber":"%s","name":"余晓东","mobile":"%s","licenceClass":"C1"}""".formatted(idNumber, mobile));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
		var application = accepted.json().path("id").asString();
		office.bookAndSit(application, "SUBJECT_1", "南湖考场", LocalDate.of(2023, 6, 13), 94);
		office.bookAndSit(application, "SUBJECT_2", "南湖考场", LocalDate.of(2023, 6, 27), 88);
		var permit = office.application(application).path("learnerPermit");
		assertThat(permit.path("validUntil").asString()).isEqualTo("2026-06-12");

		// three years later, a week before the permit runs out, he comes back to Wuhan for Subject 3 at Nanhu
		office.today(LocalDate.of(2026, 6, 1));
		var examDay = LocalDate.of(2026, 6, 9);
		var atNanhu = office.session("南湖考场", "SUBJECT_3", examDay);
		// a seat at the nearby venue the day after, before the permit runs out
		office.session("白沙洲考场", "SUBJECT_3", LocalDate.of(2026, 6, 10));
		office.book(application, "SUBJECT_3", atNanhu, examDay);

		// the venue's network fails on the exam day and stays down past his permit's last day: the outage rebooks
		// everyone affected at once
		office.at(examDay, java.time.LocalTime.of(7, 30));
		var lastDay = LocalDate.of(2026, 6, 12);
		var outage = office.staff("admin").post("/api/v1/exam-venues/" + office.venue("南湖考场") + "/outages", """
				{"from":"%s","to":"%s","reason":"考场网络故障"}""".formatted(examDay, lastDay));
		assertThat(outage.status()).as(outage.body()).isEqualTo(200);
		var rebooked = Office.find(outage.json().path("rebooked"), "applicationId", application);
		assertThat(rebooked).as("rebooked: " + outage.body()).isNotNull();
		assertThat(rebooked.path("fromSessionId").asString()).isEqualTo(atNanhu);
		var newSession = rebooked.path("toSessionId").asString();
		var rebookedTo = office.anyone().get("/api/v1/exam-sessions/" + newSession).json();
		// nearest venue first: Baishazhou, the nearest other venue that holds Subject 3
		assertThat(rebookedTo.path("venueId").asString()).isEqualTo(office.venue("白沙洲考场"));
		var newDate = LocalDate.parse(rebookedTo.path("date").asString());
		assertThat(newDate).as("before the permit runs out").isAfterOrEqualTo(examDay).isBefore(lastDay);
		assertThat(office.bookings(application)).contains(atNanhu + ":CANCELLED_BY_OUTAGE", newSession + ":BOOKED");
		// he is told at once, with the reason
		assertThat(String.join("\n", office.messages(mobile, null))).contains("考场网络故障");
		// the cancelled exam does not count against his five bookings
		assertThat(office.application(application).path("bookingsUsed").path("SUBJECT_3").asInt()).isZero();

		// he passes Subject 3 at Baishazhou, and Subject 4 there on the permit's last day
		office.sit(application, "SUBJECT_3", newSession, newDate, 92);
		assertThat(office.application(application).path("subjects").path("SUBJECT_3").path("status").asString())
			.isEqualTo("PASSED");
		assertThat(office.application(application).path("bookingsUsed").path("SUBJECT_3").asInt()).isEqualTo(1);
		office.bookAndSit(application, "SUBJECT_4", "白沙洲考场", lastDay, 96);

		// and receives his licence: number, six years' validity, a year's probation
		var licensed = office.application(application);
		assertThat(licensed.path("status").asString()).isEqualTo("LICENSED");
		var licence = licensed.path("licence");
		assertThat(licence.path("number").asString()).startsWith("4201").hasSize(12);
		assertThat(licence.path("issuedOn").asString()).isEqualTo("2026-06-12");
		assertThat(licence.path("validUntil").asString()).isEqualTo("2032-06-11");
		assertThat(licence.path("probationEndsOn").asString()).isEqualTo("2027-06-11");
		// the citizen sees the same licence in his own account
		var own = office.citizen(office.signIn(idNumber, mobile)).get("/api/v1/licence-applications/" + application);
		assertThat(own.status()).as(own.body()).isEqualTo(200);
		assertThat(own.json().path("licence").path("number").asString()).isEqualTo(licence.path("number").asString());
	}
}
