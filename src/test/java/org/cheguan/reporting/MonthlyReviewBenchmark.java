package org.cheguan.reporting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cheguan.CheguanApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One year of a city written straight into the reporting rollups and into a raw table of the same facts
 * (reporting_bench.service, one row per service with its rating, and reporting_bench.ticket), then the monthly review
 * of one month read from the rollups next to the same figures by a naive GROUP BY over the raw rows, in the same run
 * on the same database, checking that the numbers are identical (issue 7, item 7). Not a unit test: run
 * {@code bench/reporting.sh [services] [month]}.
 */
public final class MonthlyReviewBenchmark {

	private MonthlyReviewBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		long services = args.length > 0 ? Long.parseLong(args[0]) : 5_000_000L;
		var month = YearMonth.parse(args.length > 1 ? args[1] : "2025-06");
		var context = new SpringApplicationBuilder(CheguanApplication.class).profiles("demo")
			.run("--cheguan.embedded-database.data-directory=", "--cheguan.crypto.demo-key-file=",
					"--logging.level.root=warn", "--cheguan.notifications.dispatch-interval=PT1H", "--server.port=0");
		try {
			var jdbc = context.getBean(JdbcClient.class);
			var reports = context.getBean(Reports.class);
			long t0 = System.nanoTime();
			generate(jdbc, services);
			System.out.printf("generated %,d services, %,d ratings, %,d tickets in %.1f s%n", services,
					jdbc.sql("select count(score) from reporting_bench.service").query(Long.class).single(),
					jdbc.sql("select count(*) from reporting_bench.ticket").query(Long.class).single(),
					(System.nanoTime() - t0) / 1e9);
			System.out.printf("rollup rows: daily_service %,d, monthly_service %,d, daily_wait %,d, daily_hotline %,d%n",
					count(jdbc, "reporting.daily_service"), count(jdbc, "reporting.monthly_service"),
					count(jdbc, "reporting.daily_wait"), count(jdbc, "reporting.daily_hotline"));

			Reports.MonthlyReview review = null;
			Naive naive = null;
			var rollupTimes = new ArrayList<Double>();
			var naiveTimes = new ArrayList<Double>();
			for (int round = 0; round < 5; round++) {
				long start = System.nanoTime();
				review = reports.monthly(month.toString());
				rollupTimes.add((System.nanoTime() - start) / 1e6);
				start = System.nanoTime();
				naive = naive(jdbc, month);
				naiveTimes.add((System.nanoTime() - start) / 1e6);
			}
			var mismatches = compare(review, naive);
			double rollup = median(rollupTimes);
			double raw = median(naiveTimes);
			System.out.printf("monthly review %s from rollups: median %.1f ms %s%n", month, rollup, rollupTimes);
			System.out.printf("same figures by GROUP BY over raw rows: median %.1f ms %s%n", raw, naiveTimes);
			System.out.printf("speed-up %.1fx (target >= 20x); numbers %s%n", raw / rollup,
					mismatches.isEmpty() ? "identical" : "DIFFER: " + mismatches);
			System.out.printf("month: %,d services, %,d ratings, satisfaction %s, %d staff ranked%n",
					review.totals().services(), review.totals().ratings(), review.totals().satisfactionRate(),
					review.categories().stream().mapToInt(c -> c.staff().size()).sum());
		}
		finally {
			context.close();
		}
	}

	private static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static double median(List<Double> values) {
		var sorted = new ArrayList<>(values);
		sorted.sort(null);
		return sorted.get(sorted.size() / 2);
	}

	/**
	 * 400 staff, each in one department and outlet, serving the types of their department; 60 % of services rated;
	 * waits 0 to 59 minutes; 40 hotline agents closing one ticket per 16 services, one in ten late.
	 */
	static void generate(JdbcClient jdbc, long services) {
		jdbc.sql("create schema if not exists reporting_bench").update();
		jdbc.sql("drop table if exists reporting_bench.service, reporting_bench.ticket").update();
		jdbc.sql("""
				create table reporting_bench.service (office_day date not null, outlet uuid not null,
				  department text not null, staff text not null, service_type text not null, channel text not null,
				  wait int, score smallint)""").update();
		jdbc.sql("""
				insert into reporting_bench.service
				select date '2025-01-01' + (g % 365)::int,
				  ('00000000-0000-4000-8000-' || lpad(((g * 7919 % 400) % 20)::text, 12, '0'))::uuid,
				  (array['LICENSING','VEHICLES','SERVICE_HALL','ARCHIVES','EBIKES','LICENSING'])[(g * 7919 % 400) % 6 + 1],
				  'staff-' || (g * 7919 % 400),
				  case (g * 7919 % 400) % 6
				    when 0 then (array['LICENCE_RENEWAL','LICENCE_REPLACEMENT','LEARNER_PERMIT'])[g % 3 + 1]
				    when 1 then (array['VEHICLE_TRANSFER','VEHICLE_REGISTRATION','INSPECTION_SIGN'])[g % 3 + 1]
				    when 2 then (array['QUEUE_WINDOW_SERVICE','CONSULTATION','MOBILE_OFFICE_SERVICE'])[g % 3 + 1]
				    when 3 then 'ARCHIVE_COPY'
				    when 4 then 'EBIKE_REGISTRATION'
				    else (array['EXAM_SUBJECT_1','EXAM_SUBJECT_2','EXAM_SUBJECT_3'])[g % 3 + 1] end,
				  (array['WINDOW','WINDOW','WINDOW','SELF_SERVICE','ONLINE','MOBILE','POSTAL','WINDOW'])[g % 8 + 1],
				  case when g % 10 = 0 then null else (g * 31 % 60)::int end,
				  case when g % 5 < 3 then (array[5,5,5,4,4,3,5,2,5,1,4,5,5,4,5])[((g / 5) * 7 % 15) + 1] else null end
				from generate_series(1, :n) g""").param("n", services).update();
		jdbc.sql("""
				create table reporting_bench.ticket as
				select date '2025-01-01' + (g % 365)::int as office_day, 'HOTLINE' as department,
				  (array['CONSULTATION','HELP','COMPLAINT','PRAISE','SUGGESTION'])[g % 5 + 1] as kind,
				  'agent-' || (g * 17 % 40) as agent, (g % 10 <> 0) as on_time
				from generate_series(1, :n) g""").param("n", services / 16).update();
		jdbc.sql("create index on reporting_bench.service (office_day)").update();
		jdbc.sql("create index on reporting_bench.ticket (office_day)").update();
		// the rollups, as the listeners would have left them
		jdbc.sql("""
				insert into reporting.daily_service (office_day, outlet_key, department, staff, service_type, channel,
				  services, wait_sum, wait_count, rating_1, rating_2, rating_3, rating_4, rating_5)
				select office_day, outlet, department, staff, service_type, channel, count(*), coalesce(sum(wait), 0),
				  count(wait), count(*) filter (where score = 1), count(*) filter (where score = 2),
				  count(*) filter (where score = 3), count(*) filter (where score = 4), count(*) filter (where score = 5)
				from reporting_bench.service group by 1, 2, 3, 4, 5, 6""").update();
		jdbc.sql("""
				insert into reporting.monthly_service (month, department, staff, service_type, channel, services,
				  wait_sum, wait_count, rating_1, rating_2, rating_3, rating_4, rating_5)
				select date_trunc('month', office_day)::date, department, staff, service_type, channel, sum(services),
				  sum(wait_sum), sum(wait_count), sum(rating_1), sum(rating_2), sum(rating_3), sum(rating_4), sum(rating_5)
				from reporting.daily_service where office_day between '2025-01-01' and '2025-12-31'
				group by 1, 2, 3, 4, 5""").update();
		jdbc.sql("""
				insert into reporting.daily_wait (office_day, outlet_key, department, channel, minutes, services)
				select office_day, outlet, department, channel, least(wait, 240), count(*) from reporting_bench.service
				where wait is not null group by 1, 2, 3, 4, 5""").update();
		jdbc.sql("""
				insert into reporting.monthly_wait (month, minutes, services)
				select date_trunc('month', office_day)::date, minutes, sum(services) from reporting.daily_wait
				where office_day between '2025-01-01' and '2025-12-31' group by 1, 2""").update();
		jdbc.sql("""
				insert into reporting.daily_hotline (office_day, department, kind, agent, opened, closed, closed_on_time,
				  closed_overdue, escalated)
				select office_day, department, kind, agent, 0, count(*), count(*) filter (where on_time),
				  count(*) filter (where not on_time), 0
				from reporting_bench.ticket group by 1, 2, 3, 4""").update();
		jdbc.sql("analyze").update();
	}

	/** The monthly review's figures computed naively from the raw rows. */
	record Naive(Figures month, Figures previous, Map<String, Figures> departments, Map<String, Figures> staff,
			Map<String, Figures> trend, long ticketsClosed, long ticketsOnTime, Integer p90) {
	}

	private static final String SUMS = "count(*), coalesce(sum(wait), 0), count(wait), count(*) filter (where score = 1),"
			+ " count(*) filter (where score = 2), count(*) filter (where score = 3), count(*) filter (where score = 4),"
			+ " count(*) filter (where score = 5)";

	static Naive naive(JdbcClient jdbc, YearMonth month) {
		var from = month.atDay(1);
		var to = month.atEndOfMonth();
		var total = group(jdbc, "'all'", from, to).getOrDefault("all", Figures.NONE);
		var previous = group(jdbc, "'all'", month.minusMonths(1).atDay(1), month.minusMonths(1).atEndOfMonth())
			.getOrDefault("all", Figures.NONE);
		var departments = group(jdbc, "department", from, to);
		var staff = group(jdbc, "staff", from, to);
		var trend = group(jdbc, "to_char(office_day, 'YYYY-MM')", month.minusMonths(5).atDay(1), to);
		var tickets = jdbc.sql("select count(*), count(*) filter (where on_time) from reporting_bench.ticket"
				+ " where office_day between :from and :to")
			.param("from", from).param("to", to)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		var p90 = jdbc.sql("select percentile_disc(0.9) within group (order by least(wait, 240))"
				+ " from reporting_bench.service where office_day between :from and :to and wait is not null")
			.param("from", from).param("to", to)
			.query(Integer.class)
			.single();
		return new Naive(total, previous, departments, staff, trend, tickets[0], tickets[1], p90);
	}

	private static Map<String, Figures> group(JdbcClient jdbc, String key, java.time.LocalDate from,
			java.time.LocalDate to) {
		var result = new LinkedHashMap<String, Figures>();
		jdbc.sql("select " + key + ", " + SUMS + " from reporting_bench.service where office_day between :from and :to"
				+ " group by 1 order by 1")
			.param("from", from).param("to", to)
			.query((rs, row) -> result.put(rs.getString(1), new Figures(rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9))))
			.list();
		return result;
	}

	static List<String> compare(Reports.MonthlyReview review, Naive naive) {
		var mismatches = new ArrayList<String>();
		check(mismatches, "month", Reports.Period.of(naive.month(), naive.p90()), review.totals());
		check(mismatches, "previous services", naive.previous().services(), review.previous().services());
		for (var department : review.departmentRankings()) {
			var expected = naive.departments().get(department.key());
			check(mismatches, "department " + department.key(),
					expected.services() + "/" + expected.ratings() + "/" + expected.satisfactionRate(),
					department.services() + "/" + department.ratings() + "/" + department.satisfactionRate());
		}
		check(mismatches, "departments", naive.departments().size(), review.departmentRankings().size());
		int ranked = 0;
		for (var category : review.categories()) {
			for (var member : category.staff()) {
				if (member.username().startsWith("agent-")) {
					continue;
				}
				ranked++;
				var expected = naive.staff().get(member.username());
				check(mismatches, "staff " + member.username(),
						expected.services() + "/" + expected.ratings() + "/" + expected.badRatings(),
						member.services() + "/" + member.ratings() + "/" + member.badRatings());
			}
		}
		check(mismatches, "staff ranked", naive.staff().size(), ranked);
		for (var point : review.trend()) {
			var expected = naive.trend().getOrDefault(point.month(), Figures.NONE);
			check(mismatches, "trend " + point.month(), expected.services() + "/" + expected.satisfactionRate(),
					point.services() + "/" + point.satisfactionRate());
		}
		long closed = review.categories().stream().flatMap(c -> c.staff().stream())
			.mapToLong(Reports.StaffRanking::ticketsClosed).sum();
		long onTime = review.categories().stream().flatMap(c -> c.staff().stream())
			.mapToLong(Reports.StaffRanking::ticketsOnTime).sum();
		check(mismatches, "tickets", naive.ticketsClosed() + "/" + naive.ticketsOnTime(), closed + "/" + onTime);
		return mismatches;
	}

	private static void check(List<String> mismatches, String what, Object expected, Object actual) {
		if (!expected.equals(actual)) {
			mismatches.add(what + ": raw " + expected + " vs rollups " + actual);
		}
	}
}
