package org.cheguan.reporting;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import java.util.regex.Pattern;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cheguan.outlets.Outlets;
import org.cheguan.shared.OfficeTime;
import org.cheguan.transactions.ServiceType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Renders the daily statistics, the weekly bulletin and the monthly review as PDF (OpenPDF) and Excel (Apache POI) documents, in Chinese.
 *
 * <p>Font: WenQuanYi Micro Hei (文泉驿微米黑), shipped in {@code fonts/} under the Apache License 2.0 (its notice
 * beside it), embedded as a subset, so Chinese renders on any machine. Documents are deterministic: the creation date
 * is the end of the period, and the random parts OpenPDF writes (the file identifier and the subset prefix of the
 * font) are replaced, at equal length, by values derived from the content, so a closed period gives identical bytes.
 */
@Component
class ReportDocuments {

	private static final Pattern SUBSET_PREFIX = Pattern.compile("[A-Z]{6}\\+WenQuanYi");

	private static final Pattern FILE_ID = Pattern.compile("/ID ?\\[ ?<([0-9a-fA-F]{32})> ?<([0-9a-fA-F]{32})> ?\\]");

	private static final Pattern CLOCK_DATE = Pattern.compile("D:\\d{14}Z");

	private static final Color BAR = new Color(0x1f, 0x5f, 0xa8);

	private final Outlets outlets;

	private volatile @Nullable BaseFont font;

	ReportDocuments(Outlets outlets) {
		this.outlets = outlets;
	}

	private BaseFont font() {
		var loaded = font;
		if (loaded == null) {
			try (InputStream in = ReportDocuments.class.getResourceAsStream("/fonts/wqy-microhei.ttc")) {
				if (in == null) {
					throw new IllegalStateException("fonts/wqy-microhei.ttc missing from the build");
				}
				loaded = BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
						in.readAllBytes(), null);
			}
			catch (IOException failed) {
				throw new UncheckedIOException(failed);
			}
			font = loaded;
		}
		return loaded;
	}

	String outletName(String key) {
		try {
			return outlets.find(UUID.fromString(key)).map(outlet -> outlet.name()).orElse(key.substring(0, 8));
		}
		catch (IllegalArgumentException notAnId) {
			return key;
		}
	}

	static String departmentName(String code) {
		return switch (code) {
			case "LICENSING" -> "驾驶证管理科";
			case "VEHICLES" -> "机动车登记科";
			case "EBIKES" -> "非机动车管理";
			case "SERVICE_HALL" -> "业务大厅";
			case "ARCHIVES" -> "档案科";
			case "HOTLINE" -> "12123 热线";
			default -> code;
		};
	}

	static String percent(@Nullable BigDecimal rate) {
		return rate == null ? "—" : rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP) + "%";
	}

	static String text(@Nullable Object value) {
		return value == null ? "—" : value.toString();
	}

	byte[] weeklyPdf(Reports.WeeklyBulletin bulletin) {
		return pdf("车管所周通报 " + bulletin.week(), bulletin.to(), (document, writer, fonts) -> {
			document.add(new Paragraph("车管所周通报 " + bulletin.week() + "(" + bulletin.from() + " 至 " + bulletin.to()
					+ ")", fonts.title));
			document.add(new Paragraph("办件 " + bulletin.totals().services() + " 件(上周 " + bulletin.previous().services()
					+ "),评价 " + bulletin.totals().ratings() + " 条,满意率 " + percent(bulletin.totals().satisfactionRate())
					+ "(上周 " + percent(bulletin.previous().satisfactionRate()) + "),差评 " + bulletin.totals().badRatings()
					+ " 条,平均等候 " + text(bulletin.totals().averageWaitMinutes()) + " 分钟。", fonts.body));
			document.add(new Paragraph("一、服务网点排名", fonts.heading));
			rankingTable(document, bulletin.outletRankings(), true, fonts);
			document.add(chart(writer, bulletin.outletRankings(), true, fonts.base));
			document.add(new Paragraph("二、业务科室排名", fonts.heading));
			rankingTable(document, bulletin.departmentRankings(), false, fonts);
			document.add(new Paragraph("三、差评及整改情况", fonts.heading));
			var bad = table(new float[] { 2, 1, 2, 2, 2, 2 }, fonts, "服务日期", "评分", "科室", "工作人员", "业务", "整改状态");
			for (var line : bulletin.badRatings()) {
				row(bad, fonts, line.serviceDay(), line.score(), departmentName(line.department()),
						text(line.staffUsername()), ServiceType.valueOf(line.serviceType()).chineseName(),
						line.rectificationStatus());
			}
			document.add(bad);
			document.add(new Paragraph("四、超期工单", fonts.heading));
			var overdue = table(new float[] { 2, 1, 2, 3, 3 }, fonts, "工单号", "类型", "科室", "期限", "办结/督办");
			for (var ticket : bulletin.overdueTickets()) {
				row(overdue, fonts, text(ticket.number()), kindName(ticket.kind()), departmentName(ticket.department()),
						local(ticket.dueAt()), ticket.closedAt() != null ? local(ticket.closedAt()) : "督办 "
								+ local(ticket.escalatedAt()));
			}
			document.add(overdue);
		});
	}

	byte[] monthlyPdf(Reports.MonthlyReview review) {
		return pdf("车管所月讲评 " + review.month(), review.to(), (document, writer, fonts) -> {
			document.add(new Paragraph("车管所月讲评 " + review.month(), fonts.title));
			document.add(new Paragraph("办件 " + review.totals().services() + " 件(上月 " + review.previous().services()
					+ "),满意率 " + percent(review.totals().satisfactionRate()) + "(上月 "
					+ percent(review.previous().satisfactionRate()) + "),差评 " + review.totals().badRatings() + " 条。评分 = 办件量 30"
					+ " + 贝叶斯满意度 40(先验权重 " + review.priorWeight() + " 条评价)+ 表扬 + 时限 20 − 差评。", fonts.body));
			document.add(new Paragraph("一、业务标兵评选(按服务类别)", fonts.heading));
			for (var category : review.categories()) {
				document.add(new Paragraph(category.chineseName() + " — 候选人:" + text(category.candidate()),
						fonts.body));
				var table = table(new float[] { 1, 3, 2, 2, 2, 2, 2 }, fonts, "名次", "工作人员", "得分", "办件", "满意率", "表扬",
						"差评");
				for (var member : category.staff()) {
					row(table, fonts, member.rank(), member.username(), member.score(), member.services(),
							percent(member.satisfactionRate()), member.commendations(), member.badRatings());
				}
				document.add(table);
			}
			document.add(new Paragraph("二、业务科室排名", fonts.heading));
			rankingTable(document, review.departmentRankings(), false, fonts);
			document.add(chart(writer, review.departmentRankings(), false, fonts.base));
			document.add(new Paragraph("三、近六个月趋势", fonts.heading));
			var trend = table(new float[] { 2, 2, 2, 2, 2 }, fonts, "月份", "办件", "评价", "满意率", "差评");
			for (var point : review.trend()) {
				row(trend, fonts, point.month(), point.services(), point.ratings(), percent(point.satisfactionRate()),
						point.badRatings());
			}
			document.add(trend);
		});
	}

	/** The day's statistics (日统计) as a PDF: totals, services by channel, by outlet, ratings by level, hotline. */
	byte[] dailyPdf(Reports.DailyReport day) {
		return pdf("车管所日统计 " + day.date(), day.date(), (document, writer, fonts) -> {
			document.add(new Paragraph("车管所日统计 " + day.date(), fonts.title));
			document.add(new Paragraph("办件 " + day.services() + " 件,评价 " + day.ratings().total() + " 条,满意率 "
					+ percent(day.satisfactionRate()) + ",差评 " + day.badRatings() + " 条,平均等候 "
					+ text(day.averageWaitMinutes()) + " 分钟,流动车管所办件 " + day.mobileOfficeServices() + " 件,表扬 "
					+ day.commendations() + " 次。", fonts.body));
			document.add(new Paragraph("一、办理渠道", fonts.heading));
			var channels = table(new float[] { 3, 2 }, fonts, "渠道", "办件");
			day.byChannel().forEach((channel, services) -> row(channels, fonts, channelName(channel), services));
			document.add(channels);
			document.add(new Paragraph("二、服务网点", fonts.heading));
			var outletTable = table(new float[] { 4, 2, 2, 2, 2 }, fonts, "网点", "办件", "评价", "满意率", "平均等候");
			for (var outlet : day.byOutlet()) {
				row(outletTable, fonts, outletName(outlet.outletId().toString()), outlet.services(), outlet.ratings(),
						percent(outlet.satisfactionRate()), text(outlet.averageWaitMinutes()));
			}
			document.add(outletTable);
			document.add(new Paragraph("三、评价", fonts.heading));
			var levels = table(new float[] { 2, 2 }, fonts, "评分", "条数");
			day.ratings().byLevel().forEach((level, count) -> row(levels, fonts, level, count));
			document.add(levels);
			document.add(new Paragraph("四、12123 热线", fonts.heading));
			var hotline = table(new float[] { 2, 2, 2, 2, 2 }, fonts, "受理", "办结", "按时办结", "超期办结", "督办");
			row(hotline, fonts, day.hotline().opened(), day.hotline().closed(), day.hotline().closedOnTime(),
					day.hotline().closedOverdue(), day.hotline().escalated());
			document.add(hotline);
		});
	}

	/** The day's statistics (日统计) as an Excel workbook: summary, channels, outlets. */
	byte[] dailyXlsx(Reports.DailyReport day) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			rows(workbook.createSheet("日统计"), List.of(List.of("日期", day.date().toString()),
					List.of("办件", day.services()), List.of("评价", day.ratings().total()),
					List.of("满意率", percent(day.satisfactionRate())), List.of("4-5分占比", percent(day.satisfied45Rate())),
					List.of("差评", day.badRatings()), List.of("平均等候(分钟)", text(day.averageWaitMinutes())),
					List.of("等候90分位(分钟)", text(day.p90WaitMinutes())),
					List.of("流动车管所办件", day.mobileOfficeServices()), List.of("表扬", day.commendations()),
					List.of("自助办理占比", percent(day.selfServiceShare())),
					List.of("热线受理", day.hotline().opened()), List.of("热线办结", day.hotline().closed())));
			var channels = new java.util.ArrayList<List<Object>>();
			channels.add(List.of("渠道", "代码", "办件"));
			day.byChannel().forEach((channel, services) -> channels.add(List.of(channelName(channel), channel, services)));
			rows(workbook.createSheet("办理渠道"), channels);
			var outletRows = new java.util.ArrayList<List<Object>>();
			outletRows.add(List.of("网点", "办件", "评价", "满意率", "平均等候"));
			for (var outlet : day.byOutlet()) {
				outletRows.add(List.of(outletName(outlet.outletId().toString()), outlet.services(), outlet.ratings(),
						percent(outlet.satisfactionRate()), text(outlet.averageWaitMinutes())));
			}
			rows(workbook.createSheet("服务网点"), outletRows);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** A channel as the documents show it, in Chinese; the code when unknown. */
	static String channelName(String channel) {
		return switch (channel) {
			case "WINDOW" -> "窗口";
			case "SELF_SERVICE" -> "自助(无人车管所)";
			case "POSTAL" -> "警邮";
			case "MOBILE" -> "流动车管所";
			case "ONLINE" -> "网上";
			case "HOTLINE" -> "12123 热线";
			default -> channel;
		};
	}

	private static String local(java.time.@Nullable Instant instant) {
		return instant == null ? "—"
				: instant.atZone(OfficeTime.ZONE).toLocalDateTime().withSecond(0).withNano(0).toString().replace('T', ' ');
	}

	private void rankingTable(Document document, List<Reports.Ranking> rankings, boolean outlet, Fonts fonts) {
		var table = table(new float[] { 1, 4, 2, 2, 2, 2, 2 }, fonts, "名次", outlet ? "网点" : "科室", "办件", "满意率",
				"平均等候", "差评", "上期名次");
		for (var ranking : rankings) {
			row(table, fonts, ranking.rank(), outlet ? outletName(ranking.key()) : departmentName(ranking.key()),
					ranking.services(), percent(ranking.satisfactionRate()), text(ranking.averageWaitMinutes()),
					ranking.badRatings(), text(ranking.previousRank()));
		}
		document.add(table);
	}

	/** A horizontal bar chart of the satisfaction rates of a ranking, drawn as vector graphics. */
	private Image chart(PdfWriter writer, List<Reports.Ranking> rankings, boolean outlet, BaseFont base) {
		int rows = Math.max(1, Math.min(12, rankings.size()));
		float width = 480;
		float height = 20 + rows * 18;
		var template = writer.getDirectContent().createTemplate(width, height);
		for (int i = 0; i < Math.min(rows, rankings.size()); i++) {
			var ranking = rankings.get(i);
			float y = height - 18 - i * 18;
			template.beginText();
			template.setFontAndSize(base, 8);
			var label = outlet ? outletName(ranking.key()) : departmentName(ranking.key());
			template.setTextMatrix(0, y + 3);
			template.showText(label.length() > 12 ? label.substring(0, 12) : label);
			template.endText();
			double rate = ranking.satisfactionRate() == null ? 0 : ranking.satisfactionRate().doubleValue();
			template.setColorFill(BAR);
			template.rectangle(130, y, (float) (300 * rate), 12);
			template.fill();
			template.setColorFill(Color.BLACK);
			template.beginText();
			template.setFontAndSize(base, 8);
			template.setTextMatrix(135 + (float) (300 * rate), y + 3);
			template.showText(percent(ranking.satisfactionRate()));
			template.endText();
		}
		try {
			var image = Image.getInstance(template);
			image.setAlignment(Element.ALIGN_CENTER);
			return image;
		}
		catch (com.lowagie.text.BadElementException failed) {
			throw new IllegalStateException(failed);
		}
	}

	private static PdfPTable table(float[] widths, Fonts fonts, String... headers) {
		var table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		table.setSpacingAfter(8);
		table.setHeaderRows(1);
		for (var header : headers) {
			var cell = new PdfPCell(new Phrase(header, fonts.bold));
			cell.setBackgroundColor(new Color(0xe8, 0xee, 0xf6));
			table.addCell(cell);
		}
		return table;
	}

	private static void row(PdfPTable table, Fonts fonts, Object... values) {
		for (var value : values) {
			table.addCell(new PdfPCell(new Phrase(text(value), fonts.body)));
		}
	}

	private record Fonts(BaseFont base, Font title, Font heading, Font body, Font bold) {
	}

	@FunctionalInterface
	private interface Content {
		void write(Document document, PdfWriter writer, Fonts fonts) throws Exception;
	}

	private byte[] pdf(String title, LocalDate periodEnd, Content content) {
		var base = font();
		var fonts = new Fonts(base, new Font(base, 16, Font.BOLD), new Font(base, 12, Font.BOLD), new Font(base, 9),
				new Font(base, 9, Font.BOLD));
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, 36, 36, 36, 36);
		try {
			var writer = PdfWriter.getInstance(document, out);
			var calendar = new GregorianCalendar(TimeZone.getTimeZone(OfficeTime.ZONE));
			calendar.clear();
			calendar.set(periodEnd.getYear(), periodEnd.getMonthValue() - 1, periodEnd.getDayOfMonth(), 23, 59, 59);
			document.addTitle(title);
			document.addCreator("Cheguan reporting");
			document.addCreationDate(new PdfDate(calendar));
			document.addModificationDate(new PdfDate(calendar));
			document.open();
			content.write(document, writer, fonts);
			document.close();
		}
		catch (Exception failed) {
			throw new IllegalStateException("PDF rendering failed", failed);
		}
		var end = periodEnd.atTime(23, 59, 59).atZone(OfficeTime.ZONE).withZoneSameInstant(java.time.ZoneOffset.UTC);
		return deterministic(out.toByteArray(), "D:" + end.format(java.time.format.DateTimeFormatter.ofPattern(
				"yyyyMMddHHmmss")) + "Z");
	}

	/**
	 * Replaces the random subset prefix, the dates OpenPDF takes from the clock (written as D:yyyyMMddHHmmssZ) and
	 * the file identifier by values of the same length derived from the period and the content, so no offset moves.
	 */
	static byte[] deterministic(byte[] pdf, String periodDate) {
		var text = new String(pdf, StandardCharsets.ISO_8859_1);
		text = CLOCK_DATE.matcher(text).replaceAll(periodDate);
		text = SUBSET_PREFIX.matcher(text).replaceAll("CHEGUA+WenQuanYi");
		var withoutId = FILE_ID.matcher(text).replaceAll("");
		String digest;
		try {
			digest = HexFormat.of()
				.formatHex(MessageDigest.getInstance("MD5").digest(withoutId.getBytes(StandardCharsets.ISO_8859_1)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
		var matcher = FILE_ID.matcher(text);
		var result = new StringBuilder();
		while (matcher.find()) {
			var replaced = matcher.group().replace(matcher.group(1), digest).replace(matcher.group(2), digest);
			matcher.appendReplacement(result, replaced);
		}
		matcher.appendTail(result);
		return result.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	byte[] weeklyXlsx(Reports.WeeklyBulletin bulletin) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var summary = workbook.createSheet("周通报");
			rows(summary, List.of(List.of("周次", bulletin.week()), List.of("起止", bulletin.from() + " 至 " + bulletin.to()),
					List.of("办件", bulletin.totals().services(), "上周", bulletin.previous().services()),
					List.of("评价", bulletin.totals().ratings(), "上周", bulletin.previous().ratings()),
					List.of("满意率", percent(bulletin.totals().satisfactionRate()), "上周",
							percent(bulletin.previous().satisfactionRate())),
					List.of("差评", bulletin.totals().badRatings(), "上周", bulletin.previous().badRatings())));
			rankingSheet(workbook.createSheet("网点排名"), bulletin.outletRankings(), true);
			rankingSheet(workbook.createSheet("科室排名"), bulletin.departmentRankings(), false);
			var bad = workbook.createSheet("差评整改");
			var badRows = new java.util.ArrayList<List<Object>>();
			badRows.add(List.of("服务日期", "评价日期", "评分", "科室", "工作人员", "业务", "渠道", "整改状态", "整改期限"));
			for (var line : bulletin.badRatings()) {
				badRows.add(List.of(line.serviceDay().toString(), line.givenOn().toString(), line.score(),
						departmentName(line.department()), text(line.staffUsername()),
						ServiceType.valueOf(line.serviceType()).chineseName(), line.channel(), line.rectificationStatus(),
						text(line.rectifyDueOn())));
			}
			rows(bad, badRows);
			var overdue = workbook.createSheet("超期工单");
			var overdueRows = new java.util.ArrayList<List<Object>>();
			overdueRows.add(List.of("工单号", "类型", "科室", "期限", "办结", "督办"));
			for (var ticket : bulletin.overdueTickets()) {
				overdueRows.add(List.of(text(ticket.number()), kindName(ticket.kind()), departmentName(ticket.department()),
						local(ticket.dueAt()), local(ticket.closedAt()), local(ticket.escalatedAt())));
			}
			rows(overdue, overdueRows);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	byte[] monthlyXlsx(Reports.MonthlyReview review) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var summary = workbook.createSheet("月讲评");
			var summaryRows = new java.util.ArrayList<List<Object>>();
			summaryRows.add(List.of("月份", "办件", "评价", "满意率", "平均等候", "差评"));
			for (var point : review.trend()) {
				summaryRows.add(List.of(point.month(), point.services(), point.ratings(),
						percent(point.satisfactionRate()), text(point.averageWaitMinutes()), point.badRatings()));
			}
			rows(summary, summaryRows);
			var staff = workbook.createSheet("业务标兵");
			var staffRows = new java.util.ArrayList<List<Object>>();
			staffRows.add(List.of("类别", "名次", "工作人员", "科室", "得分", "办件", "评价", "满意率", "贝叶斯均分", "表扬", "差评",
					"工单办结", "按时办结", "候选人"));
			for (var category : review.categories()) {
				for (var member : category.staff()) {
					staffRows.add(List.of(category.chineseName(), member.rank(), member.username(),
							departmentName(text(member.department())), member.score().doubleValue(), member.services(),
							member.ratings(), percent(member.satisfactionRate()),
							member.shrunkAverageScore().doubleValue(), member.commendations(), member.badRatings(),
							member.ticketsClosed(), member.ticketsOnTime(), member.candidate() ? "是" : ""));
				}
			}
			rows(staff, staffRows);
			rankingSheet(workbook.createSheet("科室排名"), review.departmentRankings(), false);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private void rankingSheet(Sheet sheet, List<Reports.Ranking> rankings, boolean outlet) {
		var rows = new java.util.ArrayList<List<Object>>();
		rows.add(List.of("名次", outlet ? "网点" : "科室", "办件", "评价", "满意率", "4-5分占比", "平均等候", "差评", "上期名次",
				"上期办件", "上期满意率"));
		for (var ranking : rankings) {
			rows.add(List.of(ranking.rank(), outlet ? outletName(ranking.key()) : departmentName(ranking.key()),
					ranking.services(), ranking.ratings(), percent(ranking.satisfactionRate()),
					percent(ranking.satisfied45Rate()), text(ranking.averageWaitMinutes()), ranking.badRatings(),
					text(ranking.previousRank()), ranking.previousServices(),
					percent(ranking.previousSatisfactionRate())));
		}
		rows(sheet, rows);
	}

	private static void rows(Sheet sheet, List<? extends List<?>> rows) {
		for (int r = 0; r < rows.size(); r++) {
			var row = sheet.createRow(r);
			var values = rows.get(r);
			for (int c = 0; c < values.size(); c++) {
				var value = values.get(c);
				var cell = row.createCell(c);
				if (value instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				}
				else {
					cell.setCellValue(text(value));
				}
			}
		}
	}

	/** A ticket kind as the documents show it: its Chinese name (投诉), the stored code when unknown. */
	private static String kindName(String kind) {
		return java.util.Arrays.stream(org.cheguan.hotline.TicketKind.values())
			.filter(known -> known.name().equals(kind))
			.map(org.cheguan.hotline.TicketKind::chineseName)
			.findFirst()
			.orElse(kind);
	}
}
