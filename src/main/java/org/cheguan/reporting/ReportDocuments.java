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
import java.util.Locale;
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
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders the daily statistics, the weekly bulletin and the monthly review as PDF (OpenPDF) and Excel (Apache POI) documents in the
 * request's language (zh-CN by default with full-width punctuation, English for Accept-Language en or lang=en): every
 * heading and label comes from the reporting message bundles. A heading or a chart's caption is never left alone at
 * the bottom of a page ({@link #keepSpace}).
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

	private final MessageSource messages;

	private volatile @Nullable BaseFont font;

	ReportDocuments(Outlets outlets, MessageSource messages) {
		this.outlets = outlets;
		this.messages = messages;
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

	static String percent(@Nullable BigDecimal rate) {
		return rate == null ? "—" : rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP) + "%";
	}

	static String text(@Nullable Object value) {
		return value == null ? "—" : value.toString();
	}

	/** The documents' words in one language: zh-CN unless English is asked for (Accept-Language or lang). */
	final class Texts {

		final Locale locale;

		final boolean english;

		Texts(Locale locale) {
			this.english = "en".equals(locale.getLanguage());
			this.locale = english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
		}

		String get(String key, Object... args) {
			return messages.getMessage(key, args, key, locale);
		}

		/** A department's name in the document's language: its code's names, a name the office does not know as is. */
		String department(@Nullable String code) {
			if (code == null || code.isBlank()) {
				return "—";
			}
			return ServiceType.Department.find(code).map(department -> department.name(english)).orElse(code);
		}

		String rectification(String status) {
			return messages.getMessage("reporting.rectification." + status, null, status, locale);
		}

		String channel(String channel) {
			return messages.getMessage("ev.channel." + channel, null, channel, locale);
		}

		String serviceType(String type) {
			return ServiceType.valueOf(type).name(english);
		}

		/** A ticket kind as the documents show it: its name (投诉, complaint), the stored code when unknown. */
		String kind(String kind) {
			return java.util.Arrays.stream(org.cheguan.hotline.TicketKind.values())
				.filter(known -> known.name().equals(kind))
				.map(known -> english ? known.code() : known.chineseName())
				.findFirst()
				.orElse(kind);
		}

		String category(Reports.CategoryRanking category) {
			return english ? category.englishName() : category.chineseName();
		}

		String[] columns(String... keys) {
			var result = new String[keys.length];
			for (int i = 0; i < keys.length; i++) {
				result[i] = get("doc.col." + keys[i]);
			}
			return result;
		}
	}

	Texts texts(Locale locale) {
		return new Texts(locale);
	}

	byte[] weeklyPdf(Reports.WeeklyBulletin bulletin, Locale locale) {
		var t = texts(locale);
		var title = t.get("doc.weekly.title", bulletin.week(), bulletin.from().toString(), bulletin.to().toString());
		return pdf(title, bulletin.to(), t, (document, writer, fonts) -> {
			document.add(new Paragraph(title, fonts.title));
			document.add(new Paragraph(t.get("doc.weekly.summary", bulletin.totals().services(),
					bulletin.previous().services(), bulletin.totals().ratings(),
					percent(bulletin.totals().satisfactionRate()), percent(bulletin.previous().satisfactionRate()),
					bulletin.totals().badRatings(), text(bulletin.totals().averageWaitMinutes())), fonts.body));
			heading(document, writer, t.get("doc.weekly.outlets"), fonts);
			rankingTable(document, bulletin.outletRankings(), true, fonts, t);
			chart(document, writer, t.get("doc.chart.outlets"), CHART_ROWS, labels(bulletin.outletRankings(), true, t),
					rates(bulletin.outletRankings()), fonts);
			heading(document, writer, t.get("doc.weekly.departments"), fonts);
			rankingTable(document, bulletin.departmentRankings(), false, fonts, t);
			heading(document, writer, t.get("doc.weekly.bad"), fonts);
			var bad = table(new float[] { 2, 1, 2, 2, 2, 2 }, fonts,
					t.columns("serviceDay", "score", "department", "staff", "type", "rectification"));
			for (var line : bulletin.badRatings()) {
				row(bad, fonts, line.serviceDay(), line.score(), t.department(line.department()),
						text(line.staffUsername()), t.serviceType(line.serviceType()),
						t.rectification(line.rectificationStatus()));
			}
			add(document, bad, fonts, t);
			heading(document, writer, t.get("doc.weekly.overdue"), fonts);
			var overdue = table(new float[] { 2, 1, 2, 3, 3 }, fonts,
					t.columns("ticket", "kind", "department", "due", "closedOrEscalated"));
			for (var ticket : bulletin.overdueTickets()) {
				row(overdue, fonts, text(ticket.number()), t.kind(ticket.kind()), t.department(ticket.department()),
						local(ticket.dueAt()), ticket.closedAt() != null ? local(ticket.closedAt())
								: t.get("doc.escalated", local(ticket.escalatedAt())));
			}
			add(document, overdue, fonts, t);
		});
	}

	byte[] monthlyPdf(Reports.MonthlyReview review, Locale locale) {
		var t = texts(locale);
		var title = t.get("doc.monthly.title", review.month());
		return pdf(title, review.to(), t, (document, writer, fonts) -> {
			document.add(new Paragraph(title, fonts.title));
			document.add(new Paragraph(t.get("doc.monthly.summary", review.totals().services(),
					review.previous().services(), percent(review.totals().satisfactionRate()),
					percent(review.previous().satisfactionRate()), review.totals().badRatings(), review.priorWeight()),
					fonts.body));
			heading(document, writer, t.get("doc.monthly.models"), fonts);
			for (var category : review.categories()) {
				// the category's line stays with the head of its table
				keepSpace(document, writer, category.staff().isEmpty() ? 20 : 60);
				document.add(new Paragraph(t.get("doc.monthly.category", t.category(category),
						text(category.candidate())), fonts.body));
				if (category.staff().isEmpty()) {
					continue;
				}
				var table = table(new float[] { 1, 3, 2, 2, 2, 2, 2 }, fonts,
						t.columns("rank", "staff", "points", "services", "satisfaction", "commendations", "bad"));
				for (var member : category.staff()) {
					row(table, fonts, member.rank(), member.username(), member.score(), member.services(),
							percent(member.satisfactionRate()), member.commendations(), member.badRatings());
				}
				add(document, table, fonts, t);
			}
			heading(document, writer, t.get("doc.monthly.departments"), fonts);
			rankingTable(document, review.departmentRankings(), false, fonts, t);
			// every department with data: the office has 13, a few more than an outlet chart's bars
			chart(document, writer, t.get("doc.chart.departments"), Integer.MAX_VALUE,
					labels(review.departmentRankings(), false, t),
					rates(review.departmentRankings()), fonts);
			heading(document, writer, t.get("doc.monthly.trend"), fonts);
			var trend = table(new float[] { 2, 2, 2, 2, 2 }, fonts,
					t.columns("month", "services", "ratings", "satisfaction", "bad"));
			for (var point : review.trend()) {
				row(trend, fonts, point.month(), point.services(), point.ratings(), percent(point.satisfactionRate()),
						point.badRatings());
			}
			add(document, trend, fonts, t);
			chart(document, writer, t.get("doc.chart.trend"), CHART_ROWS,
					review.trend().stream().map(Reports.TrendPoint::month).toList(),
					review.trend().stream().map(Reports.TrendPoint::satisfactionRate).toList(), fonts);
		});
	}

	/**
	 * The day's statistics (日统计) as a PDF in the request's language: summary, services by channel, by outlet,
	 * ratings by level, hotline.
	 */
	byte[] dailyPdf(Reports.DailyReport day, Locale locale) {
		var t = texts(locale);
		var title = t.get("doc.daily.title", day.date().toString());
		return pdf(title, day.date(), t, (document, writer, fonts) -> {
			document.add(new Paragraph(title, fonts.title));
			document.add(new Paragraph(t.get("doc.daily.summary", day.services(), day.ratings().total(),
					percent(day.satisfactionRate()), day.badRatings(), text(day.averageWaitMinutes()),
					day.mobileOfficeServices(), day.commendations()), fonts.body));
			heading(document, writer, t.get("doc.daily.channels"), fonts);
			var channels = table(new float[] { 3, 2 }, fonts, t.columns("channel", "services"));
			day.byChannel().forEach((channel, services) -> row(channels, fonts, t.channel(channel), services));
			add(document, channels, fonts, t);
			heading(document, writer, t.get("doc.daily.outlets"), fonts);
			var outletTable = table(new float[] { 4, 2, 2, 2, 2 }, fonts,
					t.columns("outlet", "services", "ratings", "satisfaction", "wait"));
			for (var outlet : day.byOutlet()) {
				row(outletTable, fonts, outletName(outlet.outletId().toString()), outlet.services(), outlet.ratings(),
						percent(outlet.satisfactionRate()), text(outlet.averageWaitMinutes()));
			}
			add(document, outletTable, fonts, t);
			heading(document, writer, t.get("doc.daily.ratings"), fonts);
			var levels = table(new float[] { 2, 2 }, fonts, t.columns("score", "ratings"));
			day.ratings().byLevel().forEach((level, count) -> row(levels, fonts, level, count));
			add(document, levels, fonts, t);
			heading(document, writer, t.get("doc.daily.hotline"), fonts);
			var hotline = table(new float[] { 2, 2, 2, 2, 2 }, fonts,
					t.columns("opened", "closed", "ticketsOnTime", "closedOverdue", "escalated"));
			row(hotline, fonts, day.hotline().opened(), day.hotline().closed(), day.hotline().closedOnTime(),
					day.hotline().closedOverdue(), day.hotline().escalated());
			add(document, hotline, fonts, t);
		});
	}

	/** The day's statistics (日统计) as an Excel workbook in the request's language: summary, channels, outlets. */
	byte[] dailyXlsx(Reports.DailyReport day, Locale locale) {
		var t = texts(locale);
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			rows(workbook.createSheet(t.get("doc.sheet.daily")), List.of(
					List.of(t.get("doc.col.date"), day.date().toString()),
					List.of(t.get("doc.col.services"), day.services()),
					List.of(t.get("doc.col.ratings"), day.ratings().total()),
					List.of(t.get("doc.col.satisfaction"), percent(day.satisfactionRate())),
					List.of(t.get("doc.col.satisfied45"), percent(day.satisfied45Rate())),
					List.of(t.get("doc.col.bad"), day.badRatings()),
					List.of(t.get("doc.col.wait"), text(day.averageWaitMinutes())),
					List.of(t.get("doc.col.p90Wait"), text(day.p90WaitMinutes())),
					List.of(t.get("doc.col.mobileOffice"), day.mobileOfficeServices()),
					List.of(t.get("doc.col.commendations"), day.commendations()),
					List.of(t.get("doc.col.selfService"), percent(day.selfServiceShare())),
					List.of(t.get("doc.col.opened"), day.hotline().opened()),
					List.of(t.get("doc.col.closed"), day.hotline().closed())));
			var channels = new java.util.ArrayList<List<Object>>();
			channels.add(List.of((Object[]) t.columns("channel", "code", "services")));
			day.byChannel().forEach((channel, services) -> channels.add(List.of(t.channel(channel), channel, services)));
			rows(workbook.createSheet(t.get("doc.sheet.channels")), channels);
			var outletRows = new java.util.ArrayList<List<Object>>();
			outletRows.add(List.of((Object[]) t.columns("outlet", "services", "ratings", "satisfaction", "wait")));
			for (var outlet : day.byOutlet()) {
				outletRows.add(List.of(outletName(outlet.outletId().toString()), outlet.services(), outlet.ratings(),
						percent(outlet.satisfactionRate()), text(outlet.averageWaitMinutes())));
			}
			rows(workbook.createSheet(t.get("doc.sheet.outlets")), outletRows);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private static String local(java.time.@Nullable Instant instant) {
		return instant == null ? "—"
				: instant.atZone(OfficeTime.ZONE).toLocalDateTime().withSecond(0).withNano(0).toString().replace('T', ' ');
	}

	/** Room a heading needs below it on the page: its own line and the head and first rows of what follows. */
	static final float HEADING_KEEP = 70;

	/**
	 * Starts a new page unless {@code height} points are left above the bottom margin, so that a heading or a chart's
	 * caption is never left alone at the bottom of a page (OpenPDF has no keep-with-next).
	 */
	static void keepSpace(Document document, PdfWriter writer, float height) {
		if (writer.getVerticalPosition(true) - document.bottom() < height) {
			document.newPage();
		}
	}

	private static void heading(Document document, PdfWriter writer, String heading, Fonts fonts) {
		keepSpace(document, writer, HEADING_KEEP);
		document.add(new Paragraph(heading, fonts.heading));
	}

	private void rankingTable(Document document, List<Reports.Ranking> rankings, boolean outlet, Fonts fonts,
			Texts t) {
		var table = table(new float[] { 1, 4, 2, 2, 3, 2, 2 }, fonts, t.columns("rank", outlet ? "outlet" : "department",
				"services", "satisfaction", "wait", "bad", "previousRank"));
		for (var ranking : rankings) {
			row(table, fonts, ranking.rank(), outlet ? outletName(ranking.key()) : t.department(ranking.key()),
					ranking.services(), percent(ranking.satisfactionRate()), text(ranking.averageWaitMinutes()),
					ranking.badRatings(), text(ranking.previousRank()));
		}
		add(document, table, fonts, t);
	}

	private List<String> labels(List<Reports.Ranking> rankings, boolean outlet, Texts t) {
		return rankings.stream().map(r -> outlet ? outletName(r.key()) : t.department(r.key())).toList();
	}

	private static List<@Nullable BigDecimal> rates(List<Reports.Ranking> rankings) {
		return rankings.stream().map(Reports.Ranking::satisfactionRate).toList();
	}

	/** Most bars in a chart of outlets (the best of many); the department chart shows every department. */
	static final int CHART_ROWS = 12;

	/**
	 * A horizontal bar chart of satisfaction rates, drawn as vector graphics, with its caption above it; caption and
	 * chart go on the same page, a new one when the rest of the page is too short for both.
	 */
	private static void chart(Document document, PdfWriter writer, String caption, int maxRows, List<String> labels,
			List<@Nullable BigDecimal> rates, Fonts fonts) {
		if (labels.isEmpty()) {
			return; // nothing to draw: the table above says none
		}
		int rows = Math.max(1, Math.min(maxRows, labels.size()));
		float width = 480;
		float height = 20 + rows * 18;
		var template = writer.getDirectContent().createTemplate(width, height);
		for (int i = 0; i < Math.min(rows, labels.size()); i++) {
			var label = labels.get(i);
			var value = rates.get(i);
			float y = height - 18 - i * 18;
			template.beginText();
			template.setFontAndSize(fonts.base, 8);
			template.setTextMatrix(0, y + 3);
			template.showText(fit(label, fonts.base, 8, 125));
			template.endText();
			double rate = value == null ? 0 : value.doubleValue();
			template.setColorFill(BAR);
			template.rectangle(130, y, (float) (300 * rate), 12);
			template.fill();
			template.setColorFill(Color.BLACK);
			template.beginText();
			template.setFontAndSize(fonts.base, 8);
			template.setTextMatrix(135 + (float) (300 * rate), y + 3);
			template.showText(percent(value));
			template.endText();
		}
		try {
			var image = Image.getInstance(template);
			image.setAlignment(Element.ALIGN_CENTER);
			keepSpace(document, writer, height + 60);
			var title = new Paragraph(caption, fonts.bold);
			title.setSpacingBefore(4);
			document.add(title);
			document.add(image);
		}
		catch (com.lowagie.text.BadElementException failed) {
			throw new IllegalStateException(failed);
		}
	}

	/**
	 * A bar's label cut to the room left of the bars, by its printed width, not its length: twelve Chinese characters
	 * or about twenty-five Latin letters (Online and 12123 services) fit, a longer label ends in an ellipsis.
	 */
	static String fit(String label, com.lowagie.text.pdf.BaseFont font, float size, float width) {
		if (font.getWidthPoint(label, size) <= width) {
			return label;
		}
		var cut = label;
		while (!cut.isEmpty() && font.getWidthPoint(cut + "…", size) > width) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut + "…";
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

	/** Adds a table; an empty one gets a row saying so (OpenPDF draws nothing for a table of header rows only). */
	private static void add(Document document, PdfPTable table, Fonts fonts, Texts t) {
		if (table.size() <= table.getHeaderRows()) {
			var none = new PdfPCell(new Phrase(t.get("doc.none"), fonts.body));
			none.setColspan(table.getNumberOfColumns());
			table.addCell(none);
		}
		document.add(table);
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

	private byte[] pdf(String title, LocalDate periodEnd, Texts texts, Content content) {
		var base = font();
		var fonts = new Fonts(base, new Font(base, 16, Font.BOLD), new Font(base, 12, Font.BOLD), new Font(base, 9),
				new Font(base, 9, Font.BOLD));
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, 36, 36, 36, 36);
		try {
			var writer = PdfWriter.getInstance(document, out);
			// an image that does not fit goes to the next page where it is, never after the text that follows it
			writer.setStrictImageSequence(true);
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

	byte[] weeklyXlsx(Reports.WeeklyBulletin bulletin, Locale locale) {
		var t = texts(locale);
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var summary = workbook.createSheet(t.get("doc.sheet.weekly"));
			var previous = t.get("doc.col.previousWeek");
			rows(summary, List.of(List.of(t.get("doc.col.week"), bulletin.week()),
					List.of(t.get("doc.col.period"), t.get("doc.period", bulletin.from().toString(),
							bulletin.to().toString())),
					List.of(t.get("doc.col.services"), bulletin.totals().services(), previous,
							bulletin.previous().services()),
					List.of(t.get("doc.col.ratings"), bulletin.totals().ratings(), previous,
							bulletin.previous().ratings()),
					List.of(t.get("doc.col.satisfaction"), percent(bulletin.totals().satisfactionRate()), previous,
							percent(bulletin.previous().satisfactionRate())),
					List.of(t.get("doc.col.bad"), bulletin.totals().badRatings(), previous,
							bulletin.previous().badRatings())));
			rankingSheet(workbook.createSheet(t.get("doc.sheet.outlets")), bulletin.outletRankings(), true, t);
			rankingSheet(workbook.createSheet(t.get("doc.sheet.departments")), bulletin.departmentRankings(), false, t);
			var bad = workbook.createSheet(t.get("doc.sheet.bad"));
			var badRows = new java.util.ArrayList<List<Object>>();
			badRows.add(List.of((Object[]) t.columns("serviceDay", "givenOn", "score", "department", "staff", "type",
					"channel", "rectification", "rectifyDue")));
			for (var line : bulletin.badRatings()) {
				badRows.add(List.of(line.serviceDay().toString(), line.givenOn().toString(), line.score(),
						t.department(line.department()), text(line.staffUsername()), t.serviceType(line.serviceType()),
						t.channel(line.channel()), t.rectification(line.rectificationStatus()),
						text(line.rectifyDueOn())));
			}
			rows(bad, badRows);
			var overdue = workbook.createSheet(t.get("doc.sheet.overdue"));
			var overdueRows = new java.util.ArrayList<List<Object>>();
			overdueRows.add(List.of((Object[]) t.columns("ticket", "kind", "department", "due", "closed", "escalated")));
			for (var ticket : bulletin.overdueTickets()) {
				overdueRows.add(List.of(text(ticket.number()), t.kind(ticket.kind()), t.department(ticket.department()),
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

	byte[] monthlyXlsx(Reports.MonthlyReview review, Locale locale) {
		var t = texts(locale);
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var summary = workbook.createSheet(t.get("doc.sheet.monthly"));
			var summaryRows = new java.util.ArrayList<List<Object>>();
			summaryRows.add(List.of((Object[]) t.columns("month", "services", "ratings", "satisfaction", "wait", "bad")));
			for (var point : review.trend()) {
				summaryRows.add(List.of(point.month(), point.services(), point.ratings(),
						percent(point.satisfactionRate()), text(point.averageWaitMinutes()), point.badRatings()));
			}
			rows(summary, summaryRows);
			trendChart(summary, review.trend().size(), t);
			var staff = workbook.createSheet(t.get("doc.sheet.models"));
			var staffRows = new java.util.ArrayList<List<Object>>();
			staffRows.add(List.of((Object[]) t.columns("category", "rank", "staff", "department", "points", "services",
					"ratings", "satisfaction", "shrunk", "commendations", "bad", "ticketsClosed", "ticketsOnTime",
					"steps", "stepsOnTime", "candidate")));
			for (var category : review.categories()) {
				for (var member : category.staff()) {
					staffRows.add(List.of(t.category(category), member.rank(), member.username(),
							t.department(member.department()), member.score().doubleValue(), member.services(),
							member.ratings(), percent(member.satisfactionRate()),
							member.shrunkAverageScore().doubleValue(), member.commendations(), member.badRatings(),
							member.ticketsClosed(), member.ticketsOnTime(), member.rectificationSteps(),
							member.rectificationStepsOnTime(), member.candidate() ? t.get("doc.yes") : ""));
				}
			}
			rows(staff, staffRows);
			rankingSheet(workbook.createSheet(t.get("doc.sheet.departments")), review.departmentRankings(), false, t);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/**
	 * A line chart of the monthly services (column B) beside the trend rows of the summary sheet; the satisfaction rate
	 * is text in the sheet (a percentage with its sign), so the chart plots the volume.
	 */
	private static void trendChart(Sheet sheet, int months, Texts t) {
		var drawing = ((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).createDrawingPatriarch();
		var anchor = drawing.createAnchor(0, 0, 0, 0, 7, 1, 15, 18);
		var chart = drawing.createChart(anchor);
		chart.setTitleText(t.get("doc.col.services"));
		chart.setTitleOverlay(false);
		var bottom = chart.createCategoryAxis(org.apache.poi.xddf.usermodel.chart.AxisPosition.BOTTOM);
		var left = chart.createValueAxis(org.apache.poi.xddf.usermodel.chart.AxisPosition.LEFT);
		var monthsRange = org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory.fromStringCellRange(
				(org.apache.poi.xssf.usermodel.XSSFSheet) sheet,
				new org.apache.poi.ss.util.CellRangeAddress(1, months, 0, 0));
		var services = org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory.fromNumericCellRange(
				(org.apache.poi.xssf.usermodel.XSSFSheet) sheet,
				new org.apache.poi.ss.util.CellRangeAddress(1, months, 1, 1));
		var data = chart.createData(org.apache.poi.xddf.usermodel.chart.ChartTypes.LINE, bottom, left);
		var series = data.addSeries(monthsRange, services);
		series.setTitle(t.get("doc.col.services"), null);
		chart.plot(data);
	}

	private void rankingSheet(Sheet sheet, List<Reports.Ranking> rankings, boolean outlet, Texts t) {
		var rows = new java.util.ArrayList<List<Object>>();
		rows.add(List.of((Object[]) t.columns("rank", outlet ? "outlet" : "department", "services", "ratings",
				"satisfaction", "satisfied45", "wait", "bad", "previousRank", "previousServices",
				"previousSatisfaction")));
		for (var ranking : rankings) {
			rows.add(List.of(ranking.rank(), outlet ? outletName(ranking.key()) : t.department(ranking.key()),
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


}
