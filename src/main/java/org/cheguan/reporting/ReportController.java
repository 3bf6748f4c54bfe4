package org.cheguan.reporting;

import java.time.LocalDate;
import java.util.Locale;

import org.cheguan.shared.Forbidden;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports over HTTP (api-contract.md, Reports), for supervisors and administrators only (403 otherwise). The daily
 * statistics, the weekly bulletin and the monthly review answer JSON by default, a PDF for {@code Accept: application/pdf} and an Excel
 * workbook for the {@code .xlsx} media type, in the request's language (Accept-Language, or {@code ?lang=en}).
 */
@RestController
class ReportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Reports reports;

	private final ReportDocuments documents;

	ReportController(Reports reports, ReportDocuments documents) {
		this.reports = reports;
		this.documents = documents;
	}

	@GetMapping(path = "/api/v1/reports/daily", produces = MediaType.APPLICATION_JSON_VALUE)
	Reports.DailyReport daily(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Authentication caller) {
		requireSupervisor(caller);
		return reports.daily(date);
	}

	@GetMapping(path = "/api/v1/reports/districts", produces = MediaType.APPLICATION_JSON_VALUE)
	Reports.DistrictMap districts(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Authentication caller) {
		requireSupervisor(caller);
		return reports.districts(from, to);
	}

	@GetMapping(path = "/api/v1/reports/daily", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> dailyPdf(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) @Nullable String lang, Locale locale, Authentication caller) {
		requireSupervisor(caller);
		var day = reports.daily(date);
		return document(documents.dailyPdf(day, language(lang, locale)), MediaType.APPLICATION_PDF, "daily-" + day.date() + ".pdf");
	}

	@GetMapping(path = "/api/v1/reports/daily", produces = XLSX)
	ResponseEntity<byte[]> dailyXlsx(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) @Nullable String lang, Locale locale, Authentication caller) {
		requireSupervisor(caller);
		var day = reports.daily(date);
		return document(documents.dailyXlsx(day, language(lang, locale)), MediaType.parseMediaType(XLSX), "daily-" + day.date() + ".xlsx");
	}

	@GetMapping(path = "/api/v1/reports/weekly", produces = MediaType.APPLICATION_JSON_VALUE)
	Reports.WeeklyBulletin weekly(@RequestParam String week, Authentication caller) {
		requireSupervisor(caller);
		return reports.weekly(week);
	}

	@GetMapping(path = "/api/v1/reports/weekly", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> weeklyPdf(@RequestParam String week, @RequestParam(required = false) @Nullable String lang,
			Locale locale, Authentication caller) {
		requireSupervisor(caller);
		var bulletin = reports.weekly(week);
		return document(documents.weeklyPdf(bulletin, language(lang, locale)), MediaType.APPLICATION_PDF, "weekly-" + bulletin.week() + ".pdf");
	}

	@GetMapping(path = "/api/v1/reports/weekly", produces = XLSX)
	ResponseEntity<byte[]> weeklyXlsx(@RequestParam String week, @RequestParam(required = false) @Nullable String lang,
			Locale locale, Authentication caller) {
		requireSupervisor(caller);
		var bulletin = reports.weekly(week);
		return document(documents.weeklyXlsx(bulletin, language(lang, locale)), MediaType.parseMediaType(XLSX),
				"weekly-" + bulletin.week() + ".xlsx");
	}

	@GetMapping(path = "/api/v1/reports/monthly", produces = MediaType.APPLICATION_JSON_VALUE)
	Reports.MonthlyReview monthly(@RequestParam String month, Authentication caller) {
		requireSupervisor(caller);
		return reports.monthly(month);
	}

	@GetMapping(path = "/api/v1/reports/monthly", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> monthlyPdf(@RequestParam String month, @RequestParam(required = false) @Nullable String lang,
			Locale locale, Authentication caller) {
		requireSupervisor(caller);
		var review = reports.monthly(month);
		return document(documents.monthlyPdf(review, language(lang, locale)), MediaType.APPLICATION_PDF, "monthly-" + review.month() + ".pdf");
	}

	@GetMapping(path = "/api/v1/reports/monthly", produces = XLSX)
	ResponseEntity<byte[]> monthlyXlsx(@RequestParam String month, @RequestParam(required = false) @Nullable String lang,
			Locale locale, Authentication caller) {
		requireSupervisor(caller);
		var review = reports.monthly(month);
		return document(documents.monthlyXlsx(review, language(lang, locale)), MediaType.parseMediaType(XLSX),
				"monthly-" + review.month() + ".xlsx");
	}

	private static ResponseEntity<byte[]> document(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	/**
	 * @param lang the lang parameter of an API call (en or zh-CN), which the pages' language switch does not see
	 * @param resolved the language of the request (cookie, then Accept-Language)
	 * @return English when either asks for it, else zh-CN
	 */
	static Locale language(@Nullable String lang, Locale resolved) {
		if (lang != null && !lang.isBlank()) {
			return lang.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
		}
		return "en".equals(resolved.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
	}

	static void requireSupervisor(Authentication caller) {
		for (var authority : caller.getAuthorities()) {
			if (authority.getAuthority().equals("ROLE_ADMIN") || authority.getAuthority().equals("ROLE_SUPERVISOR")) {
				return;
			}
		}
		throw new Forbidden("problem.forbidden");
	}
}
