package org.cheguan.reporting;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cheguan.outlets.Districts;
import org.cheguan.outlets.Outlets;
import org.cheguan.shared.Channel;
import org.cheguan.shared.InvalidValue;
import org.cheguan.transactions.ServiceType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The reports of the office (51号 requires periodic reports of ratings and their rectification): daily statistics
 * (日统计), the weekly bulletin (周通报, ISO week Monday to Sunday in Asia/Shanghai) and the monthly review (月讲评).
 * Everything is read from the rollups kept by {@link Rollups}; the same closed period gives the same answer every
 * time it is read, unless a service of that period is rated late (a rating counts in its service's period).
 */
@Service
public class Reports {

	/** Longest period of the district map, in days. */
	public static final int MAX_DISTRICT_DAYS = 366;

	private final RollupQueries rollups;

	private final JdbcClient jdbc;

	private final Outlets outlets;

	private final Districts districts;

	Reports(RollupQueries rollups, JdbcClient jdbc, Outlets outlets, Districts districts) {
		this.rollups = rollups;
		this.jdbc = jdbc;
		this.outlets = outlets;
		this.districts = districts;
	}

	/**
	 * Satisfaction per district over a period, for the district map: the services rendered at outlets of each of the
	 * 13 districts and their ratings (a rating counts in the period of its service; voided ratings do not count). Read
	 * from the daily rollup by outlet; an outlet's district comes from the outlets API (an outlet does not move). Services
	 * without an outlet (online, hotline, mobile office) or at an outlet unknown to the outlets module are counted
	 * apart.
	 *
	 * @param from first office day
	 * @param to last office day, at most {@value #MAX_DISTRICT_DAYS} days after from
	 * @return the 13 districts by code, each with its figures and colour band (null without ratings: no data)
	 * @throws InvalidValue ({@code validation}) when to is before from or the period is too long
	 */
	public DistrictMap districts(LocalDate from, LocalDate to) {
		if (to.isBefore(from) || from.plusDays(MAX_DISTRICT_DAYS - 1L).isBefore(to)) {
			throw new InvalidValue(InvalidValue.VALIDATION, "reporting.range.invalid", null, from, to,
					MAX_DISTRICT_DAYS);
		}
		var byDistrict = new HashMap<String, Figures>();
		var outletsByDistrict = new HashMap<String, Integer>();
		var elsewhere = Figures.NONE;
		for (var entry : rollups.by(from, to, "outlet_key::text").entrySet()) {
			var outletId = UUID.fromString(entry.getKey());
			var outlet = Rollups.NO_OUTLET.equals(outletId) ? null : outlets.find(outletId).orElse(null);
			if (outlet == null) {
				elsewhere = elsewhere.plus(entry.getValue());
				continue;
			}
			var code = outlet.districtCode().value();
			byDistrict.merge(code, entry.getValue(), Figures::plus);
			outletsByDistrict.merge(code, 1, Integer::sum);
		}
		var lines = new ArrayList<DistrictFigures>();
		for (var district : districts.all()) {
			var code = district.code().value();
			var f = byDistrict.getOrDefault(code, Figures.NONE);
			lines.add(new DistrictFigures(code, district.name(), district.nameEn(), outletsByDistrict.getOrDefault(code, 0),
					f.services(), f.ratings(), f.satisfactionRate(), f.satisfied45Rate(), f.badRatings(),
					SatisfactionBands.of(f.satisfactionRate())));
		}
		return new DistrictMap(from, to, lines, elsewhere.services(), elsewhere.ratings(), SatisfactionBands.BANDS);
	}

	/**
	 * Daily statistics of one office day.
	 *
	 * @param date the office day
	 * @return its figures
	 */
	public DailyReport daily(LocalDate date) {
		var total = rollups.total(date, date);
		var byChannel = new LinkedHashMap<String, Long>();
		for (var channel : Channel.values()) {
			byChannel.put(channel.name(), 0L);
		}
		rollups.by(date, date, "channel").forEach((channel, figures) -> byChannel.put(channel, figures.services()));
		var byOutlet = new ArrayList<OutletFigures>();
		rollups.by(date, date, "outlet_key::text").forEach((outlet, figures) -> {
			if (!outlet.equals(Rollups.NO_OUTLET.toString())) {
				byOutlet.add(new OutletFigures(UUID.fromString(outlet), figures.services(), figures.ratings(),
						figures.satisfactionRate(), figures.averageWaitMinutes()));
			}
		});
		long mobile = rollups.by(date, date, "service_type")
			.getOrDefault(ServiceType.MOBILE_OFFICE_SERVICE.name(), Figures.NONE)
			.services();
		return new DailyReport(date, total.services(), byChannel, byOutlet, RatingCounts.of(total),
				total.satisfactionRate(), total.satisfied45Rate(), total.averageWaitMinutes(),
				rollups.p90Wait(date, date), total.badRatings(), rollups.hotline(date, date),
				rollups.commendations(date, date), mobile,
				Figures.share(byChannel.get(Channel.SELF_SERVICE.name()), total.services()));
	}

	/**
	 * @param text an ISO week such as {@code 2026-W49}
	 * @return its Monday
	 * @throws InvalidValue ({@code validation}) for anything else
	 */
	static LocalDate monday(String text) {
		var matcher = java.util.regex.Pattern.compile("(\\d{4})-W(\\d{2})").matcher(text);
		if (!matcher.matches()) {
			throw new InvalidValue(InvalidValue.VALIDATION, "reporting.week.invalid", null, text);
		}
		int year = Integer.parseInt(matcher.group(1));
		int week = Integer.parseInt(matcher.group(2));
		var first = LocalDate.of(year, 1, 4).with(DayOfWeek.MONDAY);
		int weeks = (int) LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		if (week < 1 || week > weeks) {
			throw new InvalidValue(InvalidValue.VALIDATION, "reporting.week.invalid", null, text);
		}
		return first.plusWeeks(week - 1L);
	}

	static String weekOf(LocalDate monday) {
		return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
				monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/**
	 * @param text a month such as {@code 2026-12}
	 * @return the month
	 * @throws InvalidValue ({@code validation}) for anything else
	 */
	static YearMonth month(String text) {
		YearMonth month;
		try {
			month = YearMonth.parse(text);
		}
		catch (DateTimeParseException invalid) {
			throw new InvalidValue(InvalidValue.VALIDATION, "reporting.month.invalid", null, text);
		}
		// ISO allows years to 999999999; the database's dates end long before, and no office report is kept past 9999
		if (month.getYear() < 1900 || month.getYear() > 9999) {
			throw new InvalidValue(InvalidValue.VALIDATION, "reporting.month.invalid", null, text);
		}
		return month;
	}

	/**
	 * The weekly bulletin of an ISO week.
	 *
	 * @param week e.g. {@code 2026-W49}
	 * @return rankings of outlets and departments with the change on the previous week, bad ratings with their
	 *         rectification state and overdue tickets
	 * @throws InvalidValue for a malformed week
	 */
	public WeeklyBulletin weekly(String week) {
		var from = monday(week);
		var to = from.plusDays(6);
		var previousFrom = from.minusWeeks(1);
		var previousTo = previousFrom.plusDays(6);
		var current = rollups.total(from, to);
		var previous = rollups.total(previousFrom, previousTo);
		return new WeeklyBulletin(weekOf(from), from, to, Period.of(current, rollups.p90Wait(from, to)),
				Period.of(previous, rollups.p90Wait(previousFrom, previousTo)), Change.of(current, previous),
				rankings(from, to, previousFrom, previousTo, "outlet_key::text", true),
				rankings(from, to, previousFrom, previousTo, "department", false), badRatings(from, to),
				overdueTickets(from, to), rollups.hotline(from, to), rollups.commendations(from, to));
	}

	/**
	 * The monthly review of a month.
	 *
	 * @param month e.g. {@code 2026-12}
	 * @return staff rankings per service-model category with candidates, department rankings and trends
	 * @throws InvalidValue for a malformed month
	 */
	public MonthlyReview monthly(String month) {
		var period = month(month);
		var previous = period.minusMonths(1);
		var current = rollups.month(period);
		var before = rollups.month(previous);
		var trend = new ArrayList<TrendPoint>();
		var byMonth = rollups.byMonth(period.minusMonths(5), period, "to_char(month, 'YYYY-MM')");
		for (int back = 5; back >= 0; back--) {
			var m = period.minusMonths(back);
			var f = byMonth.getOrDefault(m.toString(), Figures.NONE);
			trend.add(new TrendPoint(m.toString(), f.services(), f.ratings(), f.satisfactionRate(),
					f.averageWaitMinutes(), f.badRatings()));
		}
		var from = period.atDay(1);
		var to = period.atEndOfMonth();
		return new MonthlyReview(period.toString(), from, to, Period.of(current, rollups.p90WaitOfMonth(period)),
				Period.of(before, rollups.p90WaitOfMonth(previous)), Change.of(current, before),
				staffRankings(period), ranked(rollups.byMonth(period, period, "department"),
						rollups.byMonth(previous, previous, "department")),
				rollups.hotline(from, to), trend, StaffScore.PRIOR_WEIGHT);
	}

	private List<Ranking> rankings(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo,
			String key, boolean outlets) {
		var current = rollups.by(from, to, key);
		var previous = rollups.by(previousFrom, previousTo, key);
		if (outlets) {
			current.remove(Rollups.NO_OUTLET.toString());
			previous.remove(Rollups.NO_OUTLET.toString());
		}
		return ranked(current, previous);
	}

	private static List<Ranking> ranked(Map<String, Figures> current, Map<String, Figures> previous) {
		var ranked = rank(current);
		var previousRanks = new HashMap<String, Integer>();
		var previousOrder = rank(previous);
		for (int i = 0; i < previousOrder.size(); i++) {
			previousRanks.put(previousOrder.get(i).getKey(), i + 1);
		}
		var result = new ArrayList<Ranking>();
		for (int i = 0; i < ranked.size(); i++) {
			var entry = ranked.get(i);
			var now = entry.getValue();
			var then = previous.getOrDefault(entry.getKey(), Figures.NONE);
			result.add(new Ranking(i + 1, entry.getKey(), now.services(), now.ratings(), now.satisfactionRate(),
					now.satisfied45Rate(), now.averageWaitMinutes(), now.badRatings(),
					previousRanks.get(entry.getKey()), then.services(), then.satisfactionRate(),
					Change.difference(now.satisfactionRate(), then.satisfactionRate())));
		}
		return result;
	}

	/** Satisfaction rate descending (no ratings last), then services descending, then key. */
	private static List<Map.Entry<String, Figures>> rank(Map<String, Figures> figures) {
		var entries = new ArrayList<>(figures.entrySet());
		entries.sort(Comparator
			.<Map.Entry<String, Figures>, BigDecimal>comparing(e -> e.getValue().satisfactionRate(),
					Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(e -> e.getValue().services(), Comparator.reverseOrder())
			.thenComparing(Map.Entry::getKey));
		return entries;
	}

	private List<BadRatingLine> badRatings(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select b.rating_id, b.service_record_id, b.office_day, b.given_on, b.score, b.outlet_key, b.department,
				  b.staff, b.service_type, b.channel, r.rectification_id, r.status, r.rectify_due_on, b.voided
				from reporting.bad_rating b left join reporting.rectification r on r.rating_id = b.rating_id
				where b.office_day between :from and :to order by b.office_day, b.rating_id""")
			.param("from", from).param("to", to)
			.query((rs, row) -> {
				var outlet = rs.getObject(6, UUID.class);
				return new BadRatingLine(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
						rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getInt(5),
						Rollups.NO_OUTLET.equals(outlet) ? null : outlet, rs.getString(7), blankToNull(rs.getString(8)),
						rs.getString(9), rs.getString(10), rs.getObject(11, UUID.class),
						rs.getString(12) == null ? "NONE" : rs.getString(12), rs.getObject(13, LocalDate.class),
						rs.getBoolean(14));
			})
			.list();
	}

	private List<OverdueTicket> overdueTickets(LocalDate from, LocalDate to) {
		var start = from.atStartOfDay(org.cheguan.shared.OfficeTime.ZONE).toInstant();
		var end = to.plusDays(1).atStartOfDay(org.cheguan.shared.OfficeTime.ZONE).toInstant();
		return jdbc.sql("""
				select ticket_id, number, kind, department, due_at, closed_at, escalated_at from reporting.ticket_fact
				where (escalated_at >= :start and escalated_at < :end)
				   or (closed_at >= :start and closed_at < :end and due_at is not null and closed_at > due_at)
				order by due_at, ticket_id""")
			.param("start", java.sql.Timestamp.from(start)).param("end", java.sql.Timestamp.from(end))
			.query((rs, row) -> new OverdueTicket(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)),
					instant(rs.getTimestamp(7))))
			.list();
	}

	private static java.time.@Nullable Instant instant(java.sql.@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isEmpty() ? null : text;
	}

	private List<CategoryRanking> staffRankings(YearMonth month) {
		var from = month.atDay(1);
		var to = month.atEndOfMonth();
		// per staff: figures per category from the cube
		var perStaff = new LinkedHashMap<String, Map<ServiceModelCategory, Figures>>();
		var departments = new HashMap<String, String>();
		jdbc.sql("""
				select staff, service_type, channel, department, sum(services), sum(wait_sum), sum(wait_count),
				  sum(rating_1), sum(rating_2), sum(rating_3), sum(rating_4), sum(rating_5)
				from reporting.monthly_service where month = :month and staff <> ''
				group by 1, 2, 3, 4 order by 1, 2, 3, 4""")
			.param("month", from)
			.query((rs, row) -> {
				var category = ServiceModelCategory.of(ServiceType.valueOf(rs.getString(2)),
						Channel.valueOf(rs.getString(3)), rs.getString(4));
				var figures = new Figures(rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
						rs.getLong(10), rs.getLong(11), rs.getLong(12));
				perStaff.computeIfAbsent(rs.getString(1), s -> new EnumMap<>(ServiceModelCategory.class))
					.merge(category, figures, Figures::plus);
				departments.merge(rs.getString(1), rs.getString(4), (a, b) -> a.compareTo(b) <= 0 ? a : b);
				return null;
			})
			.list();
		var commendations = new HashMap<String, Long>();
		var commendedDepartments = new HashMap<String, String>();
		jdbc.sql("select staff, sum(commendations), min(department) from reporting.daily_commendation"
				+ " where office_day between :from and :to group by staff")
			.param("from", from).param("to", to)
			.query((rs, row) -> {
				commendations.put(rs.getString(1), rs.getLong(2));
				commendedDepartments.put(rs.getString(1), rs.getString(3));
				return null;
			})
			.list();
		var closed = new HashMap<String, long[]>();
		jdbc.sql("select agent, sum(closed), sum(closed_on_time), min(department) from reporting.daily_hotline"
				+ " where office_day between :from and :to and agent <> '' group by agent")
			.param("from", from).param("to", to)
			.query((rs, row) -> {
				closed.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) });
				departments.putIfAbsent(rs.getString(1), rs.getString(4));
				perStaff.computeIfAbsent(rs.getString(1), s -> new EnumMap<>(ServiceModelCategory.class))
					.merge(ServiceModelCategory.VOICE_12123, Figures.NONE, Figures::plus);
				return null;
			})
			.list();
		var steps = new HashMap<String, long[]>();
		jdbc.sql("select staff, sum(steps), sum(on_time) from reporting.daily_rectification_step"
				+ " where office_day between :from and :to group by staff")
			.param("from", from).param("to", to)
			.query((rs, row) -> steps.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) }))
			.list();
		// praise counts even in a month without services of one's own (the seed's archives clerk): such a member is
		// ranked with no services, in review and supervision for the archives, else in window service
		commendations.keySet().forEach(staff -> perStaff.computeIfAbsent(staff, s -> {
			var department = commendedDepartments.get(s);
			departments.putIfAbsent(s, department == null ? "" : department);
			var category = department != null
					&& ServiceType.Department.ARCHIVES.name().equals(ServiceType.Department.canonical(department))
					? ServiceModelCategory.REVIEW_SUPERVISION : ServiceModelCategory.WINDOW_SERVICE;
			var none = new EnumMap<ServiceModelCategory, Figures>(ServiceModelCategory.class);
			none.put(category, Figures.NONE);
			return none;
		}));
		// each member competes in the category of most of their services, ties to the earlier category
		var members = new EnumMap<ServiceModelCategory, List<Map.Entry<String, Figures>>>(ServiceModelCategory.class);
		perStaff.forEach((staff, byCategory) -> {
			var main = byCategory.entrySet()
				.stream()
				.max(Comparator.<Map.Entry<ServiceModelCategory, Figures>>comparingLong(e -> e.getValue().services())
					.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
				.orElseThrow()
				.getKey();
			var all = byCategory.values().stream().reduce(Figures.NONE, Figures::plus);
			members.computeIfAbsent(main, c -> new ArrayList<>()).add(Map.entry(staff, all));
		});
		var result = new ArrayList<CategoryRanking>();
		for (var category : ServiceModelCategory.values()) {
			var list = members.getOrDefault(category, List.of());
			long ratings = list.stream().mapToLong(e -> e.getValue().ratings()).sum();
			long sum = list.stream().mapToLong(e -> e.getValue().scoreSum()).sum();
			double mean = ratings == 0 ? 4.0 : (double) sum / ratings;
			long max = list.stream().mapToLong(e -> e.getValue().services()).max().orElse(0);
			var scored = new ArrayList<StaffRanking>();
			for (var member : list) {
				var f = member.getValue();
				var tickets = closed.getOrDefault(member.getKey(), new long[2]);
				long commended = commendations.getOrDefault(member.getKey(), 0L);
				var rectified = steps.getOrDefault(member.getKey(), new long[2]);
				// deadlines due = tickets closed + rectification steps taken; met = on time of either
				var score = StaffScore.score(f.services(), max, f.ratings(), f.scoreSum(), mean, commended,
						f.badRatings(), tickets[0] + rectified[0], tickets[1] + rectified[1]);
				scored.add(new StaffRanking(0, member.getKey(), departments.get(member.getKey()), score, f.services(),
						f.ratings(), f.satisfactionRate(),
						BigDecimal.valueOf(StaffScore.bayesianAverage(f.ratings(), f.scoreSum(), mean))
							.setScale(3, java.math.RoundingMode.HALF_UP),
						commended, f.badRatings(), tickets[0], tickets[1], rectified[0], rectified[1], false));
			}
			scored.sort(Comparator.comparing(StaffRanking::score, Comparator.reverseOrder())
				.thenComparing(StaffRanking::username));
			var ranked = new ArrayList<StaffRanking>();
			@Nullable String candidate = null;
			for (int i = 0; i < scored.size(); i++) {
				var s = scored.get(i);
				boolean isCandidate = candidate == null && s.ratings() >= StaffScore.CANDIDATE_MIN_RATINGS
						&& s.badRatings() == 0;
				if (isCandidate) {
					candidate = s.username();
				}
				ranked.add(new StaffRanking(i + 1, s.username(), s.department(), s.score(), s.services(), s.ratings(),
						s.satisfactionRate(), s.shrunkAverageScore(), s.commendations(), s.badRatings(),
						s.ticketsClosed(), s.ticketsOnTime(), s.rectificationSteps(), s.rectificationStepsOnTime(),
						isCandidate));
			}
			result.add(new CategoryRanking(category, category.chineseName(), category.englishName(),
					BigDecimal.valueOf(mean).setScale(3, java.math.RoundingMode.HALF_UP), candidate, ranked));
		}
		return result;
	}

	/**
	 * Ratings of a period by level.
	 *
	 * @param total all ratings
	 * @param byLevel count per score, keys 1 to 5
	 */
	public record RatingCounts(long total, Map<String, Long> byLevel) {
		static RatingCounts of(Figures figures) {
			var levels = new LinkedHashMap<String, Long>();
			levels.put("1", figures.rating1());
			levels.put("2", figures.rating2());
			levels.put("3", figures.rating3());
			levels.put("4", figures.rating4());
			levels.put("5", figures.rating5());
			return new RatingCounts(figures.ratings(), levels);
		}
	}

	/**
	 * One outlet's day.
	 *
	 * @param outletId the outlet
	 * @param services services rendered there
	 * @param ratings ratings of those services
	 * @param satisfactionRate share of ratings 3 to 5, or null
	 * @param averageWaitMinutes mean wait, or null
	 */
	public record OutletFigures(UUID outletId, long services, long ratings, @Nullable BigDecimal satisfactionRate,
			@Nullable BigDecimal averageWaitMinutes) {
	}

	/**
	 * Daily statistics (日统计), api-contract.md Reports.
	 *
	 * @param date the office day
	 * @param services services rendered
	 * @param byChannel services per Channel name (every channel, zero included)
	 * @param byOutlet services per outlet (outlets with services that day)
	 * @param ratings ratings of that day's services by level
	 * @param satisfactionRate share of ratings 3 to 5, four decimals, null without ratings
	 * @param satisfied45Rate share of ratings 4 and 5
	 * @param averageWaitMinutes mean wait, two decimals, null without waits
	 * @param p90WaitMinutes 90th percentile wait (nearest rank, one-minute buckets), null without waits
	 * @param badRatings ratings of 2 or less
	 * @param hotline 12123 tickets of the day
	 * @param commendations commendations credited that day
	 * @param mobileOfficeServices services of the mobile office (流动车管所)
	 * @param selfServiceShare share of services on self-service terminals, null without services
	 */
	public record DailyReport(LocalDate date, long services, Map<String, Long> byChannel, List<OutletFigures> byOutlet,
			RatingCounts ratings, @Nullable BigDecimal satisfactionRate, @Nullable BigDecimal satisfied45Rate,
			@Nullable BigDecimal averageWaitMinutes, @Nullable Integer p90WaitMinutes, long badRatings,
			HotlineFigures hotline, long commendations, long mobileOfficeServices,
			@Nullable BigDecimal selfServiceShare) {
	}

	/**
	 * Totals of a period.
	 *
	 * @param services services
	 * @param ratings ratings
	 * @param satisfactionRate share of 3 to 5
	 * @param satisfied45Rate share of 4 and 5
	 * @param averageWaitMinutes mean wait
	 * @param p90WaitMinutes 90th percentile wait
	 * @param badRatings bad ratings
	 */
	public record Period(long services, long ratings, @Nullable BigDecimal satisfactionRate,
			@Nullable BigDecimal satisfied45Rate, @Nullable BigDecimal averageWaitMinutes,
			@Nullable Integer p90WaitMinutes, long badRatings) {
		static Period of(Figures figures, @Nullable Integer p90) {
			return new Period(figures.services(), figures.ratings(), figures.satisfactionRate(),
					figures.satisfied45Rate(), figures.averageWaitMinutes(), p90, figures.badRatings());
		}
	}

	/**
	 * Change on the previous period.
	 *
	 * @param services difference in services
	 * @param servicesPercent relative change in percent, two decimals, null when the previous period had none
	 * @param satisfactionRate difference of the satisfaction rates, null when either has no ratings
	 * @param badRatings difference in bad ratings
	 */
	public record Change(long services, @Nullable BigDecimal servicesPercent, @Nullable BigDecimal satisfactionRate,
			long badRatings) {
		static Change of(Figures now, Figures then) {
			return new Change(now.services() - then.services(),
					then.services() == 0 ? null
							: BigDecimal.valueOf(100.0 * (now.services() - then.services()) / then.services())
								.setScale(2, java.math.RoundingMode.HALF_UP),
					difference(now.satisfactionRate(), then.satisfactionRate()), now.badRatings() - then.badRatings());
		}

		static @Nullable BigDecimal difference(@Nullable BigDecimal now, @Nullable BigDecimal then) {
			return now == null || then == null ? null : now.subtract(then);
		}
	}

	/**
	 * One place in a ranking of outlets or departments: by satisfaction rate, then services, then key.
	 *
	 * @param rank 1 for the best
	 * @param key the outlet id or department code
	 * @param services services
	 * @param ratings ratings
	 * @param satisfactionRate share of 3 to 5
	 * @param satisfied45Rate share of 4 and 5
	 * @param averageWaitMinutes mean wait
	 * @param badRatings bad ratings
	 * @param previousRank rank in the previous period, or null when absent then
	 * @param previousServices services in the previous period
	 * @param previousSatisfactionRate satisfaction rate in the previous period
	 * @param satisfactionChange difference of the satisfaction rates
	 */
	public record Ranking(int rank, String key, long services, long ratings, @Nullable BigDecimal satisfactionRate,
			@Nullable BigDecimal satisfied45Rate, @Nullable BigDecimal averageWaitMinutes, long badRatings,
			@Nullable Integer previousRank, long previousServices, @Nullable BigDecimal previousSatisfactionRate,
			@Nullable BigDecimal satisfactionChange) {
	}

	/**
	 * A bad rating with its rectification state.
	 *
	 * @param ratingId the rating
	 * @param serviceRecordId the service rated
	 * @param serviceDay office day of the service (the period it counts in)
	 * @param givenOn day of the rating
	 * @param score 1 or 2
	 * @param outletId outlet, or null
	 * @param department department
	 * @param staffUsername staff, or null
	 * @param serviceType business type
	 * @param channel channel
	 * @param rectificationId the rectification, or null when none is known yet
	 * @param rectificationStatus a RectificationStatus name, or NONE
	 * @param rectifyDueOn last day to rectify, or null
	 * @param voided whether the rating was voided on appeal (申诉复核 upheld): listed, but not counted in any figure
	 */
	public record BadRatingLine(UUID ratingId, UUID serviceRecordId, LocalDate serviceDay, LocalDate givenOn,
			int score, @Nullable UUID outletId, String department, @Nullable String staffUsername, String serviceType,
			String channel, @Nullable UUID rectificationId, String rectificationStatus,
			@Nullable LocalDate rectifyDueOn, boolean voided) {
	}

	/**
	 * A ticket escalated in the period, or closed in it after its deadline.
	 *
	 * @param ticketId the ticket
	 * @param number its number, or null when unknown
	 * @param kind TicketKind name
	 * @param department its department
	 * @param dueAt its deadline
	 * @param closedAt when closed, or null
	 * @param escalatedAt when escalated, or null
	 */
	public record OverdueTicket(UUID ticketId, @Nullable String number, String kind, String department,
			java.time.@Nullable Instant dueAt, java.time.@Nullable Instant closedAt,
			java.time.@Nullable Instant escalatedAt) {
	}

	/**
	 * The weekly bulletin (周通报).
	 *
	 * @param week ISO week, e.g. 2026-W49
	 * @param from its Monday
	 * @param to its Sunday
	 * @param totals the week
	 * @param previous the week before
	 * @param change change on the week before
	 * @param outletRankings outlets ranked
	 * @param departmentRankings departments ranked
	 * @param badRatings bad ratings of the week's services with their rectification state
	 * @param overdueTickets tickets escalated or closed late in the week
	 * @param hotline 12123 figures of the week
	 * @param commendations commendations of the week
	 */
	public record WeeklyBulletin(String week, LocalDate from, LocalDate to, Period totals, Period previous,
			Change change, List<Ranking> outletRankings, List<Ranking> departmentRankings,
			List<BadRatingLine> badRatings, List<OverdueTicket> overdueTickets, HotlineFigures hotline,
			long commendations) {
	}

	/**
	 * One staff member in the monthly review.
	 *
	 * @param rank 1 for the best in the category
	 * @param username staff user name
	 * @param department department (the first in code order if several)
	 * @param score the StaffScore
	 * @param services services
	 * @param ratings ratings
	 * @param satisfactionRate share of 3 to 5
	 * @param shrunkAverageScore Bayesian average score
	 * @param commendations commendations
	 * @param badRatings bad ratings
	 * @param ticketsClosed hotline tickets closed
	 * @param ticketsOnTime of which on time
	 * @param rectificationSteps rectification steps with a deadline taken in the month for ratings of this member
	 *        (replies and rectifications)
	 * @param rectificationStepsOnTime of which on or before their deadline
	 * @param candidate whether this is the category's service-model candidate (业务标兵候选)
	 */
	public record StaffRanking(int rank, String username, @Nullable String department, BigDecimal score, long services,
			long ratings, @Nullable BigDecimal satisfactionRate, BigDecimal shrunkAverageScore, long commendations,
			long badRatings, long ticketsClosed, long ticketsOnTime, long rectificationSteps,
			long rectificationStepsOnTime, boolean candidate) {
	}

	/**
	 * The staff ranking of one service-model category. The candidate is the best-scored member with at least
	 * StaffScore.CANDIDATE_MIN_RATINGS ratings and no bad rating in the month.
	 *
	 * @param category the category
	 * @param chineseName its Chinese name
	 * @param englishName its English name
	 * @param meanScore mean rating score of the category (the Bayesian prior)
	 * @param candidate user name of the candidate, or null
	 * @param staff the members ranked
	 */
	public record CategoryRanking(ServiceModelCategory category, String chineseName, String englishName,
			BigDecimal meanScore, @Nullable String candidate, List<StaffRanking> staff) {
	}

	/**
	 * One month of a trend.
	 *
	 * @param month e.g. 2026-12
	 * @param services services
	 * @param ratings ratings
	 * @param satisfactionRate share of 3 to 5
	 * @param averageWaitMinutes mean wait
	 * @param badRatings bad ratings
	 */
	public record TrendPoint(String month, long services, long ratings, @Nullable BigDecimal satisfactionRate,
			@Nullable BigDecimal averageWaitMinutes, long badRatings) {
	}

	/**
	 * The monthly review (月讲评).
	 *
	 * @param month e.g. 2026-12
	 * @param from first day
	 * @param to last day
	 * @param totals the month
	 * @param previous the month before
	 * @param change month on month
	 * @param categories staff rankings per service-model category with candidates
	 * @param departmentRankings departments ranked, with the previous month
	 * @param hotline 12123 figures of the month
	 * @param trend the last six months, oldest first
	 * @param priorWeight the Bayesian prior weight used, in ratings
	 */
	public record MonthlyReview(String month, LocalDate from, LocalDate to, Period totals, Period previous,
			Change change, List<CategoryRanking> categories, List<Ranking> departmentRankings, HotlineFigures hotline,
			List<TrendPoint> trend, int priorWeight) {
	}

	/**
	 * One district of the district map.
	 *
	 * @param code GB/T 2260 code, e.g. 420106
	 * @param name Chinese name
	 * @param nameEn English name
	 * @param outlets outlets of the district with services in the period
	 * @param services services rendered at its outlets
	 * @param ratings ratings of those services
	 * @param satisfactionRate share of ratings 3 to 5, four decimals, null without ratings (no data)
	 * @param satisfied45Rate share of ratings 4 and 5, null without ratings
	 * @param badRatings ratings of 2 or less
	 * @param band colour band of SatisfactionBands, 0 lowest to 4 highest, null without ratings (no data)
	 */
	public record DistrictFigures(String code, String name, String nameEn, int outlets, long services, long ratings,
			@Nullable BigDecimal satisfactionRate, @Nullable BigDecimal satisfied45Rate, long badRatings,
			@Nullable Integer band) {
	}

	/**
	 * Satisfaction by district over a period.
	 *
	 * @param from first office day
	 * @param to last office day
	 * @param districts the 13 districts by code
	 * @param servicesWithoutDistrict services without an outlet (online, hotline, mobile office) or at an outlet the
	 *        outlets module does not know
	 * @param ratingsWithoutDistrict their ratings
	 * @param legend the colour bands, lowest first
	 */
	public record DistrictMap(LocalDate from, LocalDate to, List<DistrictFigures> districts,
			long servicesWithoutDistrict, long ratingsWithoutDistrict, List<SatisfactionBands.Band> legend) {
	}
}
