package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.cheguan.support.Api;
import org.cheguan.support.Browser;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The classes that end at 70 and the exchange for a lower class (降级换证) in headless Chromium: the staff licence panel
 * shows the line of 第六十五条 from the 70th birthday and a clerk exchanges a D licence for F in its small form; a
 * refusal (a stale form: the licence was exchanged at another window meanwhile) is shown in the form, in English; the
 * citizen's page shows what the holder may drive today. Screenshots go to {@code target/screenshots/}.
 */
@CheguanTest
@ExtendWith(Browser.Available.class)
class ClassExchangePageTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void backToSystemTime() {
		Api.at(port).as("admin").delete("/api/v1/admin/clock");
	}

	void today(LocalDate date) {
		Api.at(port).as("admin").put("/api/v1/admin/clock", "{\"instant\":\"" + date + "T09:00:00+08:00\"}");
	}

	/** A licence of a class, valid until 2030-12-31, issued on an application accepted at the current clock. */
	String licensed(String idNumber, String mobile, String licenceClass) {
		var accepted = Api.at(port).as("clerk").post("/api/v1/licence-applications", "{\"idNumber\":\"" + idNumber
				+ "\",\"name\":\"周降级\",\"mobile\":\"" + mobile + "\",\"licenceClass\":\"C1\"}");
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
		var id = accepted.json().path("id").asString();
		jdbc.sql("""
				update licensing.licence_application set status = 'LICENSED', licence_number = :number,
				  licence_issued_on = date '2025-01-01', licence_valid_until = date '2030-12-31',
				  probation_ends_on = date '2025-12-31', licence_term = 'SIX_YEARS', licence_class_held = :held
				where id = :id::uuid""")
			.param("number", "4298" + idNumber.substring(10, 17) + "9")
			.param("held", licenceClass)
			.param("id", id)
			.update();
		return id;
	}

	@Test
	void aClerkExchangesADHolderOf70ForF() {
		today(LocalDate.of(2026, 3, 1)); // the 70th birthday of someone born on 29 February 1956
		var id = licensed(LicenceJourneyTests.idBornOn(LocalDate.of(1956, 2, 29)), LicenceJourneyTests.mobile(), "D");
		try (var browser = Browser.open(port)) {
			LicenceServicePageTests.signIn(browser, "clerk");
			browser.go("/staff/licensing/applications/" + id);
			assertThat(browser.find("#licence-class").getText()).isEqualTo("D");
			assertThat(browser.find("#licence-permitted").getText()).isEqualTo("F");
			assertThat(browser.find("#licence-senior-standing").getText()).contains("2026-03-01", "D E", "轻便摩托车",
					"第六十五条");
			assertThat(new Select(browser.find("#exchange-to")).getFirstSelectedOption().getAttribute("value"))
				.isEqualTo("F");
			browser.assertAccessible();
			scrollTo(browser, "#licence-title");
			browser.screenshot("licensing-class-exchange-form");
			browser.click("#exchange");

			assertThat(browser.find("#notice").getText()).contains("D → F");
			assertThat(browser.find("#licence-class").getText()).isEqualTo("F");
			assertThat(browser.find("#licence-permitted").getText()).isEqualTo("F");
			assertThat(browser.find("#licence-valid-until").getText()).isEqualTo("2030-12-31");
			assertThat(browser.find("#licence-services").getText()).contains("降级换证", "D → F");
			assertThat(browser.has("#licence-senior-standing")).isFalse();
			assertThat(browser.has("#exchange-form")).isFalse();
			scrollTo(browser, "#licence-title");
			browser.screenshot("licensing-class-exchanged");
		}
	}

	@Test
	void aRefusalIsShownInTheFormInEnglish() {
		today(LocalDate.of(2026, 6, 1));
		var id = licensed(LicenceJourneyTests.idBornOn(LocalDate.of(1986, 5, 17)), LicenceJourneyTests.mobile(), "C1");
		try (var browser = Browser.open(port)) {
			LicenceServicePageTests.signIn(browser, "clerk");
			browser.go("/staff/licensing/applications/" + id + "?lang=en");
			assertThat(browser.find("#exchange-form legend").getText()).isEqualTo("Exchange for a lower class");
			new Select(browser.find("#exchange-to")).selectByValue("C3");
			// meanwhile the licence is exchanged for C4 at another window
			assertThat(Api.at(port).as("admin").post("/api/v1/licence-applications/" + id + "/class-exchanges",
					"{\"toClass\":\"C4\"}").status()).isEqualTo(201);
			browser.click("#exchange");

			assertThat(browser.find("#exchange-error").getText()).contains("C3", "C4", "lower class");
			assertThat(browser.find("#exchange-to").getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(browser.has("#notice")).isFalse();
			assertThat(browser.find("#licence-class").getText()).isEqualTo("C4");
			browser.assertAccessible();
			scrollTo(browser, "#exchange-form");
			browser.screenshot("licensing-class-exchange-refused");
		}
	}

	@Test
	void theCitizenSeesWhatTheyMayDriveFromTheirSeventiethBirthday() {
		today(LocalDate.of(2026, 7, 15));
		var idNumber = LicenceJourneyTests.idBornOn(LocalDate.of(1956, 7, 15));
		var mobile = LicenceJourneyTests.mobile();
		var id = licensed(idNumber, mobile, "C1");
		try (var browser = Browser.open(port)) {
			browser.go("/citizen/sign-in").type("#idNumber", idNumber).type("#mobile", mobile).click("#request-code");
			browser.type("#code", codeFor(mobile)).click("#sign-in");
			browser.go("/citizen/licensing");

			assertThat(browser.find("#licence-permitted-" + id).getText()).isEqualTo("C1 C2");
			assertThat(browser.find("#licence-senior-standing-" + id).getText()).contains("2026-07-15", "C3 C4",
					"第六十五条");
			assertThat(browser.text()).contains("年满 70 周岁，每个记分周期结束后 30 日内提交").doesNotContain(idNumber);
			browser.assertAccessible();
			scrollTo(browser, "#licence-permitted-" + id);
			browser.screenshot("citizen-licensing-at-70");
		}
	}

	static void scrollTo(Browser browser, String css) {
		((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
				browser.find(css));
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
}
