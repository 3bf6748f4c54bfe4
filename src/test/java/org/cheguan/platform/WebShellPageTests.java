package org.cheguan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.cheguan.identity.OneTimeCodeIssued;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.support.Api;
import org.cheguan.support.Browser;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;

/**
 * The web shell in headless Chromium: staff and citizen sign-in, the language switch, age-friendly mode, access rules
 * and WCAG 2.1 AA (no serious or critical axe-core violation). Screenshots go to {@code target/screenshots/}.
 */
@CheguanTest
@ExtendWith(Browser.Available.class)
class WebShellPageTests {

	private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

	@LocalServerPort
	int port;

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void staffSignsInToTheConsoleAndKeepsAgeFriendlyModeAcrossPages() {
		try (var browser = Browser.open(port)) {
			signInAsStaff(browser, "admin", Api.DEMO_PASSWORD);

			assertThat(browser.path()).isEqualTo("/staff");
			assertThat(browser.find("#greeting").getText()).startsWith("您好");
			assertThat(browser.text()).contains("系统管理员", "驾驶证考试", "机动车", "12123 热线", "好差评", "审计");
			browser.screenshot("staff-console");
			browser.assertAccessible();

			browser.click("#age-friendly-toggle");

			assertThat(browser.path()).isEqualTo("/staff");
			assertThat(browser.find("body").getAttribute("class")).contains("age-friendly");
			assertThat(browser.find("#age-friendly-toggle").getAttribute("aria-pressed")).isEqualTo("true");
			assertThat(browser.find("html").getCssValue("font-size")).isEqualTo("20px");
			assertThat(browser.find("body").getCssValue("font-size")).isEqualTo("20px");
			assertThat(browser.find("#age-friendly-toggle").getSize().getHeight()).isGreaterThanOrEqualTo(48);
			browser.screenshot("staff-console-age-friendly");
			browser.assertAccessible();

			browser.go("/staff/vehicles");
			assertThat(browser.find("body").getAttribute("class")).contains("age-friendly");
			assertThat(browser.text()).contains("机动车业务");
			browser.assertAccessible();

			browser.click("#age-friendly-toggle");
			assertThat(browser.path()).isEqualTo("/staff/vehicles");
			assertThat(browser.find("body").getAttribute("class")).doesNotContain("age-friendly");
		}
	}

	@Test
	void homePageSpeaksChineseFirstAndEnglishOnRequest() {
		try (var browser = Browser.open(port)) {
			browser.go("/");
			assertThat(browser.find("html").getAttribute("lang")).isEqualTo("zh-CN");
			assertThat(browser.find("h1").getText()).contains("车驾管业务");
			assertThat(browser.text()).contains("驾驶证考试预约", "电动自行车登记", "查找服务网点", "12123", "服务评价");
			assertThat(browser.find("body").getAttribute("hx-headers")).contains("X-CSRF-TOKEN");
			assertThat(browser.driver().executeScript("return typeof htmx + ' ' + typeof Chart"))
				.as("htmx and Chart.js load from the webjars").isEqualTo("object function");
			browser.screenshot("home");
			browser.assertAccessible();

			browser.go("/?lang=en");
			assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
			assertThat(browser.find("h1").getText()).isEqualTo("Vehicle and driver services, online or near you");
			assertThat(browser.text()).contains("Book a driving test", "Rate a service").doesNotContain("驾驶证考试预约");
			browser.screenshot("home-en");
			browser.assertAccessible();

			browser.go("/login");
			assertThat(browser.find("h1").getText()).as("the cookie remembers the language").isEqualTo("Staff sign-in");

			browser.click("#age-friendly-toggle");
			assertThat(browser.path()).isEqualTo("/login");
			browser.go("/");
			assertThat(browser.find("body").getAttribute("class")).contains("age-friendly");
			browser.screenshot("home-en-age-friendly");
			browser.assertAccessible();

			browser.go("/?lang=zh-CN");
			assertThat(browser.find("html").getAttribute("lang")).isEqualTo("zh-CN");
			browser.screenshot("home-age-friendly");
			browser.assertAccessible();
		}
	}

	@Test
	void wrongStaffPasswordShowsAnErrorAndNoConsole() {
		try (var browser = Browser.open(port)) {
			signInAsStaff(browser, "admin", "not-the-password");

			assertThat(browser.path()).startsWith("/login");
			assertThat(browser.find("#login-error").getText()).isEqualTo("用户名或密码错误，请重新输入。");
			assertThat(browser.has("#greeting")).isFalse();
			browser.screenshot("staff-login-failed");
			browser.assertAccessible();

			browser.go("/staff");
			assertThat(browser.path()).isEqualTo("/login");
		}
	}

	@Test
	void citizenSeesWhatIsWrongWithTheIdNumberNextToTheField() {
		try (var browser = Browser.open(port)) {
			var valid = freshIdNumber();
			var wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
			browser.go("/citizen/sign-in").type("#idNumber", wrongCheck).type("#mobile", "12345").click("#request-code");

			assertThat(browser.find("#idNumber-error").getText()).contains("校验码错误");
			assertThat(browser.find("#idNumber").getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(browser.find("#mobile-error").getText()).contains("11 位");
			browser.screenshot("citizen-sign-in-errors");
			browser.assertAccessible();
		}
	}

	@Test
	void protectedPagesNeedTheRightSignIn() {
		try (var browser = Browser.open(port)) {
			browser.go("/staff");
			assertThat(browser.path()).isEqualTo("/login");
			browser.go("/citizen");
			assertThat(browser.path()).isEqualTo("/citizen/sign-in");

			var idNumber = freshIdNumber();
			var mobile = freshMobile();
			signInAsCitizen(browser, idNumber, mobile, () -> capturedCode(mobile));
			assertThat(browser.path()).isEqualTo("/citizen");
			assertThat(browser.find("#masked-id-number").getText()).isEqualTo(ResidentIdNumber.of(idNumber).masked());
			assertThat(browser.text()).doesNotContain(idNumber).doesNotContain(mobile);
			browser.screenshot("citizen-home");
			browser.assertAccessible();

			browser.go("/staff");
			assertThat(browser.find(".status-code").getText()).isEqualTo("403");
			assertThat(browser.find("h1").getText()).isEqualTo("没有权限");
			browser.screenshot("citizen-forbidden-staff");
			browser.assertAccessible();

			browser.go("/citizen").click("#sign-out");
			assertThat(browser.path()).isEqualTo("/");
			browser.go("/citizen");
			assertThat(browser.path()).isEqualTo("/citizen/sign-in");
		}
	}

	@Test
	void citizenSignsInWithTheCodeSentBySms() {
		try (var browser = Browser.open(port)) {
			var idNumber = freshIdNumber();
			var mobile = freshMobile();
			signInAsCitizen(browser, idNumber, mobile, () -> codeFromOutbox(mobile));

			assertThat(browser.path()).isEqualTo("/citizen");
			assertThat(browser.find("#masked-id-number").getText())
				.isEqualTo(ResidentIdNumber.of(idNumber).masked())
				.doesNotContain(idNumber.substring(6, 14));
			assertThat(browser.find("#masked-mobile").getText()).isEqualTo(mobile.substring(0, 3) + "****"
					+ mobile.substring(7));
			assertThat(browser.text()).doesNotContain(idNumber).doesNotContain(mobile);
			browser.screenshot("citizen-home");
			browser.assertAccessible();
		}
	}

	private static void signInAsStaff(Browser browser, String username, String password) {
		browser.go("/login").type("#username", username).type("#password", password).click("#sign-in");
	}

	private void signInAsCitizen(Browser browser, String idNumber, String mobile, CodeSource codes) {
		browser.go("/citizen/sign-in").type("#idNumber", idNumber).type("#mobile", mobile).click("#request-code");
		assertThat(browser.path()).isEqualTo("/citizen/sign-in/code");
		assertThat(browser.find("main").getText()).contains(mobile.substring(0, 3) + "****" + mobile.substring(7));
		browser.type("#code", codes.code()).click("#sign-in");
	}

	/** Reads the sign-in code of the newest SMS to the mobile from the notifications outbox, as an admin. */
	private String codeFromOutbox(String mobile) {
		var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline) {
			var response = Api.at(port).as("admin").get("/api/v1/admin/notifications?to=" + mobile);
			if (response.status() == 200 && !response.json().isEmpty()) {
				var matcher = SIX_DIGITS.matcher(response.json().get(0).path("body").asString());
				if (matcher.find()) {
					return matcher.group(1);
				}
			}
			pause();
		}
		throw new AssertionError("No sign-in code for " + mobile + " in the notifications outbox");
	}

	/** Codes seen on {@link OneTimeCodeIssued}, by mobile: the identity module publishes them synchronously. */
	private final Map<String, String> issuedCodes = new ConcurrentHashMap<>();

	private final ApplicationListener<ApplicationEvent> codeListener = event -> {
		if (event instanceof PayloadApplicationEvent<?> payload
				&& payload.getPayload() instanceof OneTimeCodeIssued issued) {
			issuedCodes.put(issued.mobile(), issued.code());
		}
	};

	@BeforeEach
	void listenForIssuedCodes() {
		context.addApplicationListener(codeListener);
	}

	@AfterEach
	void stopListening() {
		context.getBean(ApplicationEventMulticaster.class).removeApplicationListener(codeListener);
	}

	private String capturedCode(String mobile) {
		var code = issuedCodes.get(mobile);
		assertThat(code).as("one-time code issued to " + mobile).isNotNull();
		return code;
	}

	private void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/** Fresh per run, so that other tests' citizens and code limits never interfere. */
	private static String freshIdNumber() {
		var random = ThreadLocalRandom.current();
		var birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(40 * 365));
		var first17 = "420106" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
		return first17 + ResidentIdNumber.checkCharacter(first17);
	}

	private static String freshMobile() {
		return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	@FunctionalInterface
	private interface CodeSource {

		String code();
	}
}
