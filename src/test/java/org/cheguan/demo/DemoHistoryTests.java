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
}
