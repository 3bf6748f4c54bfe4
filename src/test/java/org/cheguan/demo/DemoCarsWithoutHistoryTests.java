package org.cheguan.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;

import org.cheguan.platform.OfficeClock;
import org.cheguan.vehicles.DemoVehicles;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With the history disabled ({@code cheguan.demo.history.enabled=false}) the documented demo cars are still
 * registered, at start-up (the shared test context runs the history, so this is a unit test of the lifecycle).
 */
class DemoCarsWithoutHistoryTests {

	@Test
	void withTheHistoryDisabledTheDemoCarsAreRegisteredNow() {
		var clock = mock(OfficeClock.class);
		// 09:30 office time on Sunday 2026-11-29
		when(clock.instant()).thenReturn(Instant.parse("2026-11-29T01:30:00Z"));
		var cars = mock(DemoVehicles.class);
		var history = new DemoHistory(new HistoryProperties(false, 30, 120, 20240113, 4), mock(HistoryGenerator.class),
				clock, mock(JdbcClient.class), cars);

		history.start();

		verify(cars).registerCars(LocalDate.of(2026, 11, 29));
		verify(clock, never()).moveTo(org.mockito.ArgumentMatchers.any());
		assertThat(history.isRunning()).isTrue();
	}

	@Test
	void theCarsDayIsTheLastWorkingDayBeforeTheMonth() {
		// Monday 2026-11-02 → Friday 2026-10-30
		assertThat(DemoHistory.carsDay(LocalDate.of(2026, 11, 2))).isEqualTo(LocalDate.of(2026, 10, 30));
		// after National Day (2026-10-01..07 off): Saturday 2026-10-10 is a make-up working day
		assertThat(DemoHistory.carsDay(LocalDate.of(2026, 10, 11))).isEqualTo(LocalDate.of(2026, 10, 10));
		assertThat(DemoHistory.carsDay(LocalDate.of(2026, 10, 8))).isEqualTo(LocalDate.of(2026, 9, 30));
	}
}
