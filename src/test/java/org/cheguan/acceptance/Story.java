package org.cheguan.acceptance;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every seed story shares: the running platform's port, the {@link Office} seen from outside, and the office
 * clock put back to system time after each story, because all tests share one clock.
 */
abstract class Story {

	@LocalServerPort
	int port;

	Office office;

	@BeforeEach
	void open() {
		office = new Office(port);
	}

	@AfterEach
	void backToSystemTime() {
		office.backToSystemTime();
	}
}
