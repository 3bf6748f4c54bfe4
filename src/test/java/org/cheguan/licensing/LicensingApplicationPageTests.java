package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cheguan.licensing.LicensingPlanPageTests.date;
import static org.cheguan.licensing.LicensingPlanPageTests.signIn;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.support.Api;
import org.cheguan.support.Browser;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application page in headless Chromium: a supervisor grants the green channel and its reason is shown afterwards,
 * a clerk cancels a booking, and a clerk records the three-ability tests of an applicant of 70 or over. Screenshots go
 * to {@code target/screenshots/}.
 */
@CheguanTest
@ExtendWith(Browser.Available.class)
class LicensingApplicationPageTests {

	@LocalServerPort
	int port;

	@Autowired
	ExamPlan plan;

	@Autowired
	Clock clock;

	@Test
	void aSupervisorGrantsTheGreenChannelAndTheReasonIsShown() {
		var application = applicant("周建国", OfficeTime.today(clock).minusYears(40));
		try (var browser = Browser.open(port)) {
			signIn(browser, "supervisor");
			browser.go("/staff/licensing/applications/" + application);
			browser.click("#grant-green-channel"); // no reason
			assertThat(browser.find("#form-error").getText()).isNotBlank();
			assertThat(browser.has("#green-channel-reason")).isFalse();

			browser.type("#reason", "考场网络故障，学习驾驶证明 5 天后到期");
			browser.click("#grant-green-channel");
			assertThat(browser.find("#notice").getText()).contains("已开通绿色通道");
			assertThat(browser.find("#green-channel-reason").getText()).isEqualTo("考场网络故障，学习驾驶证明 5 天后到期");
			LicensingPlanPageTests.fullScreenshot(browser, "licensing-green-channel");
			browser.assertAccessible();
		}
	}

	@Test
	void aClerkCancelsABooking() {
		var today = OfficeTime.today(clock);
		var venue = plan.venues().stream().filter(v -> v.subjects().contains(Subject.SUBJECT_1)).findFirst()
			.orElseThrow();
		var session = plan.insertSession(venue.id(), Subject.SUBJECT_1, today.plusDays(6),
				LocalTime.of(6, ThreadLocalRandom.current().nextInt(60)), 3).orElseThrow();
		var application = applicant("钱文静", today.minusYears(22));
		Api.at(port).as("supervisor").post("/api/v1/licence-applications/" + application + "/green-channel",
				"{\"reason\":\"测试\"}");
		var booked = Api.at(port).as("supervisor").post("/api/v1/licence-applications/" + application
				+ "/direct-bookings", "{\"sessionId\":\"" + session.id() + "\"}");
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		var booking = booked.json().path("id").asString();

		try (var browser = Browser.open(port)) {
			signIn(browser, "clerk");
			browser.go("/staff/licensing/applications/" + application);
			assertThat(browser.find("#bookings").getText()).contains("已预约", venue.name());
			browser.assertAccessible();
			browser.click("#cancel-" + booking);

			assertThat(browser.find("#notice").getText()).contains("预约已取消");
			assertThat(browser.find("#bookings").getText()).contains("已取消");
			assertThat(browser.has("#cancel-" + booking)).isFalse();
			LicensingPlanPageTests.fullScreenshot(browser, "licensing-booking-cancelled");
			browser.assertAccessible();
		}
		assertThat(plan.session(session.id()).booked()).isZero();
	}

	@Test
	void aClerkRecordsTheThreeAbilityTestsOfASeventyYearOld() {
		var today = OfficeTime.today(clock);
		var application = applicant("吴长青", today.minusYears(71));
		try (var browser = Browser.open(port)) {
			signIn(browser, "clerk");
			browser.go("/staff/licensing/applications/" + application);
			assertThat(browser.text()).contains("须先通过三力测试才能预约考试");
			assertThat(browser.find("#passedOn").getAttribute("type")).isEqualTo("date");
			browser.assertAccessible();

			date(browser, "#passedOn", today.minusDays(2).toString());
			browser.click("#record-three-ability");

			assertThat(browser.find("#notice").getText()).contains("已记录三力测试合格");
			assertThat(browser.text()).contains(today.minusDays(2) + " 合格");
			assertThat(browser.has("#record-three-ability")).isFalse();
			LicensingPlanPageTests.fullScreenshot(browser, "licensing-three-ability");
			browser.assertAccessible();
		}
	}

	private UUID applicant(String name, LocalDate birthDate) {
		var body = "420111" + birthDate.toString().replace("-", "")
				+ String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
		var id = body + ResidentIdNumber.checkCharacter(body);
		var mobile = "135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		var created = Api.at(port).as("clerk").post("/api/v1/licence-applications", "{\"idNumber\":\"" + id
				+ "\",\"name\":\"" + name + "\",\"mobile\":\"" + mobile + "\",\"licenceClass\":\"C1\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return UUID.fromString(created.json().path("id").asString());
	}
}
