package org.cheguan.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Queue numbering on the real database, with fixed clocks: the office day across the UTC date change at 08:00 local,
 * numbers never reused, a restarted process (a new service instance with no memory) going on from the database, the
 * elderly priority at 69 and 70, and the enterprise lane. Each test uses an outlet id of its own, so its counters and
 * queue are its own; the outlet is taken as open (opening hours are the outlets module's, tested there).
 */
@CheguanTest
class QueueNumberingTests {

	@Autowired
	JdbcClient jdbc;

	/** A new service instance: what a restarted process has, nothing in memory. */
	private QueueTickets process(Instant now) {
		var alwaysOpen = new OutletCheck(null) {
			@Override
			void requireOffers(UUID outletId, String service) {
			}

			@Override
			boolean isOpenAt(UUID outletId, Instant instant) {
				return true;
			}
		};
		return new QueueTickets(jdbc, alwaysOpen, Clock.fixed(now, ZoneOffset.UTC), event -> {
		});
	}

	@Test
	void numberingGoesOnAcrossTheUtcDateChangeAndRestartsAtLocalMidnight() {
		var outlet = UUID.randomUUID();
		var before = process(Instant.parse("2026-12-01T23:59:00Z")).take(outlet, "VEHICLE_TRANSFER", TicketLane.GENERAL,
				null, null); // 07:59 on 2 December in Wuhan
		var after = process(Instant.parse("2026-12-02T00:01:00Z")).take(outlet, "VEHICLE_TRANSFER", TicketLane.GENERAL,
				null, null); // 08:01, the UTC date has changed
		var nextDay = process(Instant.parse("2026-12-02T16:00:30Z")).take(outlet, "VEHICLE_TRANSFER",
				TicketLane.GENERAL, null, null); // 00:00:30 on 3 December in Wuhan

		assertThat(before.officeDate()).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(before.number()).isEqualTo("A001");
		assertThat(after.officeDate()).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(after.number()).isEqualTo("A002");
		assertThat(nextDay.officeDate()).isEqualTo(LocalDate.of(2026, 12, 3));
		assertThat(nextDay.number()).isEqualTo("A001");
	}

	@Test
	void aRestartedProcessContinuesFromTheDatabaseAndNeverReusesANumber() {
		var outlet = UUID.randomUUID();
		var now = Instant.parse("2026-12-04T02:00:00Z");
		var first = process(now);
		for (int i = 0; i < 5; i++) {
			var ticket = first.take(outlet, "VEHICLE_TRANSFER", TicketLane.GENERAL, null, null);
			first.callNext(outlet, "1", TicketLane.GENERAL, "clerk");
			first.complete(ticket.id(), "clerk");
		}
		// Everything of the day is completed; a new process starts and must not hand out A001 again.
		var restarted = process(now.plusSeconds(60));
		assertThat(restarted.take(outlet, "VEHICLE_TRANSFER", TicketLane.GENERAL, null, null).number())
			.isEqualTo("A006");
		// And the database refuses a number twice, whoever asks.
		assertThatThrownBy(() -> jdbc.sql("""
				insert into appointments.ticket (id, outlet_id, office_date, prefix, number, service, lane, priority,
				  status, issued_at)
				values (gen_random_uuid(), :outlet, date '2026-12-04', 'A', 3, 'x', 'GENERAL', false, 'WAITING', now())""")
			.param("outlet", outlet)
			.update()).isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void concurrentTakersGetDistinctConsecutiveNumbers() throws Exception {
		var outlet = UUID.randomUUID();
		var service = process(Instant.parse("2026-12-04T03:00:00Z"));
		var pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (int i = 0; i < 60; i++) {
				Callable<String> take = () -> service.take(outlet, "VEHICLE_TRANSFER", TicketLane.GENERAL, null, null)
					.number();
				results.add(pool.submit(take));
			}
			var numbers = new HashSet<String>();
			for (var result : results) {
				numbers.add(result.get());
			}
			assertThat(numbers).hasSize(60).contains("A001", "A060");
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void oneWindowPressingCallTenTimesAtOnceHoldsOneTicket() throws Exception {
		var outlet = UUID.randomUUID();
		var service = process(Instant.parse("2026-12-08T02:00:00Z"));
		for (int i = 0; i < 10; i++) {
			service.take(outlet, "VEHICLE_TRANSFER", TicketLane.GENERAL, null, null);
		}
		var pool = Executors.newFixedThreadPool(10);
		try {
			List<Future<Boolean>> calls = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				Callable<Boolean> call = () -> {
					try {
						return service.callNext(outlet, "5", TicketLane.GENERAL, "clerk").isPresent();
					}
					catch (org.cheguan.shared.Conflict busy) {
						return false;
					}
				};
				calls.add(pool.submit(call));
			}
			var called = 0;
			for (var call : calls) {
				called += call.get() ? 1 : 0;
			}
			assertThat(called).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("select count(*) from appointments.ticket where outlet_id = :outlet and status = 'CALLED'")
			.param("outlet", outlet).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aSeventyYearOldIsCalledBeforeEarlierTicketsAndASixtyNineYearOldIsNot() {
		var outlet = UUID.randomUUID();
		var now = Instant.parse("2026-12-07T02:00:00Z"); // Monday 10:00 in Wuhan
		var day = QueueRules.officeDate(now);
		var service = process(now);
		var anonymous = service.take(outlet, "VEHICLE_TRANSFER", TicketLane.GENERAL, null, null);
		var sixtyNine = service.take(outlet, "VEHICLE_TRANSFER", TicketLane.GENERAL,
				ResidentIdNumber.of(Samples.idBornOn(day.minusYears(70).plusDays(1))), null);
		var seventy = service.take(outlet, "VEHICLE_TRANSFER", TicketLane.GENERAL,
				ResidentIdNumber.of(Samples.idBornOn(day.minusYears(70))), null);
		var enterprise = service.take(outlet, "VEHICLE_TRANSFER", TicketLane.ENTERPRISE,
				ResidentIdNumber.of(Samples.idBornOn(day.minusYears(80))), null);

		assertThat(sixtyNine.priority()).isFalse();
		assertThat(seventy.priority()).isTrue();
		assertThat(enterprise.priority()).isFalse();
		assertThat(enterprise.number()).isEqualTo("Q001");
		assertThat(service.ahead(seventy)).isZero();
		assertThat(service.ahead(sixtyNine)).isEqualTo(2);

		assertThat(service.callNext(outlet, "1", TicketLane.GENERAL, "clerk").orElseThrow().id()).isEqualTo(seventy.id());
		assertThat(service.callNext(outlet, "2", TicketLane.GENERAL, "clerk").orElseThrow().id())
			.isEqualTo(anonymous.id());
		assertThat(service.callNext(outlet, "3", TicketLane.GENERAL, "clerk").orElseThrow().id())
			.isEqualTo(sixtyNine.id());
		assertThat(service.callNext(outlet, "4", TicketLane.GENERAL, "clerk")).isEmpty();
		assertThat(service.callNext(outlet, "E1", TicketLane.ENTERPRISE, "clerk").orElseThrow().id())
			.isEqualTo(enterprise.id());
	}
}
