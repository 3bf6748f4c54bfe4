package org.cheguan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.cheguan.transactions.ServiceType.Department;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every department is one stable key in the reports, its code, with a name in both languages on the documents
 * (newcomer trial: codes for six departments, Chinese names such as 考试科 and 综合科 for the others; the monthly
 * review's department chart showed 12 of 13 departments).
 */
@CheguanTest
class DepartmentKeyTests {

	@Autowired
	ReportDocuments documents;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void servicesOfEveryDepartmentAreRankedUnderItsCode() throws Exception {
		// a month of no history and no other test: services a clerk records for 综合科 and 考试科, and one by code
		var random = new java.util.Random();
		var idBody = "420105198003" + (10 + random.nextInt(19)) + "%03d".formatted(random.nextInt(1000));
		var idNumber = idBody + org.cheguan.shared.ResidentIdNumber.checkCharacter(idBody);
		var stored = new ArrayList<String>();
		for (var department : List.of("综合科", "考试科", " 督查科 ", "VEHICLES", "驾驶人管理科")) {
			var created = Api.at(port).as("clerk").post("/api/v1/service-records", """
					{"serviceType":"CONSULTATION","channel":"WINDOW","citizenIdNumber":"%s","mobile":"13571234567",
					 "completedAt":"2025-03-12T10:00:00+08:00","department":"%s"}""".formatted(idNumber, department));
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			stored.add(created.json().path("department").asString());
		}
		assertThat(stored).containsExactly("GENERAL_AFFAIRS", "EXAMINATIONS", "SUPERVISION", "VEHICLES", "LICENSING");

		List<String> keys = List.of();
		for (int attempt = 0; attempt < 100; attempt++) { // the rollups are kept by asynchronous listeners
			var review = Api.at(port).as("supervisor").get("/api/v1/reports/monthly?month=2025-03");
			assertThat(review.status()).isEqualTo(200);
			var found = new ArrayList<String>();
			review.json().path("departmentRankings").forEach(ranking -> found.add(ranking.path("key").asString()));
			keys = found;
			if (keys.containsAll(stored)) {
				break;
			}
			Thread.sleep(100);
		}
		assertThat(keys).containsAll(stored).doesNotHaveDuplicates()
			.doesNotContain("综合科", "考试科", "督查科", "驾驶人管理科");
		for (var key : keys) {
			Department.find(key).ifPresent(department -> assertThat(key).isEqualTo(department.name()));
		}

		// the hotline's tickets, routed to 考试科, 督查科, 12123 服务中心 …, are counted under the codes too
		var hotline = jdbc.sql("select distinct department from reporting.daily_hotline").query(String.class).list();
		assertThat(hotline).isNotEmpty().allSatisfy(key -> Department.find(key)
			.ifPresent(department -> assertThat(key).isEqualTo(department.name())));
	}

	@Test
	void theMonthlyChartShowsEveryDepartmentWithDataInBothLanguages() throws Exception {
		var rankings = new ArrayList<Reports.Ranking>();
		var departments = Department.values();
		for (int i = 0; i < departments.length; i++) {
			var rate = new BigDecimal("0.99").subtract(BigDecimal.valueOf(i, 2));
			rankings.add(new Reports.Ranking(i + 1, departments[i].name(), 100 - i, 50, rate, rate,
					new BigDecimal("12.50"), 1, null, 0, null, null));
		}
		var period = new Reports.Period(1000, 500, new BigDecimal("0.95"), new BigDecimal("0.9"), new BigDecimal("12"),
				30, 3);
		var review = new Reports.MonthlyReview("2030-03", LocalDate.parse("2030-03-01"), LocalDate.parse("2030-03-31"),
				period, period, new Reports.Change(0, null, null, 0), List.of(), rankings,
				new HotlineFigures(0, Map.of(), 0, 0, 0, 0, null), List.of(), 20);
		for (var locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			var english = locale == Locale.ENGLISH;
			var pdf = documents.monthlyPdf(review, locale);
			Files.createDirectories(Path.of("target", "reports"));
			Files.write(Path.of("target", "reports", "monthly-departments-" + locale.getLanguage() + ".pdf"), pdf);
			var pages = ReportDocumentLayoutTests.pages(pdf);
			var caption = english ? "Satisfaction rate by department" : "各业务科室满意率"; // after 图 1 / Figure 1.
			var chart = pages.stream().filter(page -> page.contains(caption)).findFirst().orElseThrow();
			// the chart's bars: a label and a percentage alone on a line (the table's rows have more columns); the
			// extractor gives the chart's text before the page's own
			var bars = chart.lines().map(String::strip).filter(line -> line.matches(".*\\D\\s?\\d{1,3}\\.\\d\\d%"))
				.toList();
			assertThat(bars).as("%s: one bar per department in %s", locale, chart).hasSize(departments.length);
			for (var department : departments) {
				assertThat(bars).as("%s: %s", locale, department)
					.anySatisfy(bar -> assertThat(bar).startsWith(department.name(english)));
			}
			var text = String.join("\n", pages);
			if (english) {
				assertThat(text).doesNotContainPattern("[\\p{IsHan}]");
			}
			else {
				assertThat(text).contains("考试科", "督查科", "信息科");
			}
		}
	}

}
