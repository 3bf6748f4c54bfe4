package org.cheguan.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the rollups for a range of office days (both ends included). Never touches another module's tables.
 */
@Component
class RollupQueries {

	private static final String SUMS = "sum(services), sum(wait_sum), sum(wait_count), sum(rating_1), sum(rating_2),"
			+ " sum(rating_3), sum(rating_4), sum(rating_5)";

	private final JdbcClient jdbc;

	RollupQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param from first day
	 * @param to last day
	 * @param key a SQL expression over daily_service columns to group by, e.g. {@code channel}
	 * @return figures per key, in key order
	 */
	Map<String, Figures> by(LocalDate from, LocalDate to, String key) {
		var result = new LinkedHashMap<String, Figures>();
		jdbc.sql("select " + key + " as k, " + SUMS + " from reporting.daily_service"
				+ " where office_day between :from and :to group by 1 order by 1")
			.param("from", from).param("to", to)
			.query((rs, row) -> {
				result.put(rs.getString(1), new Figures(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
						rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)));
				return null;
			})
			.list();
		return result;
	}

	/**
	 * @param from first month
	 * @param to last month
	 * @param key a SQL expression over monthly_service columns to group by
	 * @return figures per key from the monthly cube, in key order
	 */
	Map<String, Figures> byMonth(YearMonth from, YearMonth to, String key) {
		var result = new LinkedHashMap<String, Figures>();
		jdbc.sql("select " + key + " as k, " + SUMS + " from reporting.monthly_service"
				+ " where month between :from and :to group by 1 order by 1")
			.param("from", from.atDay(1)).param("to", to.atDay(1))
			.query((rs, row) -> {
				result.put(rs.getString(1), new Figures(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
						rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)));
				return null;
			})
			.list();
		return result;
	}

	Figures month(YearMonth month) {
		return byMonth(month, month, "'all'").getOrDefault("all", Figures.NONE);
	}

	@Nullable Integer p90WaitOfMonth(YearMonth month) {
		var buckets = new LinkedHashMap<Integer, Long>();
		jdbc.sql("select minutes, services from reporting.monthly_wait where month = :month order by minutes")
			.param("month", month.atDay(1))
			.query((rs, row) -> buckets.put(rs.getInt(1), rs.getLong(2)))
			.list();
		return p90(buckets);
	}

	Figures total(LocalDate from, LocalDate to) {
		return by(from, to, "'all'").getOrDefault("all", Figures.NONE);
	}

	/**
	 * @return the 90th percentile wait in minutes (nearest rank over the one-minute histogram), or null without waits
	 */
	@Nullable Integer p90Wait(LocalDate from, LocalDate to) {
		var buckets = new LinkedHashMap<Integer, Long>();
		jdbc.sql("select minutes, sum(services) from reporting.daily_wait where office_day between :from and :to"
				+ " group by minutes order by minutes")
			.param("from", from).param("to", to)
			.query((rs, row) -> buckets.put(rs.getInt(1), rs.getLong(2)))
			.list();
		return p90(buckets);
	}

	static @Nullable Integer p90(Map<Integer, Long> buckets) {
		long total = buckets.values().stream().mapToLong(Long::longValue).sum();
		if (total == 0) {
			return null;
		}
		long rank = (long) Math.ceil(0.9 * total);
		long seen = 0;
		for (var bucket : buckets.entrySet()) {
			seen += bucket.getValue();
			if (seen >= rank) {
				return bucket.getKey();
			}
		}
		return Rollups.WAIT_CAP;
	}

	HotlineFigures hotline(LocalDate from, LocalDate to) {
		var byKind = new LinkedHashMap<String, Long>();
		jdbc.sql("select kind, sum(opened) from reporting.daily_hotline where office_day between :from and :to"
				+ " group by kind order by kind")
			.param("from", from).param("to", to)
			.query((rs, row) -> byKind.put(rs.getString(1), rs.getLong(2)))
			.list();
		return jdbc.sql("select coalesce(sum(opened),0), coalesce(sum(closed),0), coalesce(sum(closed_on_time),0),"
				+ " coalesce(sum(closed_overdue),0), coalesce(sum(escalated),0) from reporting.daily_hotline"
				+ " where office_day between :from and :to")
			.param("from", from).param("to", to)
			.query((rs, row) -> new HotlineFigures(rs.getLong(1), byKind, rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), Figures.share(rs.getLong(3), rs.getLong(2))))
			.single();
	}

	long commendations(LocalDate from, LocalDate to) {
		return jdbc.sql("select coalesce(sum(commendations),0) from reporting.daily_commendation"
				+ " where office_day between :from and :to")
			.param("from", from).param("to", to)
			.query(Long.class)
			.single();
	}
}
