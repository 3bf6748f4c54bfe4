package org.cheguan.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import org.cheguan.support.Api;
import org.cheguan.support.Browser;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hotline pages in headless Chromium: an agent sees the queue with countdowns and the escalated demo complaint
 * highlighted, takes a praise call naming the clerk, works the ticket, and finds the praise in the clerk's
 * commendations; a bad mobile is shown in the form. Every page is checked with axe (WCAG 2.1 AA). Screenshots go to
 * {@code target/screenshots/}.
 */
@CheguanTest
@ExtendWith(Browser.Available.class)
class HotlinePageTests {

	@LocalServerPort
	int port;

	@Test
	void anAgentTakesAPraiseCallAndTheClerkIsCommended() {
		try (var browser = Browser.open(port)) {
			signIn(browser, "agent");
			browser.go("/staff/hotline");
			assertThat(browser.text()).contains("12123 热线工单", "剩余工作时间");
			browser.assertAccessible();
			browser.go("/staff/hotline?show=escalated");
			assertThat(browser.has("#queue tr.escalated")).isTrue();
			assertThat(browser.find("#queue tr.escalated").getText()).contains("已督办", "已超时");
			assertThat(browser.text()).doesNotContain("13900001003").contains("139****1003");
			browser.screenshot("hotline-queue-escalated");
			browser.assertAccessible();

			browser.go("/staff/hotline");
			browser.click("#new-ticket-link");
			new Select(browser.find("#kind")).selectByValue("PRAISE");
			browser.type("#callerMobile", HotlineHttpTests.mobile());
			browser.type("#description", "感谢王芳警官帮我把二手车过户一次办好");
			new Select(browser.find("#staffId")).selectByValue("clerk");
			browser.assertAccessible();
			browser.click("#submit-ticket");

			assertThat(browser.path()).startsWith("/staff/hotline/tickets/");
			assertThat(browser.find("#notice").getText()).contains("已登记");
			var number = browser.find("#ticket-number").getText();
			assertThat(browser.find("#ticket-department").getText()).isEqualTo("机动车登记科");
			assertThat(browser.find("#timeline").getText()).contains("登记", "记入表扬");
			browser.assertAccessible();

			new Select(browser.find("#event-kind")).selectByValue("CLOSE");
			browser.type("#event-note", "已转达表扬并记入个人记录");
			browser.click("#submit-event");
			assertThat(browser.find("#ticket-status").getText()).isEqualTo("已办结");
			assertThat(browser.find("#ticket-resolution").getText()).contains("记入个人记录");
			browser.screenshot("hotline-ticket");
			browser.assertAccessible();

			browser.click("#ticket-staff");
			assertThat(browser.path()).startsWith("/staff/hotline/commendations");
			assertThat(browser.find("#commendations").getText()).contains(number, "二手车过户");
			browser.screenshot("hotline-commendations");
			browser.assertAccessible();

			browser.go("/staff/hotline?show=all");
			assertThat(browser.find("#ticket-" + number).getText()).contains("已办结");
			browser.screenshot("hotline-queue");
		}
		assertThat(Api.at(port).as("clerk").get("/api/v1/staff/clerk/commendations").body()).contains("二手车过户");
	}

	@Test
	void aBadMobileIsShownInTheFormAndTheSeedsPraiseIsInTheArchivesClerksRecord() {
		try (var browser = Browser.open(port)) {
			signIn(browser, "supervisor");
			browser.go("/staff/hotline/tickets/new");
			browser.type("#callerMobile", "12345");
			browser.type("#description", "咨询");
			browser.click("#submit-ticket");
			assertThat(browser.find("#callerMobile-error").getText()).isNotBlank();
			assertThat(browser.find("#description").getText()).isEqualTo("咨询");
			browser.assertAccessible();

			browser.go("/staff/hotline/commendations?staff=archives&lang=en");
			assertThat(browser.text()).contains("Staff commendations", "档案科 蒋琳");
			assertThat(browser.find("#commendations").getText()).contains("古先生");
			browser.screenshot("hotline-commendations-archives-en");
			browser.assertAccessible();
			browser.go("/staff/hotline?lang=zh-CN");
		}
	}

	private static void signIn(Browser browser, String username) {
		browser.go("/login").type("#username", username).type("#password", Api.DEMO_PASSWORD).click("#sign-in");
	}
}
