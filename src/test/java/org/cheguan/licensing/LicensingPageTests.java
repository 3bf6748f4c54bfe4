package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.support.Api;
import org.cheguan.support.Browser;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The licensing pages in headless Chromium: a clerk takes an applicant from application to learner permit, with an
 * administrator running the allocation and an examiner entering the result on the session's roster; and a rule
 * violation shown in the application form. Screenshots go to {@code target/screenshots/}.
 */
@CheguanTest
@ExtendWith(Browser.Available.class)
class LicensingPageTests {

	private static final AtomicInteger sequence = new AtomicInteger(800);

	@LocalServerPort
	int port;

	@Autowired
	ExamPlan plan;

	@Autowired
	Clock clock;

	@AfterEach
	void backToSystemTime() {
		Api.at(port).as("admin").delete("/api/v1/admin/clock");
	}

	@Test
	void clerkTakesAnApplicantFromApplicationToLearnerPermit() {
		var today = OfficeTime.today(clock);
		try (var browser = Browser.open(port)) {
			signIn(browser, "clerk");
			browser.go("/staff/licensing");
			browser.assertAccessible();
			browser.click("#new-application-link");
			var idNumber = idBornOn(today.minusYears(25));
			browser.type("#idNumber", idNumber).type("#name", "李明远").type("#mobile", mobile());
			new Select(browser.find("#licenceClass")).selectByValue("C1");
			browser.assertAccessible();
			browser.click("#submit-application");

			assertThat(browser.path()).startsWith("/staff/licensing/applications/");
			var applicationId = browser.find("#application-id").getText();
			assertThat(browser.text()).contains("申请已受理", "C1 小型汽车", "已受理", "科目一", "科目一考试合格后核发");
			// the applicant's identity card opens the same application from the licensing home
			browser.go("/staff/licensing");
			browser.type("#applicationId", idNumber);
			browser.click("#open-application");
			assertThat(browser.path()).isEqualTo("/staff/licensing/applications/" + applicationId);
			var firstChoice = new Select(browser.find("#preference-1"));
			firstChoice.selectByIndex(1);
			var sessionId = UUID.fromString(firstChoice.getFirstSelectedOption().getAttribute("value"));
			browser.click("#request-booking");
			assertThat(browser.find("#notice").getText()).contains("预约申请已提交");
			assertThat(browser.text()).contains("待分配", "等待下一次分配");
			browser.assertAccessible();
			signOut(browser);

			signIn(browser, "admin");
			browser.go("/staff/licensing/plan");
			new Select(browser.find("#allocation-subject")).selectByValue("SUBJECT_1"); // period: tomorrow to 28 days ahead
			browser.click("#run-allocation");
			assertThat(Integer.parseInt(browser.find("#run-allocated").getText())).isGreaterThanOrEqualTo(1);
			browser.screenshot("licensing-plan");
			browser.assertAccessible();
			signOut(browser);

			var examDay = plan.session(sessionId).date();
			assertThat(Api.at(port).as("admin")
				.put("/api/v1/admin/clock", "{\"instant\":\"" + examDay + "T09:00:00+08:00\"}").status()).isEqualTo(200);
			signIn(browser, "examiner");
			browser.go("/staff/licensing/sessions?subject=SUBJECT_1&date=" + examDay);
			assertThat(browser.text()).contains("（今天）");
			browser.assertAccessible();
			browser.click("#roster-" + sessionId);
			assertThat(browser.text()).contains("李**", "已预约");
			browser.type("#score-" + applicationId, "95");
			browser.screenshot("licensing-roster");
			browser.assertAccessible();
			browser.click("#record-" + applicationId);
			assertThat(browser.find("#notice").getText()).contains("成绩已记录");
			assertThat(browser.text()).contains("95", "合格");
			signOut(browser);

			signIn(browser, "clerk");
			browser.go("/staff/licensing/applications/" + applicationId);
			assertThat(browser.text()).contains("学习驾驶中", "学习驾驶证明", "有效期 " + examDay, "还剩");
			browser.screenshot("licensing-application");
			browser.assertAccessible();
		}
	}

	@Test
	void aSeventeenYearOldIsRefusedInTheFormWithTheRule() {
		var id = idBornOn(OfficeTime.today(clock).minusYears(17));
		try (var browser = Browser.open(port)) {
			signIn(browser, "clerk");
			browser.go("/staff/licensing/applications/new");
			browser.type("#idNumber", id).type("#name", "王小明").type("#mobile", mobile());
			browser.click("#submit-application");

			assertThat(browser.path()).isEqualTo("/staff/licensing/applications");
			assertThat(browser.find("#form-error").getText()).contains("须年满 18 周岁", "第十四条");
			assertThat(browser.find("#idNumber").getAttribute("value")).isEqualTo(id);
			browser.assertAccessible();

			// unknown or malformed ids in the address are error pages with their status, never a 500
			browser.go("/staff/licensing/applications/00000000-0000-0000-0000-000000000000");
			assertThat(browser.find(".status-code").getText()).isEqualTo("404");
			browser.go("/staff/licensing/sessions/00000000-0000-0000-0000-000000000000");
			assertThat(browser.find(".status-code").getText()).isEqualTo("403"); // the roster is for examiners
		}
	}

	private static void signIn(Browser browser, String username) {
		browser.go("/login").type("#username", username).type("#password", Api.DEMO_PASSWORD).click("#sign-in");
	}

	private static void signOut(Browser browser) {
		browser.click("#sign-out");
	}

	/** A synthetic ID number of someone born on that date, unique per call. */
	@Test
	void aCitizenSeesTheirApplicationWithItsBookingAndExplanation() {
		var idNumber = idBornOn(LocalDate.of(1993, 7, 7));
		var mobile = mobile();
		var created = Api.at(port).as("clerk").post("/api/v1/licence-applications", "{\"idNumber\":\"" + idNumber
				+ "\",\"name\":\"赵六\",\"mobile\":\"" + mobile + "\",\"licenceClass\":\"C1\"}");
		var application = created.json().path("id").asString();
		var today = OfficeTime.today(clock);
		var session = plan.sessions(Subject.SUBJECT_1, today.plusDays(1), today.plusDays(28), null, 0, 1).get(0);
		Api.at(port).as("clerk").post("/api/v1/licence-applications/" + application + "/booking-requests",
				"{\"subject\":\"SUBJECT_1\",\"preferences\":[\"" + session.id() + "\"]}");
		Api.at(port).as("admin").post("/api/v1/exam-allocations", "{\"subject\":\"SUBJECT_1\",\"from\":\""
				+ session.date() + "\",\"to\":\"" + session.date() + "\"}");
		try (var browser = Browser.open(port)) {
			browser.go("/citizen/sign-in").type("#idNumber", idNumber).type("#mobile", mobile).click("#request-code");
			browser.type("#code", codeFor(mobile)).click("#sign-in");
			browser.go("/citizen/licensing");

			assertThat(browser.path()).isEqualTo("/citizen/licensing");
			assertThat(browser.text()).contains("科目一", "排在第").doesNotContain(idNumber).doesNotContain(mobile);
			browser.screenshot("citizen-licensing");
			browser.assertAccessible();
		}
	}

	private String codeFor(String mobile) {
		var messages = Api.at(port).as("admin").get("/api/v1/admin/notifications?to=" + mobile).json();
		for (var message : messages) {
			if (message.path("template").asString().equals("one-time-code")) {
				var matcher = java.util.regex.Pattern.compile("(\\d{6})").matcher(message.path("body").asString());
				if (matcher.find()) {
					return matcher.group(1);
				}
			}
		}
		throw new AssertionError("no sign-in code for " + mobile);
	}

	private static String idBornOn(LocalDate birthDate) {
		var body = "420111" + birthDate.toString().replace("-", "") + String.format("%03d", sequence.incrementAndGet());
		return body + ResidentIdNumber.checkCharacter(body);
	}

	private static String mobile() {
		return "139" + String.format("%08d", 30_000_000 + sequence.incrementAndGet());
	}
}
