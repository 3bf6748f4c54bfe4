package org.cheguan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.cheguan.support.Api;
import org.cheguan.support.Browser;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The audit page of the staff console, in headless Chromium. */
@CheguanTest
@ExtendWith(Browser.Available.class)
class AuditPageTests {

	@LocalServerPort
	int port;

	@Test
	void supervisorSeesAnIntactChainAndTheNewestRecords() {
		// a change that must show up: an administrator creates an account
		Api.at(port).as("admin").post("/api/v1/admin/staff-accounts", """
				{"username":"audit.page","displayName":"审计页","roles":["CLERK"],"password":"a-long-password-1"}""");
		try (var browser = Browser.open(port)) {
			browser.go("/login").type("#username", "supervisor").type("#password", Api.DEMO_PASSWORD).click("#sign-in");
			browser.go("/staff/audit");

			assertThat(browser.path()).isEqualTo("/staff/audit");
			assertThat(browser.find("#chain-status").getText()).startsWith("完整");
			assertThat(browser.text()).contains("identity.staff-account.created", "username=audit.page");
			browser.screenshot("staff-audit");
			browser.assertAccessible();
		}
	}

	@Test
	void clerksCannotOpenTheAuditPage() {
		try (var browser = Browser.open(port)) {
			browser.go("/login").type("#username", "clerk").type("#password", Api.DEMO_PASSWORD).click("#sign-in");
			browser.go("/staff/audit");
			assertThat(browser.text()).doesNotContain("哈希链");
		}
	}
}
