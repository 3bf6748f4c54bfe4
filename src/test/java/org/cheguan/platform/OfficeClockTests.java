package org.cheguan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.cheguan.shared.OfficeTime;
import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Office dates are Asia/Shanghai dates whatever the JVM zone: the suite runs in UTC, where the date changes at 08:00
 * office time.
 */
@CheguanTest
class OfficeClockTests {

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	@AfterEach
	void backToSystemTime() {
		Api.at(port).as("admin").delete("/api/v1/admin/clock");
	}

	@Test
	void theTestJvmRunsInUtc() {
		assertThat(java.util.TimeZone.getDefault().getRawOffset()).isZero();
	}

	@Test
	void officeDateIsTheShanghaiDateAt07Utc() {
		// 2026-12-04T23:30Z is already 2026-12-05 07:30 in Wuhan.
		var response = Api.at(port).as("admin").put("/api/v1/admin/clock", "{\"instant\":\"2026-12-04T23:30:00Z\"}");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().path("officeDate").asString()).isEqualTo("2026-12-05");
		assertThat(OfficeTime.today(clock)).isEqualTo(LocalDate.of(2026, 12, 5));
		assertThat(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).isEqualTo(LocalDate.of(2026, 12, 4));
	}

	@Test
	void movedClockKeepsTicking() throws InterruptedException {
		Api.at(port).as("admin").put("/api/v1/admin/clock", "{\"instant\":\"2026-09-24T09:00:00+08:00\"}");
		var first = clock.instant();
		Thread.sleep(20);
		assertThat(clock.instant()).isAfter(first);
		assertThat(first).isBetween(Instant.parse("2026-09-24T01:00:00Z"), Instant.parse("2026-09-24T01:01:00Z"));
	}

	@Test
	void onlyAdminsMoveTheClockAndBadInstantsAreProblems() {
		assertThat(Api.at(port).as("clerk").put("/api/v1/admin/clock", "{\"instant\":\"2026-12-05T00:00:00Z\"}")
			.status()).isEqualTo(403);
		var bad = Api.at(port).as("admin").put("/api/v1/admin/clock", "{\"instant\":\"next tuesday\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().path("errors").get(0).path("field").asString()).isEqualTo("instant");
		assertThat(Api.at(port).as("admin").put("/api/v1/admin/clock", "{}").status()).isEqualTo(400);
		assertThat(Api.at(port).as("admin").put("/api/v1/admin/clock", "{\"instant\":\"+99999-12-05T09:00:00Z\"}")
			.status()).isEqualTo(400);
		assertThat(Api.at(port).as("admin").put("/api/v1/admin/clock", "{\"instant\":\"1999-12-31T15:59:59Z\"}")
			.status()).isEqualTo(400);
		assertThat(Api.at(port).as("admin").put("/api/v1/admin/clock", "{\"instant\":\"1999-12-31T16:00:00Z\"}")
			.status()).isEqualTo(200);
	}
}
