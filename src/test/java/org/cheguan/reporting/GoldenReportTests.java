package org.cheguan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.UUID;

import org.cheguan.evaluation.RatingGiven;
import org.cheguan.evaluation.RectificationMoved;
import org.cheguan.evaluation.RectificationOpened;
import org.cheguan.evaluation.RectificationStatus;
import org.cheguan.hotline.HotlineTicketClosed;
import org.cheguan.hotline.HotlineTicketEscalated;
import org.cheguan.hotline.HotlineTicketOpened;
import org.cheguan.hotline.StaffCommended;
import org.cheguan.hotline.TicketKind;
import org.cheguan.identity.CitizenId;
import org.cheguan.shared.Channel;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.WorkingCalendar;
import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.cheguan.transactions.ServiceRendered;
import org.cheguan.transactions.ServiceType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The golden data set: events stamped around the office day change (07:59 and 08:00 Asia/Shanghai, when the UTC
 * date changes), the ISO week, month and year boundary of 2027/2028 and the make-up working day 2026-01-04, with
 * every figure computed by hand below. Events are handed to the listeners directly (and some twice, as a redelivery
 * would), so the figures are exact; one test goes through the real asynchronous publication.
 *
 * <pre>
 * s1 2027-12-31 23:59 local  WINDOW       O1 VEHICLES  gold-a VEHICLE_TRANSFER wait 10  rated 5 on 2028-01-02 (late)
 * s2 2028-01-01 07:59 local  SELF_SERVICE O1 VEHICLES  gold-a INSPECTION_SIGN  wait 20  rated 2 (bad, replied on
 *    2028-01-04, its reply due date: on time)
 * s3 2028-01-01 08:00 local  WINDOW       O2 LICENSING gold-b LICENCE_RENEWAL  wait 30  rated 3
 * s4 2028-01-03 09:00 local  WINDOW       O2 LICENSING gold-b LICENCE_RENEWAL  no wait  rated 4
 * s5 2027-12-26 10:00 local  WINDOW       O1 VEHICLES  gold-a VEHICLE_TRANSFER wait 5   rated 1 (bad)
 * s6 2026-01-04 07:59 local  WINDOW       O3 SERVICE_HALL gold-d CONSULTATION  wait 7   (make-up working day)
 * t1 complaint opened 2028-01-01 07:59 local, due 2028-01-02 08:00, closed 2028-01-02 09:00 by gold-c (overdue)
 * t2 consultation opened 2027-12-31 10:00 local, due 2027-12-31 18:00, closed 2027-12-31 11:00 by gold-c (on time)
 * t3 help opened 2028-01-01 09:00 local, escalated 2028-01-02 10:00
 * commendation of gold-a 2028-01-01 08:00 local
 * </pre>
 */
@CheguanTest
class GoldenReportTests {

	static final UUID O1 = UUID.fromString("0000ee01-0000-4000-8000-000000000001");

	static final UUID O2 = UUID.fromString("0000ee01-0000-4000-8000-000000000002");

	static final UUID O3 = UUID.fromString("0000ee01-0000-4000-8000-000000000003");

	static boolean loaded;

	static UUID badRating;

	@LocalServerPort
	int port;

	@Autowired
	Rollups rollups;

	@Autowired
	Reports reports;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	static Instant local(String dateTime) {
		return LocalDateTime.parse(dateTime).atZone(OfficeTime.ZONE).toInstant();
	}

	static CitizenId citizen() {
		return new CitizenId(UUID.randomUUID());
	}

	@BeforeEach
	void load() {
		synchronized (GoldenReportTests.class) {
			if (loaded) {
				return;
			}
			loaded = true;
		}
		var s1 = new ServiceRendered(UUID.randomUUID(), ServiceType.VEHICLE_TRANSFER, Channel.WINDOW, O1, "VEHICLES",
				"gold-a", citizen(), local("2027-12-31T23:59"), 10);
		var s2 = new ServiceRendered(UUID.randomUUID(), ServiceType.INSPECTION_SIGN, Channel.SELF_SERVICE, O1,
				"VEHICLES", "gold-a", citizen(), local("2028-01-01T07:59"), 20);
		var s3 = new ServiceRendered(UUID.randomUUID(), ServiceType.LICENCE_RENEWAL, Channel.WINDOW, O2, "LICENSING",
				"gold-b", citizen(), local("2028-01-01T08:00"), 30);
		var s4 = new ServiceRendered(UUID.randomUUID(), ServiceType.LICENCE_RENEWAL, Channel.WINDOW, O2, "LICENSING",
				"gold-b", citizen(), local("2028-01-03T09:00"), null);
		var s5 = new ServiceRendered(UUID.randomUUID(), ServiceType.VEHICLE_TRANSFER, Channel.WINDOW, O1, "VEHICLES",
				"gold-a", citizen(), local("2027-12-26T10:00"), 5);
		var s6 = new ServiceRendered(UUID.randomUUID(), ServiceType.CONSULTATION, Channel.WINDOW, O3, "SERVICE_HALL",
				"gold-d", citizen(), local("2026-01-04T07:59"), 7);
		for (var service : new ServiceRendered[] { s1, s2, s3, s4, s5, s6, s1, s3 }) { // s1 and s3 redelivered
			rollups.on(service);
		}
		badRating = UUID.randomUUID();
		var r1 = new RatingGiven(UUID.randomUUID(), s1.serviceRecordId(), 5, s1.type(), s1.channel(), O1, "VEHICLES",
				"gold-a", LocalDate.parse("2028-01-02"));
		var r2 = new RatingGiven(badRating, s2.serviceRecordId(), 2, s2.type(), s2.channel(), O1, "VEHICLES", "gold-a",
				LocalDate.parse("2028-01-01"));
		var r3 = new RatingGiven(UUID.randomUUID(), s3.serviceRecordId(), 3, s3.type(), s3.channel(), O2, "LICENSING",
				"gold-b", LocalDate.parse("2028-01-01"));
		var r4 = new RatingGiven(UUID.randomUUID(), s4.serviceRecordId(), 4, s4.type(), s4.channel(), O2, "LICENSING",
				"gold-b", LocalDate.parse("2028-01-05"));
		var r5 = new RatingGiven(UUID.randomUUID(), s5.serviceRecordId(), 1, s5.type(), s5.channel(), O1, "VEHICLES",
				"gold-a", LocalDate.parse("2027-12-26"));
		for (var rating : new RatingGiven[] { r1, r2, r3, r4, r5, r2, r1 }) {
			rollups.on(rating);
		}
		var rectification = UUID.randomUUID();
		rollups.on(new RectificationOpened(rectification, "RATING", badRating, "gold-a", LocalDate.parse("2028-01-04"),
				LocalDate.parse("2028-01-08")));
		rollups.on(new RectificationMoved(rectification, badRating, "gold-a", RectificationStatus.OPEN,
				RectificationStatus.REPLIED, LocalDate.parse("2028-01-04"), local("2028-01-04T16:00"),
				LocalDate.parse("2028-01-04")));
		var t1 = UUID.randomUUID();
		var t2 = UUID.randomUUID();
		var t3 = UUID.randomUUID();
		rollups.on(new HotlineTicketOpened(t1, "GOLD0001", TicketKind.COMPLAINT, Channel.HOTLINE, "HOTLINE",
				local("2028-01-01T07:59"), local("2028-01-02T08:00")));
		rollups.on(new HotlineTicketOpened(t2, "GOLD0002", TicketKind.CONSULTATION, Channel.HOTLINE, "HOTLINE",
				local("2027-12-31T10:00"), local("2027-12-31T18:00")));
		rollups.on(new HotlineTicketOpened(t3, "GOLD0003", TicketKind.HELP, Channel.ONLINE, "HOTLINE",
				local("2028-01-01T09:00"), local("2028-01-02T09:00")));
		var closed1 = new HotlineTicketClosed(t1, TicketKind.COMPLAINT, Channel.HOTLINE, null, "gold-c", "HOTLINE",
				local("2028-01-01T07:59"), local("2028-01-02T09:00"), null, null);
		rollups.on(closed1);
		rollups.on(closed1);
		rollups.on(new HotlineTicketClosed(t2, TicketKind.CONSULTATION, Channel.HOTLINE, null, "gold-c", "HOTLINE",
				local("2027-12-31T10:00"), local("2027-12-31T11:00"), null, null));
		rollups.on(new HotlineTicketEscalated(t3, "GOLD0003", TicketKind.HELP, "HOTLINE", local("2028-01-02T09:00"),
				local("2028-01-02T10:00")));
		var commended = new StaffCommended(UUID.randomUUID(), UUID.randomUUID(), "gold-a", "VEHICLES",
				local("2028-01-01T08:00"));
		rollups.on(commended);
		rollups.on(commended);
	}

	@Test
	void theOfficeDayChangesAtMidnightShanghaiNotAtTheUtcDateChange() {
		var day = reports.daily(LocalDate.parse("2028-01-01"));
		assertThat(day.services()).isEqualTo(2); // s2 at 07:59 and s3 at 08:00, both on 1 January
		assertThat(day.byChannel()).containsEntry("SELF_SERVICE", 1L).containsEntry("WINDOW", 1L)
			.containsEntry("ONLINE", 0L);
		assertThat(day.byOutlet()).extracting(Reports.OutletFigures::outletId).containsExactly(O1, O2);
		assertThat(day.ratings().total()).isEqualTo(2);
		assertThat(day.ratings().byLevel()).containsEntry("2", 1L).containsEntry("3", 1L);
		assertThat(day.satisfactionRate()).isEqualByComparingTo("0.5");
		assertThat(day.satisfied45Rate()).isEqualByComparingTo("0");
		assertThat(day.averageWaitMinutes()).isEqualByComparingTo("25");
		assertThat(day.p90WaitMinutes()).isEqualTo(30);
		assertThat(day.badRatings()).isEqualTo(1);
		assertThat(day.selfServiceShare()).isEqualByComparingTo("0.5");
		assertThat(day.commendations()).isEqualTo(1);
		assertThat(day.hotline().opened()).isEqualTo(2); // t1 at 07:59 and t3
		assertThat(day.hotline().openedByKind()).containsEntry("COMPLAINT", 1L).containsEntry("HELP", 1L);

		var newYearsEve = reports.daily(LocalDate.parse("2027-12-31"));
		assertThat(newYearsEve.services()).isEqualTo(1); // s1 at 23:59 local, redelivered once
		assertThat(newYearsEve.ratings().total()).isEqualTo(1); // the late rating of s1 counts on its service day
		assertThat(newYearsEve.satisfactionRate()).isEqualByComparingTo("1");
		assertThat(newYearsEve.averageWaitMinutes()).isEqualByComparingTo("10");
		assertThat(newYearsEve.hotline().closed()).isEqualTo(1);
		assertThat(newYearsEve.hotline().closedOnTime()).isEqualTo(1);
	}

	@Test
	void theIsoWeekSpansTheYearBoundaryAndComparesWithThePreviousWeek() {
		var week = reports.weekly("2027-W52");
		assertThat(week.from()).isEqualTo(LocalDate.parse("2027-12-27"));
		assertThat(week.to()).isEqualTo(LocalDate.parse("2028-01-02"));
		assertThat(week.totals().services()).isEqualTo(3);
		assertThat(week.totals().satisfactionRate()).isEqualByComparingTo("0.6667"); // 5, 2, 3
		assertThat(week.previous().services()).isEqualTo(1); // s5 on Sunday 26 December
		assertThat(week.previous().satisfactionRate()).isEqualByComparingTo("0");
		assertThat(week.change().services()).isEqualTo(2);
		assertThat(week.change().servicesPercent()).isEqualByComparingTo("200");
		assertThat(week.change().badRatings()).isZero();
		assertThat(week.outletRankings()).extracting(Reports.Ranking::key)
			.containsExactly(O2.toString(), O1.toString()); // O2 100 %, O1 50 %
		var o1 = week.outletRankings().get(1);
		assertThat(o1.previousRank()).isEqualTo(1);
		assertThat(o1.satisfactionChange()).isEqualByComparingTo("0.5");
		assertThat(week.departmentRankings()).extracting(Reports.Ranking::key).containsExactly("LICENSING", "VEHICLES");
		assertThat(week.badRatings()).singleElement().satisfies(line -> {
			assertThat(line.ratingId()).isEqualTo(badRating);
			assertThat(line.rectificationStatus()).isEqualTo("REPLIED");
			assertThat(line.serviceDay()).isEqualTo(LocalDate.parse("2028-01-01"));
		});
		assertThat(week.overdueTickets()).extracting(Reports.OverdueTicket::number)
			.containsExactly("GOLD0001", "GOLD0003");
		assertThat(week.hotline().closedOverdue()).isEqualTo(1);
		assertThat(week.hotline().escalated()).isEqualTo(1);

		var next = reports.weekly("2028-W01");
		assertThat(next.from()).isEqualTo(LocalDate.parse("2028-01-03"));
		assertThat(next.totals().services()).isEqualTo(1); // s4
	}

	@Test
	void aMakeUpWorkingDayCountsInItsIsoWeekAndMonth() {
		var sunday = LocalDate.parse("2026-01-04");
		assertThat(WorkingCalendar.official().isWorkingDay(sunday)).isTrue();
		var day = reports.daily(sunday);
		assertThat(day.byOutlet()).filteredOn(outlet -> outlet.outletId().equals(O3))
			.singleElement()
			.satisfies(outlet -> assertThat(outlet.services()).isEqualTo(1));
		var week = reports.weekly("2026-W01"); // 29 December 2025 to 4 January 2026
		assertThat(week.to()).isEqualTo(sunday);
		assertThat(week.outletRankings()).filteredOn(r -> r.key().equals(O3.toString()))
			.singleElement()
			.satisfies(r -> assertThat(r.services()).isEqualTo(1));
		assertThat(reports.daily(LocalDate.parse("2026-01-03")).byOutlet()).noneMatch(o -> o.outletId().equals(O3));
	}

	@Test
	void theMonthlyReviewRanksStaffByThePublishedScore() {
		var december = reports.monthly("2027-12");
		assertThat(december.totals().services()).isEqualTo(2); // s1, s5
		assertThat(december.totals().satisfactionRate()).isEqualByComparingTo("0.5"); // 5 and 1
		var window = category(december, ServiceModelCategory.WINDOW_SERVICE);
		// gold-a: volume 30 + satisfaction 40 x (3.0 - 1) / 4 = 20 (prior mean 3.0) + compliance 20 - one bad rating 5
		assertThat(window.staff()).singleElement().satisfies(member -> {
			assertThat(member.username()).isEqualTo("gold-a");
			assertThat(member.score()).isEqualByComparingTo("65.00");
			assertThat(member.candidate()).isFalse();
		});
		var voice = category(december, ServiceModelCategory.VOICE_12123);
		assertThat(voice.staff()).singleElement().satisfies(member -> {
			assertThat(member.username()).isEqualTo("gold-c");
			assertThat(member.ticketsOnTime()).isEqualTo(1);
			assertThat(member.score()).isEqualByComparingTo("50.00"); // 0 + 40 x (4 - 1) / 4 + 20
		});

		var january = reports.monthly("2028-01");
		assertThat(january.totals().services()).isEqualTo(3);
		assertThat(january.previous().services()).isEqualTo(2);
		assertThat(january.change().services()).isEqualTo(1);
		// gold-a inspects: 30 + 40 x (2 - 1) / 4 = 10 + commendation 2 + 20 (one reply, on time) - 5 = 57
		assertThat(category(january, ServiceModelCategory.VEHICLE_INSPECTION).staff()).singleElement()
			.satisfies(member -> {
				assertThat(member.score()).isEqualByComparingTo("57.00");
				assertThat(member.rectificationSteps()).isEqualTo(1);
				assertThat(member.rectificationStepsOnTime()).isEqualTo(1);
			});
		// gold-b at the window: 30 + 40 x (3.5 - 1) / 4 = 25 + 20 = 75
		assertThat(category(january, ServiceModelCategory.WINDOW_SERVICE).staff()).singleElement()
			.satisfies(member -> assertThat(member.score()).isEqualByComparingTo("75.00"));
		// gold-c closed t1 late: 0 + 30 + 0
		assertThat(category(january, ServiceModelCategory.VOICE_12123).staff()).singleElement()
			.satisfies(member -> assertThat(member.score()).isEqualByComparingTo("30.00"));
		assertThat(january.trend()).hasSize(6).last().satisfies(point -> assertThat(point.month()).isEqualTo("2028-01"));
	}

	static Reports.CategoryRanking category(Reports.MonthlyReview review, ServiceModelCategory category) {
		return review.categories().stream().filter(c -> c.category() == category).findFirst().orElseThrow();
	}

	@Test
	void aClosedMonthReadsTheSameBeforeAndAfterEventsOfTheNextMonth() throws Exception {
		var supervisor = Api.at(port).as("supervisor");
		var json = supervisor.get("/api/v1/reports/monthly?month=2027-12").body();
		var pdf = bytes("/api/v1/reports/monthly?month=2027-12", "application/pdf");
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		rollups.on(new ServiceRendered(UUID.randomUUID(), ServiceType.VEHICLE_TRANSFER, Channel.WINDOW, O1, "VEHICLES",
				"gold-a", citizen(), local("2028-02-01T00:00"), 3));
		assertThat(supervisor.get("/api/v1/reports/monthly?month=2027-12").body()).isEqualTo(json);
		assertThat(bytes("/api/v1/reports/monthly?month=2027-12", "application/pdf")).isEqualTo(pdf);
	}

	byte[] bytes(String path, String accept) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("supervisor:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.build();
		var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> type.startsWith(accept));
		return response.body();
	}

	@Test
	void documentsComeAsPdfAndExcelForSupervisorsOnly() throws Exception {
		var weekly = bytes("/api/v1/reports/weekly?week=2027-W52", "application/pdf");
		assertThat(weekly).startsWith("%PDF-".getBytes());
		// kept for a look as an image (pdftoppm) and for the record
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "reports"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "reports", "weekly-2027-W52.pdf"), weekly);
		java.nio.file.Files.write(java.nio.file.Path.of("target", "reports", "monthly-2028-01.pdf"),
				bytes("/api/v1/reports/monthly?month=2028-01", "application/pdf"));
		var xlsx = bytes("/api/v1/reports/weekly?week=2027-W52", ReportController.XLSX);
		assertThat(xlsx).startsWith(new byte[] { 'P', 'K' });
		// the documents name ticket kinds in Chinese, as the office reads them, not by their codes
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var kinds = new java.util.ArrayList<String>();
			workbook.getSheet("超期工单").forEach(row -> {
				if (row.getRowNum() > 0) {
					kinds.add(row.getCell(1).getStringCellValue());
				}
			});
			assertThat(kinds).isNotEmpty().allMatch(kind -> kind.matches("[\\p{IsHan}]+"));
		}
		assertThat(bytes("/api/v1/reports/monthly?month=2028-01", ReportController.XLSX)).startsWith(new byte[] { 'P', 'K' });
		var daily = Api.at(port).as("admin").get("/api/v1/reports/daily?date=2028-01-01");
		assertThat(daily.status()).isEqualTo(200);
		assertThat(daily.json().get("satisfactionRate").decimalValue()).isEqualByComparingTo(new BigDecimal("0.5"));
		assertThat(Api.at(port).as("clerk").get("/api/v1/reports/daily?date=2028-01-01").status()).isEqualTo(403);
		assertThat(Api.at(port).as("supervisor").get("/api/v1/reports/weekly?week=2027-W99").status()).isEqualTo(400);
		assertThat(Api.at(port).as("supervisor").get("/api/v1/reports/monthly?month=2027-13").status()).isEqualTo(400);
		// years ISO allows but the database does not: bad input, not a conflict
		for (var month : new String[] { "%2B999999999-12", "-999999999-01", "1899-12", "10000-01" }) {
			var refused = Api.at(port).as("supervisor").get("/api/v1/reports/monthly?month=" + month);
			assertThat(refused.status()).as(month + " " + refused.body()).isEqualTo(400);
			assertThat(refused.problemType()).isEqualTo("validation");
		}
	}

	@Test
	void publishedEventsReachTheRollupsAfterCommit() throws Exception {
		// a commendation: only reporting listens to it, so no other module sees an unknown staff member or citizen
		var staff = "gold-async-" + UUID.randomUUID().toString().substring(0, 8);
		var day = LocalDate.parse("2027-11-15");
		long before = reports.daily(day).commendations();
		transactions.executeWithoutResult(status -> events.publishEvent(new StaffCommended(UUID.randomUUID(),
				UUID.randomUUID(), staff, "ARCHIVES", local("2027-11-15T10:00"))));
		long deadline = System.nanoTime() + 20_000_000_000L;
		while (System.nanoTime() < deadline) {
			if (reports.daily(day).commendations() == before + 1) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the commendation never reached the rollups");
	}
}
