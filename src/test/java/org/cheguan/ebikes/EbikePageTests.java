package org.cheguan.ebikes;

import static org.assertj.core.api.Assertions.assertThat;

import org.cheguan.outlets.OutletKind;
import org.cheguan.outlets.Outlets;
import org.cheguan.support.Api;
import org.cheguan.support.Browser;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The e-bike pages in headless Chromium: a clerk's registration refused with every exceeded limit listed, corrected
 * and accepted with a plate and an electronic permit; the citizen's "my e-bikes" reached from the citizen home page.
 * Screenshots go to {@code target/screenshots/}.
 */
@CheguanTest
@ExtendWith(Browser.Available.class)
class EbikePageTests {

	@LocalServerPort
	int port;

	@Autowired
	Outlets outlets;

	@Test
	void aClerkSeesEveryExceededLimitThenRegistersTheCorrectedBike() {
		var idNumber = EbikeSamples.idNumber();
		var mobile = EbikeSamples.mobile();
		var frame = EbikeSamples.frameNumber();
		try (var browser = Browser.open(port)) {
			signIn(browser, "clerk");
			browser.go("/staff");
			browser.click("a[href='/staff/ebikes']");
			assertThat(browser.path()).isEqualTo("/staff/ebikes");
			assertThat(browser.find("#manufacturedOn").getAttribute("type")).isEqualTo("date");
			browser.assertAccessible();

			browser.type("#ownerIdNumber", idNumber).type("#ownerName", "刘晓燕").type("#ownerMobile", mobile)
				.type("#frameNumber", frame).type("#brand", "新日").type("#model", "XR-60")
				.type("#certificateNumber", "2024011119004321");
			date(browser, "#manufacturedOn", "2024-05-20");
			browser.type("#maxSpeedKmh", "30").type("#massKg", "58").type("#batteryVoltage", "60")
				.type("#motorPowerWatts", "400");
			new Select(browser.find("#batteryType")).selectByValue("LEAD_ACID");
			browser.click("#submit-registration");

			assertThat(browser.find("#form-error").getText()).contains("以下各项不符合国家标准");
			var violations = browser.find("#violations").getText();
			assertThat(violations).contains("最高设计车速 30 km/h", "上限 25 km/h", "GB-17761-2018-4.1.1",
					"整车质量 58 kg", "上限 55 kg", "蓄电池标称电压 60 V");
			assertThat(violations).doesNotContain("电动机");
			assertThat(browser.find("#ownerIdNumber").getAttribute("value")).isEqualTo(idNumber);
			fullScreenshot(browser, "ebikes-refused");
			browser.assertAccessible();

			date(browser, "#manufacturedOn", "2025-09-01"); // GB 17761-2024: a lead-acid bike may weigh 63 kg
			browser.type("#maxSpeedKmh", "25").type("#batteryVoltage", "48");
			browser.click("#submit-registration");

			assertThat(browser.path()).startsWith("/staff/ebikes/bike?plate=");
			assertThat(browser.find("#notice").getText()).contains("登记完成");
			var plate = browser.find(".plate").getText();
			assertThat(plate).matches("武汉\\d{6}");
			assertThat(browser.find(".permit").getText()).startsWith("4201EB");
			assertThat(browser.text()).contains("GB 17761-2024", "刘**", "铅酸蓄电池").doesNotContain(idNumber);
			fullScreenshot(browser, "ebikes-registered");
			browser.assertAccessible();

			browser.go("/staff/ebikes");
			browser.type("#find-plate", plate).click("#find-submit");
			assertThat(browser.find(".plate").getText()).isEqualTo(plate);
			browser.go("/staff/ebikes");
			browser.type("#find-plate", "武汉x").click("#find-submit");
			assertThat(browser.find("#find-error").getText()).contains("没有找到");
			browser.click("#sign-out");

			browser.go("/citizen/sign-in").type("#idNumber", idNumber).type("#mobile", mobile).click("#request-code");
			browser.type("#code", EbikeSamples.codeFor(port, mobile)).click("#sign-in");
			browser.go("/citizen");
			browser.click("#my-ebikes-link");
			assertThat(browser.path()).isEqualTo("/citizen/ebikes");
			assertThat(browser.text()).contains("我的电动自行车", plate, "4201EB").doesNotContain(idNumber)
				.doesNotContain(mobile);
			fullScreenshot(browser, "ebikes-mine");
			browser.assertAccessible();
		}
	}

	@Test
	void aSupervisorSeesTheAreaButCannotRegister() {
		assertThat(outlets.ofKind(OutletKind.EBIKE_REGISTRATION)).isNotEmpty();
		try (var browser = Browser.open(port)) {
			signIn(browser, "supervisor");
			browser.go("/staff/ebikes");
			assertThat(browser.has("#find-plate")).isTrue();
			assertThat(browser.has("#submit-registration")).isFalse();
		}
	}

	/** Saves a screenshot of the whole page: the window grows to the page's height first. */
	private static void fullScreenshot(Browser browser, String name) {
		var height = ((Number) browser.driver().executeScript("return document.documentElement.scrollHeight")).intValue();
		var size = browser.driver().manage().window().getSize();
		browser.driver().manage().window().setSize(
				new org.openqa.selenium.Dimension(size.getWidth(), Math.max(height + 120, size.getHeight())));
		browser.screenshot(name);
		browser.driver().manage().window().setSize(size);
	}

	private static void date(Browser browser, String css, String isoDate) {
		browser.driver().executeScript("arguments[0].value = arguments[1]", browser.find(css), isoDate);
	}

	private static void signIn(Browser browser, String username) {
		browser.go("/login").type("#username", username).type("#password", Api.DEMO_PASSWORD).click("#sign-in");
	}
}
