package org.cheguan.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;

/**
 * Story 8 of the seed: 武汉市公安局交管局车管所把群众的满意作为最高工作标准，实行日统计、周通报、月讲评机制.
 *
 * <p>The documents are those of the acceptance month, in which the other stories happen: the day 2026-06-17, the
 * week 2026-W25 and the month 2026-06. This story puts a rated service of its own in that day first, so it passes
 * whichever stories ran before it, and whether or not the demo history was generated.
 */
@CheguanTest
class DayWeekMonthStoryTests extends Story {

	static final LocalDate DAY = LocalDate.of(2026, 6, 17);

	static final String WEEK = "2026-W25";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/**
	 * 实行日统计、周通报、月讲评机制: the day's statistics, the week's bulletin and the month's review are each produced as
	 * JSON, as a PDF and as an Excel workbook, and count the services and ratings of their period.
	 */
	@Test
	void theDailyStatisticsWeeklyBulletinAndMonthlyReviewComeAsJsonPdfAndExcel() throws IOException {
		var ratingsBefore = office.report("/api/v1/reports/daily?date=" + DAY).path("ratings").path("total").asLong();

		// a citizen is served at a window that day and rates it five stars
		office.at(DAY, LocalTime.of(11, 0));
		var idNumber = Office.idBornIn("420105", 1990);
		var mobile = Office.mobile();
		var served = office.staff("clerk").post("/api/v1/service-records", """
				{"serviceType":"PLATE_REPLACEMENT","channel":"WINDOW","citizenIdNumber":"%s","mobile":"%s","name":"黄丽",
				 "startedAt":"%sT10:40:00+08:00","completedAt":"%sT10:52:00+08:00","waitMinutes":9}"""
			.formatted(idNumber, mobile, DAY, DAY));
		assertThat(served.status()).as(served.body()).isEqualTo(201);
		var rated = office.citizen(office.signIn(idNumber, mobile))
			.post("/api/v1/service-records/" + served.json().path("id").asString() + "/rating", "{\"score\":5}");
		assertThat(rated.status()).as(rated.body()).isEqualTo(201);

		// 日统计: the day's statistics
		var daily = Office.waitFor(() -> {
			var now = office.report("/api/v1/reports/daily?date=" + DAY);
			return now.path("ratings").path("total").asLong() > ratingsBefore ? now : null;
		});
		assertThat(daily.path("date").asString()).isEqualTo(DAY.toString());
		assertThat(daily.path("services").asLong()).isPositive();
		assertThat(daily.path("byChannel").path("WINDOW").asLong()).isPositive();
		assertThat(daily.path("satisfactionRate").isNull()).isFalse();
		assertDocuments("/api/v1/reports/daily?date=" + DAY, "日统计");

		// 周通报: the week's bulletin
		var weekly = office.report("/api/v1/reports/weekly?week=" + WEEK);
		assertThat(weekly.path("from").asString()).isEqualTo("2026-06-15");
		assertThat(weekly.path("to").asString()).isEqualTo("2026-06-21");
		assertThat(weekly.path("totals").path("services").asLong())
			.isGreaterThanOrEqualTo(daily.path("services").asLong());
		assertThat(weekly.path("outletRankings").isArray()).isTrue();
		assertThat(weekly.path("departmentRankings").size()).isPositive();
		assertThat(weekly.path("badRatings").isArray()).isTrue();
		assertDocuments("/api/v1/reports/weekly?week=" + WEEK, "周通报");

		// 月讲评: the month's review, with the staff ranking of each service-model category
		var monthly = office.report("/api/v1/reports/monthly?month=" + Office.MONTH);
		assertThat(monthly.path("from").asString()).isEqualTo("2026-06-01");
		assertThat(monthly.path("to").asString()).isEqualTo("2026-06-30");
		assertThat(monthly.path("totals").path("services").asLong())
			.isGreaterThanOrEqualTo(weekly.path("totals").path("services").asLong());
		assertThat(monthly.path("categories").size()).isEqualTo(6);
		assertThat(monthly.path("categories").valueStream()
			.anyMatch(category -> Office.find(category.path("staff"), "username", "clerk") != null))
			.as("the clerk who served is ranked").isTrue();
		assertThat(monthly.path("trend").size()).isEqualTo(6);
		assertDocuments("/api/v1/reports/monthly?month=" + Office.MONTH, "月讲评");
	}

	/** The PDF and the Excel workbook of a report: a real PDF of some size, and a workbook POI opens, with rows. */
	void assertDocuments(String path, String title) throws IOException {
		var pdf = office.document(path, "application/pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).startsWith("application/pdf");
		assertThat(new String(pdf.bytes(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(pdf.bytes().length).as("a PDF with its Chinese font subset").isGreaterThan(5_000);

		var xlsx = office.document(path, XLSX);
		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.contentType()).startsWith(XLSX);
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
			assertThat(workbook.getNumberOfSheets()).isPositive();
			var first = workbook.getSheetAt(0);
			assertThat(first.getSheetName()).isEqualTo(title);
			assertThat(first.getPhysicalNumberOfRows()).isGreaterThan(1);
		}
	}
}
