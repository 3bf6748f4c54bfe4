package org.cheguan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

/**
 * Moves the demo office clock of the running test server (PUT /api/v1/admin/clock, as admin) to 09:00 office time of a
 * day, and back to the system time; tests that move it put it back after each test.
 */
public final class OfficeDay {

	private OfficeDay() {
	}

	/** Sets the office clock to 09:00 (Asia/Shanghai) on {@code date}. */
	public static void set(int port, LocalDate date) {
		assertThat(Api.at(port).as("admin").put("/api/v1/admin/clock", "{\"instant\":\"" + date + "T09:00:00+08:00\"}")
			.status()).isEqualTo(200);
	}

	/** Puts the office clock back on the system time. */
	public static void reset(int port) {
		Api.at(port).as("admin").delete("/api/v1/admin/clock");
	}

}
