package org.cheguan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.cheguan.evaluation.RatingGiven;
import org.cheguan.identity.CitizenId;
import org.cheguan.shared.Channel;
import org.cheguan.shared.OfficeTime;
import org.cheguan.transactions.ServiceRendered;
import org.cheguan.transactions.ServiceType;
import org.cheguan.support.Api;
import org.cheguan.support.Browser;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
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

	@Autowired
	Rollups rollups;

	/** Three services and ratings of 5, 4 and 2 on 2029-03-15 and one the day before, a date no other test uses. */
	void seed() {
		for (int i = 0; i < 4; i++) {
			var id = UUID.randomUUID();
			var at = LocalDateTime.parse(i == 3 ? "2029-03-14T10:00" : "2029-03-15T10:0" + i)
				.atZone(OfficeTime.ZONE).toInstant();
			rollups.on(new ServiceRendered(id, ServiceType.VEHICLE_TRANSFER, i == 1 ? Channel.SELF_SERVICE : Channel.WINDOW,
					null, "VEHICLES", "page-" + i, new CitizenId(UUID.randomUUID()), at, 5 + 10 * i));
			rollups.on(new RatingGiven(UUID.randomUUID(), id, new int[] { 5, 4, 2, 3 }[i], ServiceType.VEHICLE_TRANSFER,
					Channel.WINDOW, null, "VEHICLES", "page-" + i, LocalDate.parse("2029-03-15")));
		}
	}

	@Test
	void theSupervisorSeesTheDayChartsAndDocuments() {
		seed();
		try (var browser = Browser.open(port)) {
			browser.go("/login").type("#username", "supervisor").type("#password", Api.DEMO_PASSWORD).click("#sign-in");
			browser.go("/staff/reports?date=2029-03-15");
			assertThat(browser.find("h1").getText()).isEqualTo("统计报表");
			assertThat(browser.find("#fig-services").getText()).isEqualTo("3");
			assertThat(browser.find("#fig-satisfaction").getText()).isEqualTo("66.67%");
			assertThat(browser.find("#fig-bad").getText()).isEqualTo("1");
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
