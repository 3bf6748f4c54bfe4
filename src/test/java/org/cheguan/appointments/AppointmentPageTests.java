package org.cheguan.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.regex.Pattern;

import org.cheguan.shared.OfficeTime;
import org.cheguan.support.Api;
import org.cheguan.support.Browser;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The appointments pages in headless Chromium, axe-checked: a citizen books a demo slot, changes it, finds the
 * calendar link, cancels, and takes a queue ticket on a phone-sized screen; a clerk issues a ticket for an elderly
 * walk-in, calls it to a window, serves and completes it, and records an appointment as served. Screenshots go to
 * {@code target/screenshots/}.
 */
@CheguanTest
@ExtendWith(Browser.Available.class)
class AppointmentPageTests {

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	@Autowired
	TestOutlets outlets;

	@Autowired
	DemoAppointmentSlots demoSlots;

	@AfterEach
	void backToSystemTime() {
		Api.at(port).as("admin").delete("/api/v1/admin/clock");
	}

	private java.time.LocalDate workingMorning(int daysAhead) {
		var day = outlets.nextWorkingDay(OfficeTime.today(clock).plusDays(daysAhead));
		assertThat(Api.at(port).as("admin").put("/api/v1/admin/clock", "{\"instant\":\"" + day + "T10:00:00+08:00\"}")
			.status()).isEqualTo(200);
		demoSlots.seed();
		return day;
	}

	@Test
	void aCitizenBooksChangesCancelsAndTakesATicket() {
		var day = workingMorning(3);
		var outlet = outlets.windowOutlet();
		var idNumber = Samples.freshIdNumber();
		var mobile = Samples.freshMobile();
		try (var browser = Browser.open(port)) {
			browser.go("/citizen/sign-in").type("#idNumber", idNumber).type("#mobile", mobile).click("#request-code");
			browser.type("#code", codeFor(mobile)).click("#sign-in");
			browser.go("/citizen");
			browser.click("#appointments-link");
			assertThat(browser.path()).isEqualTo("/citizen/appointments/new");
			new Select(browser.find("#outletId")).selectByValue(outlet.toString());
			browser.click("#find-slots");
			new Select(browser.find("#service")).selectByValue("VEHICLE_TRANSFER");
			new Select(browser.find("#date")).selectByValue(day.toString());
			browser.click("#find-slots");
			assertThat(browser.text()).contains("可预约时段", "余 ");
			browser.screenshot("appointments-book");
			browser.assertAccessible();
			browser.click("#book");

			assertThat(browser.path()).isEqualTo("/citizen/appointments");
			assertThat(browser.find("#notice").getText()).contains("预约成功", day.toString());
			assertThat(browser.text()).contains("机动车转移登记", "已预约", "改约（还可 2 次）", "加入日历")
				.doesNotContain(idNumber).doesNotContain(mobile);
			browser.screenshot("appointments-mine");
			browser.assertAccessible();

			browser.click("a[id^=reschedule-]");
			assertThat(browser.find("#changes-left").getText()).isEqualTo("2");
			browser.assertAccessible();
			browser.click("#reschedule");
			assertThat(browser.find("#notice").getText()).contains("已改约到");
			assertThat(browser.text()).contains("改约（还可 1 次）");
			assertThat(browser.find("a[id^=ics-]").getAttribute("href")).contains("/calendar");

			browser.click("button[id^=cancel-]");
			assertThat(browser.find("#notice").getText()).contains("预约已取消");
			assertThat(browser.text()).contains("已取消");

			browser.driver().manage().window().setSize(new Dimension(390, 844));
			browser.go("/citizen/queue");
			new Select(browser.find("#outletId")).selectByValue(outlet.toString());
			browser.click("#choose-outlet");
			new Select(browser.find("#service")).selectByValue("VEHICLE_TRANSFER");
			browser.assertAccessible();
			browser.click("#take-ticket");
			assertThat(browser.path()).startsWith("/citizen/queue/");
			assertThat(browser.find("#ticket-number").getText()).matches("A\\d{3,}");
			assertThat(browser.find("#ticket-ahead").getText()).matches("前面还有 \\d+ 人");
			browser.screenshot("appointments-ticket-phone");
			browser.assertAccessible();
		}
	}

	@Test
	void aClerkCallsServesAndCompletesAtTheWindowConsole() {
		var day = workingMorning(5);
		var outlet = outlets.windowOutlet();
		var elderly = Samples.idBornOn(day.minusYears(75));
		var appointment = Api.at(port).as("clerk").post("/api/v1/appointments", """
				{"slotId":"%s","idNumber":"%s","mobile":"%s"}""".formatted(slotAt(outlet, day), Samples.freshIdNumber(),
				Samples.freshMobile()));
		assertThat(appointment.status()).as(appointment.body()).isEqualTo(201);
		try (var browser = Browser.open(port)) {
			browser.go("/login").type("#username", "clerk").type("#password", Api.DEMO_PASSWORD).click("#sign-in");
			browser.go("/staff");
			browser.click("a[href='/staff/windows']");
			new Select(browser.find("#outletId")).selectByValue(outlet.toString());
			browser.type("#window", "7");
			browser.click("#open-window");
			assertThat(browser.find("#window-idle").getText()).contains("窗口空闲");

			new Select(browser.find("#issue-service")).selectByValue("VEHICLE_TRANSFER");
			browser.type("#issue-id-number", elderly);
			browser.click("#issue-ticket");
			var issued = browser.find("#notice").getText();
			assertThat(issued).contains("（优先）");
			var number = matcher("(A\\d{3,})", issued);

			browser.click("#call-next");
			assertThat(browser.find("#notice").getText()).contains("已叫 " + number, "7 号窗口");
			assertThat(browser.find("#current-number").getText()).isEqualTo(number);
			browser.screenshot("appointments-console");
			browser.assertAccessible();
			browser.click("#serve");
			assertThat(browser.find("#current-status").getText()).isEqualTo("办理中");
			browser.click("#complete");
			assertThat(browser.find("#notice").getText()).contains(number + " 已办结");
			assertThat(browser.has("#call-next")).isTrue();

			var id = appointment.json().path("id").asString();
			browser.click("#attend-" + id);
			assertThat(browser.find("#notice").getText()).contains("已登记到场办理");
			browser.assertAccessible();
		}
	}

	private String slotAt(java.util.UUID outlet, java.time.LocalDate day) {
		var slots = Api.at(port).as("clerk").get("/api/v1/appointment-slots?outletId=" + outlet
				+ "&service=VEHICLE_TRANSFER&date=" + day).json();
		for (var slot : slots) {
			if (slot.path("free").asInt() > 0 && slot.path("startsAt").asString().compareTo(day + "T11") > 0) {
				return slot.path("id").asString();
			}
		}
		throw new AssertionError("no demo slot on " + day);
	}

	private static String matcher(String pattern, String text) {
		var matcher = Pattern.compile(pattern).matcher(text);
		assertThat(matcher.find()).as(text).isTrue();
		return matcher.group(1);
	}

	private String codeFor(String mobile) {
		var messages = Api.at(port).as("admin").get("/api/v1/admin/notifications?to=" + mobile).json();
		for (var message : messages) {
			if (message.path("template").asString().equals("one-time-code")) {
				return matcher("(\\d{6})", message.path("body").asString());
			}
		}
		throw new AssertionError("no sign-in code for " + mobile);
	}
}
