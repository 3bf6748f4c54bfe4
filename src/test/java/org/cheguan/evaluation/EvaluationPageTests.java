package org.cheguan.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import org.cheguan.support.Api;
import org.cheguan.support.Browser;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rating pages in headless Chromium: the one-time link on a phone, in age-friendly mode; the citizen portal's
 * list of own services; the supervisor's board of bad ratings. Every page is checked with axe (WCAG 2.1 AA) and
 * photographed into target/screenshots.
 */
@CheguanTest
@ExtendWith(Browser.Available.class)
class EvaluationPageTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCitizenRatesFromTheSmsLinkOnAPhoneInAgeFriendlyMode() {
		var fixture = new RecordsFixture(port);
		var idNumber = RecordsFixture.freshIdNumber();
		var mobile = RecordsFixture.freshMobile();
		var service = fixture.recordWindowService("VEHICLE_TRANSFER", idNumber, mobile).path("id").asString();
		var link = RecordsFixture.linkPath(fixture.invitations(mobile, 1)[0].path("body").asString());
		try (var browser = Browser.open(port)) {
			browser.driver().manage().window().setSize(new Dimension(390, 844));
			browser.go(link);
			assertThat(browser.find("#service-name").getText()).isEqualTo("机动车转让登记");
			assertThat(browser.text()).contains("非常满意").contains("非常不满意").contains("服务态度")
				.doesNotContain(idNumber);
			browser.screenshot("rating-link-phone");
			browser.assertAccessible();
			browser.go(link + "?lang=en");
			assertThat(browser.find("#service-name").getText()).isEqualTo("Vehicle ownership transfer");
			assertThat(browser.text()).contains("Very satisfied").contains("Attitude");
			browser.assertAccessible();
			browser.go(link + "?lang=zh-CN");
			browser.click("#age-friendly-toggle");
			assertThat(browser.path()).startsWith(link);
			browser.screenshot("rating-link-phone-age-friendly");
			browser.driver().executeScript("document.getElementById('score-1').scrollIntoView()");
			browser.screenshot("rating-link-phone-age-friendly-levels");
			browser.assertAccessible();
			assertThat(count(service)).isZero(); // looking changed nothing

			browser.find("#score-1").click();
			browser.type("#comment", "窗口排队太久，没有人引导").click("#submit-rating");
			assertThat(browser.find("#rated").getText()).isEqualTo("感谢您的评价！");
			assertThat(browser.find("#rated-level").getText()).isEqualTo("非常不满意");
			assertThat(browser.find("#rectification-status").getText()).isEqualTo("待核实答复");
			browser.driver().executeScript("document.getElementById('rated').scrollIntoView()");
			browser.screenshot("rating-link-thanks");
			browser.assertAccessible();
			assertThat(count(service)).isEqualTo(1);

			// the same link again: already rated, no second form
			browser.go(link);
			assertThat(browser.has("#rating-form")).isFalse();
			assertThat(browser.find("#rated").getText()).isEqualTo("这笔业务已经评价过了。");
		}
	}

	@Test
	void anUnknownLinkSaysSoWithoutAForm() {
		try (var browser = Browser.open(port)) {
			browser.go("/rate/" + UUID.randomUUID());
			assertThat(browser.has("#link-expired")).isTrue();
			assertThat(browser.has("#rating-form")).isFalse();
			browser.assertAccessible();
		}
	}

	@Test
	void aCitizenRatesFromTheirListOfServicesAndASupervisorWorksTheRectificationOnTheBoard() {
		var fixture = new RecordsFixture(port);
		var idNumber = RecordsFixture.freshIdNumber();
		var mobile = RecordsFixture.freshMobile();
		var service = fixture.recordWindowService("ARCHIVE_COPY", idNumber, mobile).path("id").asString();
		try (var browser = Browser.open(port)) {
			browser.go("/citizen/sign-in").type("#idNumber", idNumber).type("#mobile", mobile).click("#request-code");
			browser.type("#code", code(mobile)).click("#sign-in");
			assertThat(browser.path()).isEqualTo("/citizen");
			browser.click("#my-services-link");
			assertThat(browser.path()).isEqualTo("/citizen/services");
			assertThat(browser.text()).contains("档案查询复印");
			browser.screenshot("citizen-services");
			browser.assertAccessible();
			browser.click(".rate-link");
			assertThat(browser.path()).isEqualTo("/citizen/services/" + service + "/rate");
			// the overall level is required: the browser does not submit without it
			assertThat(browser.find("#score-1").getAttribute("required")).isNotNull();
			browser.find("#score-2").click();
			browser.click("#submit-rating");
			assertThat(browser.find("#rated-level").getText()).isEqualTo("不满意");
			browser.go("/citizen/services");
			assertThat(browser.text()).contains("已评价");
		}
		var rectification = jdbc.sql("""
				select r.id from evaluation.rectification r join evaluation.rating g on g.id = r.rating_id
				where g.service_record_id = :id""").param("id", UUID.fromString(service)).query(UUID.class).single();
		try (var browser = Browser.open(port)) {
			browser.go("/login").type("#username", "supervisor").type("#password", Api.DEMO_PASSWORD).click("#sign-in");
			browser.go("/staff");
			assertThat(browser.text()).contains("好差评");
			browser.go("/staff/evaluation");
			assertThat(browser.find("h1").getText()).isEqualTo("差评整改");
			assertThat(browser.has("#rectifications")).isTrue();
			browser.screenshot("evaluation-board");
			browser.assertAccessible();
			browser.go("/staff/evaluation/rectifications/" + rectification);
			assertThat(browser.find("#status").getText()).isEqualTo("待核实答复");
			browser.screenshot("evaluation-rectification");
			browser.assertAccessible();
			browser.type("#note", "已核实，档案室复印机故障，已当面致歉").click("#step-submit");
			assertThat(browser.find("#notice").getText()).isEqualTo("已记录核实答复。");
			assertThat(browser.find("#status").getText()).isEqualTo("已答复，整改中");
			browser.assertAccessible();
		}
		try (var browser = Browser.open(port)) {
			browser.go("/login").type("#username", "clerk").type("#password", Api.DEMO_PASSWORD).click("#sign-in");
			browser.go("/staff/evaluation");
			assertThat(browser.find(".status-code").getText()).isEqualTo("403");
		}
	}

	private long count(String service) {
		return jdbc.sql("select count(*) from evaluation.rating where service_record_id = :id")
			.param("id", UUID.fromString(service)).query(Long.class).single();
	}

	private String code(String mobile) {
		return RecordsFixture.waitFor(() -> {
			for (var message : Api.at(port).as("admin").get("/api/v1/admin/notifications?to=" + mobile).json()) {
				var matcher = Pattern.compile("验证码为 (\\d{6})").matcher(message.path("body").asString());
				if (matcher.find()) {
					return matcher.group(1);
				}
			}
			return null;
		}, Duration.ofSeconds(15));
	}
}
