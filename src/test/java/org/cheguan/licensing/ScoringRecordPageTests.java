package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.cheguan.support.Api;
import org.cheguan.support.Browser;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The licence panel shows the recorded 12-point periods of the term next to the clerk's declaration, in both
 * languages, and a renewal with the box unticked keeps the term at 6 years (domain-rules §1.6).
 */
@CheguanTest
@ExtendWith(Browser.Available.class)
class ScoringRecordPageTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void backToSystemTime() {
		Api.at(port).as("admin").delete("/api/v1/admin/clock");
	}

	@Test
	void theRenewalFormShowsTheRecordedPeriodAndTheRenewalKeepsSixYears() {
		Api.at(port).as("admin").put("/api/v1/admin/clock", "{\"instant\":\"2026-06-01T09:00:00+08:00\"}");
		var id = LicenceRenewalHttpTests.licensed(port, jdbc, LocalDate.of(1987, 3, 3), "C1", LocalDate.of(2026, 7, 31));
		var clean = LicenceRenewalHttpTests.licensed(port, jdbc, LocalDate.of(1987, 3, 4), "C1",
				LocalDate.of(2026, 7, 31));
		var citizen = jdbc.sql("select citizen_id from licensing.licence_application where id = :id::uuid")
			.param("id", id)
			.query(java.util.UUID.class)
			.single();
		// the term runs 2020-08-01 to 2026-07-31; the periods start every 1 August
		jdbc.sql("""
				insert into licensing.scoring_period_record (id, citizen_id, period_start, period_end, reached_on,
				  recorded_by, recorded_at)
				values (gen_random_uuid(), :citizen, '2022-08-01', '2023-07-31', '2023-02-14', 'test', now())""")
			.param("citizen", citizen)
			.update();
		try (var browser = Browser.open(port)) {
			LicenceServicePageTests.signIn(browser, "clerk");
			browser.go("/staff/licensing/applications/" + clean);
			assertThat(browser.find("#renew-recorded-periods").getText()).contains("没有");
			browser.go("/staff/licensing/applications/" + id + "?lang=en");
			assertThat(browser.find("#renew-recorded-periods").getText()).contains("2022-08-01", "2023-07-31",
					"2023-02-14", "count whether");
			browser.go("/staff/licensing/applications/" + id + "?lang=zh-CN");
			assertThat(browser.find("#renew-recorded-periods").getText()).contains("2022-08-01", "记满 12 分");
			browser.assertAccessible();
			browser.screenshot("licensing-recorded-scoring-periods");
			browser.click("#renew");

			assertThat(browser.find("#licence-term").getText()).isEqualTo("六年");
			assertThat(browser.find("#notice").getText()).contains("2032-07-31");
		}
	}
}
