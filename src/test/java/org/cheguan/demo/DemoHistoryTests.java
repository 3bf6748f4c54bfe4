package org.cheguan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.WorkingCalendar;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shared test context starts with the demo office's generated past (docs/demo.md; the tests' scale is a week at
 * 12 services a working day): done once, before traffic, and made of real services across the modules. Other tests
 * add rows of their own (and may move the clock), so every figure here is a lower bound within the history's days.
 */
@CheguanTest
class DemoHistoryTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOfficeHasAPastWeekOfServicesRatingsAndHotlineTicketsBeforeTheFirstRequest() {
		var run = jdbc.sql("select days, first_day, last_day, took_ms from demo.history_run")
			.query((rs, n) -> new Object[] { rs.getInt(1), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class), rs.getLong(4) })
			.single();
		var first = (LocalDate) run[1];
		var last = (LocalDate) run[2];
		assertThat((Integer) run[0]).isEqualTo(7);
		assertThat(first.plusDays(6)).isEqualTo(last);

		var channels = jdbc.sql("""
				select distinct channel from transactions.service_record where completed_on between :first and :last""")
			.param("first", first).param("last", last).query(String.class).set();
		assertThat(channels).contains("WINDOW");
		if (first.datesUntil(last.plusDays(1)).anyMatch(WorkingCalendar.official()::isWorkingDay)) {
			assertThat(channels).as("the mobile office goes out on working days").contains("MOBILE");
		}
		var days = jdbc.sql("""
				select count(distinct completed_on) from transactions.service_record
				where completed_on between :first and :last""")
			.param("first", first).param("last", last).query(Long.class).single();
		assertThat(days).as("days with services").isGreaterThanOrEqualTo(5);

		var scores = jdbc.sql("select distinct score from evaluation.rating where given_on between :first and :last")
			.param("first", first).param("last", last).query(Integer.class).set();
		assertThat(scores).contains(5, 4);

		var tickets = jdbc.sql("""
				select count(*) from hotline.ticket where opened_at >= :from and opened_at < :to""")
			.param("from", java.sql.Timestamp.from(first.atStartOfDay(OfficeTime.ZONE).toInstant()))
			.param("to", java.sql.Timestamp.from(last.plusDays(1).atStartOfDay(OfficeTime.ZONE).toInstant()))
			.query(Long.class).single();
		assertThat(tickets).as("two hotline tickets a day at least").isGreaterThanOrEqualTo(14);
	}

	/**
	 * The demo citizens' four cars (docs/vehicles.md, Demo data) are registrations, services: registered at start-up
	 * they were today's services and a fresh demo's dashboard opened on a today of 4 services and no ratings. They are
	 * registered in the past, before the history's month, and 鄂A8K520's inspection window is open today all the same.
	 */
	@Test
	void theDemoCarsExistAndWereRegisteredInThePastNotToday() {
		var run = jdbc.sql("select first_day, last_day from demo.history_run")
			.query((rs, n) -> new LocalDate[] { rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class) })
			.single();
		var first = run[0];
		var startedOn = run[1].plusDays(1); // the history ends the day before the context started
		var plates = java.util.List.of("鄂A8K520", "鄂AD20260", "鄂A3C699", "鄂A6T886");
		var cars = jdbc.sql("select plate, inspection_valid_until from vehicles.vehicle where plate in (:plates)")
			.param("plates", plates)
			.query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getObject(2, LocalDate.class)))
			.list();
		assertThat(cars).extracting(java.util.Map.Entry::getKey).containsExactlyInAnyOrderElementsOf(plates);
		var due = cars.stream().filter(car -> car.getKey().equals("鄂A8K520")).findFirst().orElseThrow().getValue();
		assertThat(due).as("inspection window of 鄂A8K520 open on the day the demo started")
			.isAfter(startedOn).isBeforeOrEqualTo(startedOn.plusMonths(3));

		var registeredOn = jdbc.sql("""
				select r.completed_on from transactions.service_record r
				where r.service_type = 'VEHICLE_REGISTRATION'
				and r.citizen_id in (select owner_id from vehicles.vehicle where plate in (:plates))""")
			.param("plates", plates)
			.query(LocalDate.class)
			.list();
		assertThat(registeredOn).as("the registrations of the four cars").hasSize(4);
		assertThat(registeredOn).as("registered before the history's month, never on the day the demo started")
			.allSatisfy(day -> assertThat(day).isBefore(first).isEqualTo(DemoHistory.carsDay(first)));
	}
}
