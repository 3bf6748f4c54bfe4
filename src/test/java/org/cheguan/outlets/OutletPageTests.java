package org.cheguan.outlets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.cheguan.support.Api;
import org.cheguan.support.Browser;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The outlet pages in headless Chromium, axe-checked: a citizen finds an outlet without signing in; a supervisor reads
 * the coverage map, sites five e-bike points in Huangpi and plans a mobile-office visit. Screenshots go to
 * {@code target/screenshots/}.
 */
@CheguanTest
@ExtendWith(Browser.Available.class)
class OutletPageTests {

	@LocalServerPort
	int port;

	@Test
	void citizenFindsAnOutletWithoutSigningIn() {
		try (var browser = Browser.open(port)) {
			browser.go("/");
			browser.click("#find-outlets-link");
			assertThat(browser.path()).startsWith("/outlets");
			new Select(browser.find("#kind")).selectByValue("TESTING_STATION");
			new Select(browser.find("#district")).selectByValue("420116");
			browser.click("#find");
			assertThat(browser.driver().findElements(By.cssSelector("#outlet-list tbody tr"))).hasSize(26);
			assertThat(browser.driver().findElements(By.cssSelector("svg.outlet-map circle"))).hasSize(26);
			assertThat(browser.find("#outlet-list tbody tr td").getText()).contains("检测站");
			browser.assertAccessible();
			browser.screenshot("outlets-find");
			((org.openqa.selenium.JavascriptExecutor) browser.driver())
				.executeScript("document.querySelector('#outlet-list').scrollIntoView()");
			browser.screenshot("outlets-find-list");
			browser.go("/outlets?kind=SPACEPORT&lang=en");
			assertThat(browser.find("#find-error").getText()).contains("Unknown outlet kind");
			browser.click("#age-friendly-toggle");
			assertThat(browser.find("body").getAttribute("class")).contains("age-friendly");
			browser.assertAccessible();
			browser.screenshot("outlets-find-age-friendly");
			browser.go("/outlets?kind=SELF_SERVICE&open=true&lang=en");
			assertThat(browser.text()).contains("Open 24 hours");
			browser.assertAccessible();
			browser.screenshot("outlets-find-en");
		}
	}

	@Test
	void supervisorReadsCoverageSitesNewPointsAndPlansAVisit() {
		try (var browser = Browser.open(port)) {
			browser.go("/login").type("#username", "supervisor").type("#password", Api.DEMO_PASSWORD).click("#sign-in");
			browser.go("/staff/outlets?kind=EBIKE_REGISTRATION&radius=2000");
			assertThat(browser.find("#district-420116").getText()).contains("黄陂区");
			assertThat(browser.driver().findElements(By.cssSelector("svg.outlet-map path"))).hasSize(13);
			browser.assertAccessible();
			browser.screenshot("outlets-console-coverage");

			browser.find("#dc-420116").click();
			browser.click("#run-siting");
			assertThat(browser.driver().findElements(By.cssSelector("#sites-table tbody tr"))).hasSize(5);
			assertThat(browser.find("#siting-summary").getText()).contains("新增");
			assertThat(browser.driver().findElements(By.cssSelector("svg.outlet-map rect"))).hasSize(5);
			browser.assertAccessible();
			browser.screenshot("outlets-console-siting");
			((org.openqa.selenium.JavascriptExecutor) browser.driver())
				.executeScript("document.querySelector('svg.outlet-map').scrollIntoView()");
			browser.screenshot("outlets-console-siting-map");

			var community = "页面测试社区" + UUID.randomUUID().toString().substring(0, 8);
			browser.type("#visit-community", community).type("#visit-place", "村委会门前");
			new Select(browser.find("#visit-district")).selectByValue("420116");
			browser.click("#save-visit");
			assertThat(browser.find("#visit-saved").getText()).contains(community);
			assertThat(browser.find("#visits-table").getText()).contains(community).contains("驾驶证期满换证");
			browser.assertAccessible();
			browser.screenshot("outlets-console-visits");
		}
	}

	@Test
	void clerkSeesTheConsoleButCannotPlanVisits() {
		try (var browser = Browser.open(port)) {
			browser.go("/login").type("#username", "clerk").type("#password", Api.DEMO_PASSWORD).click("#sign-in");
			browser.go("/staff/outlets?radius=0");
			assertThat(browser.has("#coverage-error")).isTrue();
			assertThat(browser.has("#visit-form")).isFalse();
			browser.go("/staff");
			assertThat(browser.text()).contains("服务网点");
		}
	}
}
