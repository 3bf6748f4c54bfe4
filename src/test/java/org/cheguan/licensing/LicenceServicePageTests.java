package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.cheguan.support.Api;
import org.cheguan.support.Browser;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The licence panel of the staff application page in headless Chromium: a clerk renews a licence in its window; an
 * examiner restores a licence expired two years ago, once failing and once passing Subject 1; a clerk extends a B2
 * holder's class in the year before 63. Screenshots go to
 * {@code target/screenshots/}.
 */
@CheguanTest
@ExtendWith(Browser.Available.class)
class LicenceServicePageTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void backToSystemTime() {
		Api.at(port).as("admin").delete("/api/v1/admin/clock");
	}

	String licensed(LocalDate validUntil) {
		Api.at(port).as("admin").put("/api/v1/admin/clock", "{\"instant\":\"2026-06-01T09:00:00+08:00\"}");
		return LicenceRenewalHttpTests.licensed(port, jdbc, LocalDate.of(1988, 2, 2), "C1", validUntil);
	}

	static void signIn(Browser browser, String username) {
		browser.go("/login").type("#username", username).type("#password", Api.DEMO_PASSWORD).click("#sign-in");
	}

	@Test
	void aClerkRenewsALicenceInItsWindow() {
		var id = licensed(LocalDate.of(2026, 7, 31));
		try (var browser = Browser.open(port)) {
			signIn(browser, "clerk");
			browser.go("/staff/licensing/applications/" + id);
			assertThat(browser.find("#licence-standing").getText()).contains("可换证");
			browser.assertAccessible();
			browser.click("#renew");

			assertThat(browser.find("#notice").getText()).contains("十年").contains("2036-07-31");
			assertThat(browser.find("#licence-term").getText()).isEqualTo("十年");
			assertThat(browser.find("#licence-services").getText()).contains("换证");
			assertThat(browser.has("#renewal-form")).isFalse();
			browser.screenshot("licensing-licence-renewed");
		}
	}

	@Test
	void anExaminerRestoresALicenceExpiredTwoYearsAgo() {
		var id = licensed(LocalDate.of(2024, 5, 1));
		try (var browser = Browser.open(port)) {
			signIn(browser, "examiner");
			browser.go("/staff/licensing/applications/" + id);
			assertThat(browser.find("#licence-standing").getText()).contains("科目一");
			browser.type("#restore-score", "80").click("#restore");
			assertThat(browser.find("#form-error").getText()).contains("80");

			browser.type("#restore-score", "96").click("#restore");
			assertThat(browser.find("#notice").getText()).contains("2036-05-31");
			assertThat(browser.find("#licence-standing").getText()).isEqualTo("有效");
			browser.assertAccessible();
		}
	}

	@Test
	void aClerkExtendsALargeClassInTheYearBefore63() {
		Api.at(port).as("admin").put("/api/v1/admin/clock", "{\"instant\":\"2026-06-01T09:00:00+08:00\"}");
		var id = LicenceRenewalHttpTests.licensed(port, jdbc, LocalDate.of(1964, 3, 20), "B2", LocalDate.of(2028, 3, 31));
		try (var browser = Browser.open(port)) {
			signIn(browser, "clerk");
			browser.go("/staff/licensing/applications/" + id);
			assertThat(browser.find("#licence-permitted").getText()).isEqualTo("B2 C1 C2 C3 C4 M");
			assertThat(browser.find("#licence-age-standing").getText()).contains("三力测试");
			browser.assertAccessible();
			LicensingPlanPageTests.date(browser, "#extend-tests", "2026-05-20");
			browser.click("#extend");

			assertThat(browser.find("#notice").getText()).contains("B2").contains("2030-03-19");
			assertThat(browser.find("#licence-age-standing").getText()).contains("2030-03-19");
			assertThat(browser.find("#licence-services").getText()).contains("延长准驾车型");
			assertThat(browser.has("#extension-form")).isFalse();
			browser.screenshot("licensing-licence-extended");
		}
	}
}
