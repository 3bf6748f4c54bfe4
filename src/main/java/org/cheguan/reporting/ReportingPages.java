package org.cheguan.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cheguan.outlets.Districts;
import org.cheguan.outlets.MapSvg;
import org.cheguan.shared.OfficeTime;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The supervisor dashboard ({@code /staff/reports}, ADMIN and SUPERVISOR through WorkArea REPORTS): the day's
 * figures and Chart.js charts of the last fourteen office days (services, satisfaction, waits, hotline) that refresh
 * themselves every minute from {@code /staff/reports/series}, and links to the weekly and monthly documents, which
 * are served here too because the console signs in with a form, not with the API's HTTP Basic. The district map
 * colours Wuhan's 13 districts by the satisfaction rate of the services rendered at their outlets over a chosen period
 * (the month of the day by default), with a legend and the same figures as a table.
 */
@Controller
class ReportingPages {

	private final Reports reports;

	private final ReportDocuments documents;

	private final Clock clock;

	private final Districts districts;

	private volatile @Nullable MapSvg map;

	ReportingPages(Reports reports, ReportDocuments documents, Clock clock, Districts districts) {
		this.reports = reports;
		this.documents = documents;
		this.clock = clock;
		this.districts = districts;
	}

	private MapSvg map() {
		var current = map;
		if (current == null) {
			current = new MapSvg(districts);
			map = current;
		}
		return current;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(OfficeTime.ZONE));
	}

	@GetMapping("/staff/reports")
	String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
	LocalDate date, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
	LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
	LocalDate to, Model model) {
		var day = date != null ? date : today();
		// before the first service of the morning (and on a demo's first start, whose history ends yesterday) today
		// is all zeros: the dashboard opens on the previous day then, and says so
		if (date == null && reports.daily(day).services() == 0) {
			day = day.minusDays(1);
			model.addAttribute("openedOnPreviousDay", true);
		}
		model.addAttribute("date", day);
		// the district map: the month of the day up to the day unless a period is chosen
		var mapTo = to == null ? day : to;
		var mapFrom = from == null ? mapTo.withDayOfMonth(1) : from;
		var districtMap = reports.districts(mapFrom, mapTo);
		var fills = new LinkedHashMap<String, String>();
		districtMap.districts().forEach(d -> fills.put(d.code(), SatisfactionBands.colour(d.band())));
		model.addAttribute("mapFrom", mapFrom);
		model.addAttribute("mapTo", mapTo);
		model.addAttribute("districtMap", districtMap);
		model.addAttribute("map", map());
		model.addAttribute("fills", fills);
		model.addAttribute("noData", SatisfactionBands.NO_DATA);
		var daily = reports.daily(day);
		model.addAttribute("day", daily);
		model.addAttribute("satisfaction", ReportDocuments.percent(daily.satisfactionRate()));
		model.addAttribute("satisfied45", ReportDocuments.percent(daily.satisfied45Rate()));
		var monday = day.with(java.time.DayOfWeek.MONDAY);
		model.addAttribute("week", Reports.weekOf(monday));
		model.addAttribute("previousWeek", Reports.weekOf(monday.minusWeeks(1)));
		model.addAttribute("month", YearMonth.from(day).toString());
		model.addAttribute("previousMonth", YearMonth.from(day).minusMonths(1).toString());
		return "reporting/dashboard";
	}

	/**
	 * @param date last day of the series, today by default
	 * @return fourteen office days, oldest first: labels, services, satisfaction rate (percent), mean wait, hotline
	 *         tickets opened and closed
	 */
	@GetMapping(path = "/staff/reports/series", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, List<?>> series(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@Nullable LocalDate date) {
		var last = date == null ? today() : date;
		var labels = new ArrayList<String>();
		var services = new ArrayList<Long>();
		var satisfaction = new ArrayList<@Nullable Double>();
		var waits = new ArrayList<@Nullable Double>();
		var opened = new ArrayList<Long>();
		var closed = new ArrayList<Long>();
		for (int back = 13; back >= 0; back--) {
			var day = reports.daily(last.minusDays(back));
			labels.add(day.date().toString().substring(5));
			services.add(day.services());
			satisfaction.add(day.satisfactionRate() == null ? null : day.satisfactionRate().doubleValue() * 100);
			waits.add(day.averageWaitMinutes() == null ? null : day.averageWaitMinutes().doubleValue());
			opened.add(day.hotline().opened());
			closed.add(day.hotline().closed());
		}
		var result = new LinkedHashMap<String, List<?>>();
		result.put("labels", labels);
		result.put("services", services);
		result.put("satisfaction", satisfaction);
		result.put("waits", waits);
		result.put("hotlineOpened", opened);
		result.put("hotlineClosed", closed);
		return result;
	}

	@GetMapping("/staff/reports/weekly.pdf")
	ResponseEntity<byte[]> weeklyPdf(@RequestParam String week, Locale locale) {
		var bulletin = reports.weekly(week);
		return file(documents.weeklyPdf(bulletin, locale), MediaType.APPLICATION_PDF, "weekly-" + bulletin.week() + ".pdf");
	}

	@GetMapping("/staff/reports/weekly.xlsx")
	ResponseEntity<byte[]> weeklyXlsx(@RequestParam String week, Locale locale) {
		var bulletin = reports.weekly(week);
		return file(documents.weeklyXlsx(bulletin, locale), MediaType.parseMediaType(ReportController.XLSX),
				"weekly-" + bulletin.week() + ".xlsx");
	}

	@GetMapping("/staff/reports/monthly.pdf")
	ResponseEntity<byte[]> monthlyPdf(@RequestParam String month, Locale locale) {
		var review = reports.monthly(month);
		return file(documents.monthlyPdf(review, locale), MediaType.APPLICATION_PDF, "monthly-" + review.month() + ".pdf");
	}

	@GetMapping("/staff/reports/monthly.xlsx")
	ResponseEntity<byte[]> monthlyXlsx(@RequestParam String month, Locale locale) {
		var review = reports.monthly(month);
		return file(documents.monthlyXlsx(review, locale), MediaType.parseMediaType(ReportController.XLSX),
				"monthly-" + review.month() + ".xlsx");
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
			.body(body);
	}
}
