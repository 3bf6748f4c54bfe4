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
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The layout and language of the documents: a chart is never split from its caption at a page bottom and a heading is
 * never the last line of a page, whatever the length of the tables before them; Chinese documents use full-width
 * punctuation; English documents (Accept-Language en or lang=en) have English headings and labels.
 */
@CheguanTest
class ReportDocumentLayoutTests {

	@Autowired
	ReportDocuments documents;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	byte[] get(String path, String accept, String language) throws Exception {
		var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.header("Accept-Language", language)
			.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString(("supervisor:" + org.cheguan.support.Api.DEMO_PASSWORD).getBytes()))
			.build();
		var response = java.net.http.HttpClient.newHttpClient()
			.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	@Test
	void documentsAskedForInEnglishComeInEnglish() throws Exception {
		var byHeader = String.join("\n", pages(get("/api/v1/reports/weekly?week=2030-W11", "application/pdf", "en")));
		assertThat(byHeader).contains("Weekly bulletin 2030-W11").contains("4. Overdue tickets").contains("None");
		var byParameter = String.join("\n",
				pages(get("/api/v1/reports/monthly?month=2030-03&lang=en", "application/pdf", "zh-CN")));
		assertThat(byParameter).contains("Monthly review 2030-03").contains("3. Trend of the last six months")
			.doesNotContainPattern("[\\p{IsHan}]");
		var chinese = String.join("\n", pages(get("/api/v1/reports/monthly?month=2030-03", "application/pdf", "zh-CN")));
		assertThat(chinese).contains("车管所月讲评 2030-03").contains("三、近六个月趋势").contains("图 2");
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
				get("/api/v1/reports/monthly?month=2030-03", ReportController.XLSX, "en")))) {
			assertThat(workbook.getSheetName(0)).isEqualTo("Monthly review");
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Services");
			assertThat(workbook.getSheetAt(0).getDrawingPatriarch().getCharts()).hasSize(1);
		}
		Files.createDirectories(Path.of("target", "reports"));
		Files.write(Path.of("target", "reports", "monthly-2030-03-zh.pdf"),
				get("/api/v1/reports/monthly?month=2030-03", "application/pdf", "zh-CN"));
	}

	static Reports.WeeklyBulletin bulletin(int outlets) {
		var rankings = new ArrayList<Reports.Ranking>();
		for (int i = 0; i < outlets; i++) {
			var rate = new BigDecimal("0.9").add(BigDecimal.valueOf(i % 10, 3));
			rankings.add(new Reports.Ranking(i + 1, new UUID(7, i).toString(), 100 - i, 50, rate, rate,
					new BigDecimal("12.50"), 1, null, 0, null, null));
		}
		var period = new Reports.Period(1000, 500, new BigDecimal("0.95"), new BigDecimal("0.9"), new BigDecimal("12"),
				30, 3);
		var hotline = new HotlineFigures(0, Map.of(), 0, 0, 0, 0, null);
		return new Reports.WeeklyBulletin("2030-W10", LocalDate.parse("2030-03-04"), LocalDate.parse("2030-03-10"),
				period, period, new Reports.Change(0, null, null, 0), rankings, List.of(), List.of(), List.of(), hotline,
				0);
	}

	static List<String> pages(byte[] pdf) throws Exception {
		var reader = new PdfReader(pdf);
		var extractor = new PdfTextExtractor(reader);
		var pages = new ArrayList<String>();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			pages.add(extractor.getTextFromPage(page));
		}
		reader.close();
		return pages;
	}

	@Test
	void aChartStaysWithItsCaptionAndAHeadingIsNeverLastOnAPage() throws Exception {
		for (int outlets = 20; outlets <= 44; outlets++) {
			var pdf = documents.weeklyPdf(bulletin(outlets), Locale.SIMPLIFIED_CHINESE);
			var pages = pages(pdf);
			boolean captionSeen = false;
			for (var page : pages) {
				var text = page.strip();
				if (text.contains("图 1")) {
					captionSeen = true;
					// the chart's twelve bars (a label and a percentage, unlike the table's rows) on the caption's page
					long bars = text.lines().filter(line -> line.strip().matches("\\S+ \\d+\\.\\d\\d%")).count();
					assertThat(bars).as("%d outlets", outlets).isEqualTo(ReportDocuments.CHART_ROWS);
				}
				for (var heading : List.of("二、业务科室排名", "三、差评及整改情况", "四、超期工单")) {
					assertThat(text.endsWith(heading)).as("%s alone at the bottom, %d outlets", heading, outlets)
						.isFalse();
				}
			}
			assertThat(captionSeen).isTrue();
		}
	}

	@Test
	void chineseDocumentsUseFullWidthPunctuationAndEnglishOnesEnglishWords() throws Exception {
		var chinese = String.join("\n", pages(documents.weeklyPdf(bulletin(3), Locale.SIMPLIFIED_CHINESE)));
		assertThat(chinese).contains("车管所周通报 2030-W10（2030-03-04 至 2030-03-10）")
			.contains("办件 1,000 件（上周 1,000 件），评价 500 条，满意率 95.00%（上周 95.00%）")
			.doesNotContain("(").doesNotContain(")").doesNotContain(":");
		var english = pages(documents.weeklyPdf(bulletin(3), Locale.ENGLISH));
		var text = String.join("\n", english);
		assertThat(text).contains("Weekly bulletin 2030-W10 (2030-03-04 to 2030-03-10)")
			.contains("1. Outlets ranked").contains("Figure 1. Satisfaction rate by outlet").contains("Previous rank")
			.doesNotContainPattern("[\\p{IsHan}]");
		Files.createDirectories(Path.of("target", "reports"));
		Files.write(Path.of("target", "reports", "weekly-layout-en.pdf"),
				documents.weeklyPdf(bulletin(30), Locale.ENGLISH));
		Files.write(Path.of("target", "reports", "weekly-layout-zh.pdf"),
				documents.weeklyPdf(bulletin(30), Locale.SIMPLIFIED_CHINESE));
	}
}
