package org.cheguan.vehicles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.cheguan.shared.OfficeTime;
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
 * The vehicle pages in headless Chromium, axe-clean: a clerk registers a car through the wizard (VIN → checks →
 * plate choice → done) and transfers it; a clerk takes the Lanzhou car through transfer-in and its coordination case;
 * the citizen sees the car, the inspection due date and the case progress, and applies for the electronic sign.
 * Screenshots go to {@code target/screenshots/}.
 */
@CheguanTest
@ExtendWith(Browser.Available.class)
class VehiclePageTests {

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	@AfterEach
	void backToSystemTime() {
		VehicleHttp.systemTime(port);
	}

	static void signIn(Browser browser, String username) {
		browser.go("/login").type("#username", username).type("#password", Api.DEMO_PASSWORD).click("#sign-in");
	}

	@Test
	void clerkRegistersACarThroughTheWizardAndTransfersIt() {
		var today = OfficeTime.today(clock);
		var vin = VehicleSamples.vin();
		try (var browser = Browser.open(port)) {
			signIn(browser, "clerk");
			browser.go("/staff/vehicles");
			browser.assertAccessible();
			browser.screenshot("vehicles-home");
			browser.click("#register-link");
			browser.type("#vin", vin).type("#ownerIdNumber", VehicleSamples.wuhanId()).type("#ownerName", "陈志强")
				.type("#ownerMobile", VehicleSamples.mobile()).type("#model", "东风本田 思域");
			browser.find("#manufacturedOn").clear();
			browser.type("#manufacturedOn", today.minusMonths(2).toString());
			browser.assertAccessible();
			browser.click("#to-checks");

			assertThat(browser.find("#wizard-step").getText()).contains("第 2 步");
			assertThat(browser.find("#identity-check").getText()).contains("免查验");
			assertThat(browser.text()).contains("普通号牌", today.plusYears(2).toString());
			browser.screenshot("vehicles-register-checks");
			browser.assertAccessible();
			browser.click("#to-plates");

			assertThat(browser.find("#wizard-step").getText()).contains("第 3 步");
			assertThat(browser.text()).contains("保留至");
			var chosen = browser.find("label[for=plate-3]").getText();
			browser.find("#plate-3").click();
			browser.screenshot("vehicles-register-plates");
			browser.assertAccessible();
			browser.click("#register");

			assertThat(browser.path()).isEqualTo("/staff/vehicles/" + vin);
			assertThat(browser.find("#notice").getText()).contains("注册登记已办结", chosen);
			assertThat(browser.find("#plate").getText()).isEqualTo(chosen);
			assertThat(browser.find("#inspection-due").getText()).contains(today.plusYears(2).toString());
			browser.screenshot("vehicles-vehicle");
			browser.assertAccessible();

			browser.type("#buyerIdNumber", VehicleSamples.wuhanId()).type("#buyerName", "周小红")
				.type("#buyerMobile", VehicleSamples.mobile());
			browser.click("#submit-transfer");
			assertThat(browser.find("#notice").getText()).contains("转让登记已办结");
			assertThat(browser.find("#history").getText()).contains("注册登记", "转让登记", "一证通办");

			// a seized car is refused in the page with the exact reason
			Api.at(port).as("clerk").post("/api/v1/vehicles/" + vin + "/status-marks",
					"{\"code\":\"K\",\"reason\":\"法院查封\"}");
			browser.go("/staff/vehicles/" + vin);
			browser.type("#buyerIdNumber", VehicleSamples.wuhanId()).type("#buyerName", "李四")
				.type("#buyerMobile", VehicleSamples.mobile());
			browser.click("#submit-transfer");
			assertThat(browser.find("#transfer-error").getText()).contains("被查封", "164");
			browser.assertAccessible();
		}
	}

	@Test
	void theLanzhouCarInTheBrowserAndTheCitizensView() {
		var vin = VehicleSamples.vin();
		var plate = VehicleSamples.lanzhouPlate();
		var owner = VehicleSamples.lanzhouId();
		var mobile = VehicleSamples.mobile();
		var seeded = Api.at(port).as("admin").post("/api/v1/admin/exchange/vehicles", "{\"vin\":\"" + vin
				+ "\",\"plate\":\"" + plate + "\",\"ownerIdNumber\":\"" + owner
				+ "\",\"statusCodes\":\"A\",\"pendingBusiness\":[\"兰州市车管所在办：抵押登记未办结\"]}");
		assertThat(seeded.status()).isEqualTo(201);
		try (var browser = Browser.open(port)) {
			signIn(browser, "clerk");
			browser.go("/staff/vehicles");
			browser.click("#transfer-in-link");
			browser.type("#vin", vin).type("#originPlate", plate).type("#ownerIdNumber", owner)
				.type("#ownerName", "马海军").type("#ownerMobile", mobile);
			browser.assertAccessible();
			browser.click("#submit-transfer-in");

			assertThat(browser.path()).startsWith("/staff/vehicles/cases/");
			assertThat(browser.find("#form-error").getText()).contains("协调工单");
			assertThat(browser.text()).contains("抵押登记未办结", "向原籍地发出协调请求", "省公安厅科技信息化部门");
			browser.screenshot("vehicles-case-opened");
			browser.assertAccessible();

			new Select(browser.find("#kind")).selectByValue("ORIGIN_RESPONDED");
			browser.type("#note", "兰州市车管所已办结抵押登记");
			browser.click("#record-step");
			assertThat(browser.find("#case-state").getText()).contains("原籍地已回复");
			new Select(browser.find("#kind")).selectByValue("DATA_RETRANSMITTED");
			browser.click("#record-step");
			assertThat(browser.find("#notice").getText()).contains("转入完成", "鄂A");
			assertThat(browser.find("#case-state").getText()).contains("已办结");
			browser.screenshot("vehicles-case-resolved");
			browser.assertAccessible();
			browser.click("#sign-out");

			browser.go("/citizen/sign-in").type("#idNumber", owner).type("#mobile", mobile).click("#request-code");
			browser.type("#code", code(mobile)).click("#sign-in");
			browser.go("/citizen");
			browser.click("#my-vehicles-link");
			assertThat(browser.path()).isEqualTo("/citizen/vehicles");
			assertThat(browser.text()).contains("鄂A", "检验有效期至", "转入办理进度", "办结，转入完成")
				.doesNotContain(owner);
			browser.screenshot("vehicles-citizen");
			browser.assertAccessible();
		}
	}

	@Test
	void theCitizenAppliesForTheElectronicSignWhenTheWindowIsOpen() {
		var today = OfficeTime.today(clock);
		var car = VehicleHttp.register(port, today, today.minusMonths(1), today.plusYears(3));
		VehicleHttp.today(port, today.plusYears(2).minusMonths(1));
		try (var browser = Browser.open(port)) {
			browser.go("/citizen/sign-in").type("#idNumber", car.ownerId()).type("#mobile", car.mobile())
				.click("#request-code");
			browser.type("#code", code(car.mobile())).click("#sign-in");
			browser.go("/citizen/vehicles");
			browser.assertAccessible();
			browser.click("#sign-" + car.vin());
			assertThat(browser.find("#notice").getText()).contains("电子检验标志已核发", today.plusYears(4).toString());
			assertThat(browser.find("#sign").getText()).contains(today.plusYears(4).toString());
			browser.screenshot("vehicles-citizen-sign");
			browser.assertAccessible();
		}
	}

	private String code(String mobile) {
		var messages = Api.at(port).as("admin").get("/api/v1/admin/notifications?to=" + mobile).json();
		for (var message : messages) {
			if (message.path("template").asString().equals("one-time-code")) {
				var matcher = java.util.regex.Pattern.compile("(\\d{6})").matcher(message.path("body").asString());
				assertThat(matcher.find()).isTrue();
				return matcher.group(1);
			}
		}
		throw new AssertionError("no code for " + mobile);
	}
}
