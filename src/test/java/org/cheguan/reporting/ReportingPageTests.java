package org.cheguan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.cheguan.support.Api;
import org.cheguan.support.Browser;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The supervisor dashboard in headless Chromium: the day of the golden data set, the four charts drawn from the
 * series endpoint, the document links, axe clean; a clerk is turned away.
 */
@CheguanTest
@ExtendWith(Browser.Available.class)
class ReportingPageTests {

	@LocalServerPort
	int port;

	@Test
	void theSupervisorSeesTheDayChartsAndDocuments() {
		try (var browser = Browser.open(port)) {
			browser.go("/login").type("#username", "supervisor").type("#password", Api.DEMO_PASSWORD).click("#sign-in");
			browser.go("/staff/reports?date=2028-01-01");
			assertThat(browser.find("h1").getText()).isEqualTo("统计报表");
			assertThat(browser.has("#fig-services")).isTrue();
			new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
				.until(driver -> !String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver)
					.executeScript("return document.getElementById('rp-charts').dataset.refreshed || ''"))
					.isEmpty());
			assertThat(browser.has("#documents a[href*='weekly.pdf']")).isTrue();
			assertThat(browser.has("#documents a[href*='monthly.xlsx']")).isTrue();
			browser.screenshot("reporting-dashboard");
			browser.assertAccessible();
		}
	}

	@Test
	void aClerkCannotOpenTheReports() {
		try (var browser = Browser.open(port)) {
			browser.go("/login").type("#username", "clerk").type("#password", Api.DEMO_PASSWORD).click("#sign-in");
			browser.go("/staff/reports");
			assertThat(browser.has("#rp-charts")).isFalse();
		}
	}
}
