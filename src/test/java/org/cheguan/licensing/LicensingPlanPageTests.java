package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.cheguan.shared.DistrictCode;
import org.cheguan.shared.GeoPoint;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.support.Api;
import org.cheguan.support.Browser;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator's plan page in headless Chromium: adding an exam session through the form (and its errors shown
 * in the form), and recording a venue outage whose outcome names the applicants (masked), the venues and the session
 * times instead of bare ids. Screenshots go to {@code target/screenshots/}.
 */
@CheguanTest
@ExtendWith(Browser.Available.class)
class LicensingPlanPageTests {

	static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	@LocalServerPort
	int port;

	@Autowired
	ExamPlan plan;

	@Autowired
	Clock clock;

	@Test
	void anAdministratorAddsAnExamSessionAndSeesRefusalsInTheForm() {
		var venue = venue("页面新增场次考场");
		var date = OfficeTime.today(clock).plusDays(5);
		try (var browser = Browser.open(port)) {
			signIn(browser, "admin");
			browser.go("/staff/licensing/plan");
			assertThat(browser.find("#session-date").getAttribute("type")).isEqualTo("date");
			assertThat(browser.find("#session-start").getAttribute("type")).isEqualTo("time");
			fillSession(browser, venue, date.toString(), "09:15", "30");
			browser.click("#add-session");

			assertThat(browser.find("#session-added").getText()).contains(date + " 09:15", venue.name(), "科目二", "30");
			var sessions = plan.sessions(Subject.SUBJECT_2, date, date, venue.id(), 0, 10);
			assertThat(sessions).singleElement().satisfies(s -> assertThat(s.capacity()).isEqualTo(30));
			fullScreenshot(browser, "licensing-plan-session-added");
			browser.assertAccessible();

			fillSession(browser, venue, date.toString(), "09:15", "30"); // the same again
			browser.click("#add-session");
			assertThat(browser.find("#session-error").getText()).isNotBlank();

			fillSession(browser, venue, OfficeTime.today(clock).minusDays(1).toString(), "09:15", "30");
			browser.click("#add-session");
			assertThat(browser.find("#session-error").getText()).isNotBlank();

			fillSession(browser, venue, date.toString(), "", "0");
			browser.click("#add-session");
			assertThat(browser.find("#session-start-error").getText()).contains("08:30");
			assertThat(browser.find("#session-capacity-error").getText()).contains("1 到 1000");
			assertThat(browser.find("#session-capacity").getAttribute("aria-invalid")).isEqualTo("true");
			fullScreenshot(browser, "licensing-plan-session-errors");
			browser.assertAccessible();
		}
	}

	@Test
	void anOutageOutcomeNamesTheApplicantMaskedAndTheSessions() {
		var closed = venue("页面停考考场");
		var today = OfficeTime.today(clock);
		var day = today.plusDays(3);
		var lost = plan.addSession(new NewExamSession(closed.id(), Subject.SUBJECT_1, day, LocalTime.of(7, 40), 5));
		plan.addSession(new NewExamSession(venue("页面改约考场").id(), Subject.SUBJECT_1, day.plusDays(1),
				LocalTime.of(7, 50), 5)); // a seat nearby for the rebooking
		var application = applicant("孙立群", today.minusYears(30));
		Api.at(port).as("supervisor").post("/api/v1/licence-applications/" + application + "/green-channel",
				"{\"reason\":\"测试\"}");
		assertThat(Api.at(port).as("supervisor").post("/api/v1/licence-applications/" + application
				+ "/direct-bookings", "{\"sessionId\":\"" + lost.id() + "\"}").status()).isEqualTo(201);

		try (var browser = Browser.open(port)) {
			signIn(browser, "admin");
			browser.go("/staff/licensing/plan");
			new Select(browser.find("#outage-venue")).selectByValue(closed.id().toString());
			date(browser, "#outage-from", day.toString());
			date(browser, "#outage-to", day.toString());
			browser.type("#outage-reason", "考场网络故障");
			browser.click("#record-outage");

			var outcome = browser.find("#outage-result").getText();
			assertThat(outcome).contains("孙**", "420111", "*", day + " 07:40 · " + closed.name());
			assertThat(outcome).doesNotContainPattern(UUID_PATTERN).doesNotContain("孙立群");
			fullScreenshot(browser, "licensing-plan-outage");
			browser.assertAccessible();
		}
	}

	private ExamVenue venue(String prefix) {
		var name = prefix + ThreadLocalRandom.current().nextInt(1_000_000);
		return plan.addVenue(name, DistrictCode.of("420111"), GeoPoint.of(30.48, 114.40),
				EnumSet.of(Subject.SUBJECT_1, Subject.SUBJECT_2), false);
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

	private static void fillSession(Browser browser, ExamVenue venue, String date, String time, String capacity) {
		new Select(browser.find("#session-venue")).selectByValue(venue.id().toString());
		new Select(browser.find("#session-subject")).selectByValue("SUBJECT_2");
		date(browser, "#session-date", date);
		date(browser, "#session-start", time);
		browser.type("#session-capacity", capacity);
	}

	/** Sets a date or time input the way a picker would, whatever the browser's locale. */
	static void date(Browser browser, String css, String value) {
		browser.driver().executeScript("arguments[0].value = arguments[1]", browser.find(css), value);
	}

	/** Saves a screenshot of the whole page: the window grows to the page's height first. */
	static void fullScreenshot(Browser browser, String name) {
		var height = ((Number) browser.driver().executeScript("return document.documentElement.scrollHeight")).intValue();
		var size = browser.driver().manage().window().getSize();
		browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(), Math.max(height + 120, size.getHeight())));
		browser.screenshot(name);
		browser.driver().manage().window().setSize(size);
	}

	static void signIn(Browser browser, String username) {
		browser.go("/login").type("#username", username).type("#password", Api.DEMO_PASSWORD).click("#sign-in");
	}
}
