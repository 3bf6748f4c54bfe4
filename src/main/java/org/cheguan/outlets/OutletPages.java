package org.cheguan.outlets;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cheguan.shared.DistrictCode;
import org.cheguan.shared.GeoPoint;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outlet pages. Public: {@code /outlets}, find an outlet (list and SVG map; kind, service and open-now filters,
 * nearest to a district's centre first), reachable without sign-in because finding an office needs no account.
 * Staff console {@code /staff/outlets} (ADMIN, CLERK, SUPERVISOR): the coverage map of a kind and radius (districts
 * coloured by covered share, outlets as dots, the table beside it as the accessible equivalent), siting of new
 * outlets, and the mobile-office planner (calendar, reach, new visit; planning for ADMIN and SUPERVISOR only).
 */
@Controller
class OutletPages {

	static final int LIST_LIMIT = 50;

	private final Outlets outlets;

	private final Coverage coverage;

	private final MobileVisits visits;

	private final Districts districts;

	private final ServiceMatrix matrix;

	private final MessageSource messages;

	private final Clock clock;

	private volatile @Nullable MapSvg map;

	OutletPages(Outlets outlets, Coverage coverage, MobileVisits visits, Districts districts, ServiceMatrix matrix,
			MessageSource messages, Clock clock) {
		this.outlets = outlets;
		this.coverage = coverage;
		this.visits = visits;
		this.districts = districts;
		this.matrix = matrix;
		this.messages = messages;
		this.clock = clock;
	}

	record Dot(double x, double y, String label) {
	}

	record VisitRow(LocalDate date, String community, String place, String district, String services, String staff) {
	}

	record Row(String name, String kind, String district, @Nullable Long distanceMeters, String hoursToday,
			boolean openNow, List<String> services) {
	}

	@GetMapping("/outlets")
	String find(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String service,
			@RequestParam(required = false) @Nullable String district,
			@RequestParam(defaultValue = "false") boolean open, Model model, Locale locale) {
		var map = map();
		model.addAttribute("map", map);
		model.addAttribute("kinds", OutletKind.values());
		model.addAttribute("services", ServiceMatrix.CODES);
		model.addAttribute("districts", districts.all());
		model.addAttribute("kind", kind == null ? "" : kind);
		model.addAttribute("service", service == null ? "" : service);
		model.addAttribute("district", district == null ? "" : district);
		model.addAttribute("open", open);
		var rows = new ArrayList<Row>();
		var dots = new ArrayList<Dot>();
		try {
			GeoPoint near = null;
			DistrictCode code = null;
			if (district != null && !district.isBlank()) {
				code = DistrictCode.of(district);
				near = districts.get(code).centroid();
			}
			var now = clock.instant();
			var hits = outlets.search(new OutletQuery(OutletController.kind(kind), null,
					service == null || service.isBlank() ? null : service, near, open ? now : null, 2_000));
			for (var hit : hits.subList(0, Math.min(LIST_LIMIT, hits.size()))) {
				var outlet = hit.outlet();
				rows.add(new Row(outlet.name(), message("outlets.kind." + outlet.kind(), locale),
						districts.get(outlet.districtCode()).name(),
						hit.distanceMeters() == null ? null : Math.round(hit.distanceMeters()),
						hoursToday(outlet, locale), outlets.isOpenAt(outlet.id(), now),
						outlet.services().stream().sorted().map(s -> message("outlets.service." + s, locale)).toList()));
				dots.add(new Dot(map.x(outlet.location()), map.y(outlet.location()), outlet.name()));
			}
			model.addAttribute("total", hits.size());
		}
		catch (ProblemException ex) {
			model.addAttribute("error", messages.getMessage(ex.messageKey(), ex.messageArguments(), locale));
			model.addAttribute("total", 0);
		}
		model.addAttribute("rows", rows);
		model.addAttribute("dots", dots);
		return "outlets/find";
	}

	@GetMapping("/staff/outlets")
	String console(@RequestParam(defaultValue = "EBIKE_REGISTRATION") String kind,
			@RequestParam(defaultValue = "2000") String radius, Model model, Locale locale,
			Authentication authentication) {
		fill(model, kind, radius, locale, authentication);
		return "outlets/console";
	}

	@PostMapping("/staff/outlets/plans")
	String plan(@RequestParam String kind, @RequestParam String radius, @RequestParam String count,
			@RequestParam(required = false) @Nullable List<String> districtCodes, Model model, Locale locale,
			Authentication authentication) {
		var parsedKind = fill(model, kind, radius, locale, authentication);
		model.addAttribute("count", count);
		model.addAttribute("chosenDistricts", districtCodes == null ? List.of() : districtCodes);
		try {
			var plan = coverage.plan(parsedKind, integer(radius), integer(count),
					districtCodes == null ? List.of() : districtCodes);
			model.addAttribute("plan", plan);
			var map = map();
			model.addAttribute("siteDots", plan.sites().stream()
				.map(s -> new Dot(map.x(s.location()), map.y(s.location()), s.districtCode()))
				.toList());
		}
		catch (ProblemException ex) {
			model.addAttribute("planError", messages.getMessage(ex.messageKey(), ex.messageArguments(), locale));
		}
		return "outlets/console";
	}

	@PostMapping("/staff/outlets/visits")
	String schedule(@RequestParam String date, @RequestParam String place, @RequestParam String community,
			@RequestParam String districtCode, @RequestParam(required = false) @Nullable List<String> services,
			@RequestParam String staff, Authentication authentication, Locale locale, RedirectAttributes redirect) {
		var roles = authentication.getAuthorities().stream().map(a -> a.getAuthority()).toList();
		if (!roles.contains("ROLE_ADMIN") && !roles.contains("ROLE_SUPERVISOR")) {
			redirect.addFlashAttribute("visitError", message("op.visit.forbidden", locale));
			return "redirect:/staff/outlets#visits";
		}
		try {
			if (place.isBlank() || community.isBlank()) {
				throw new org.cheguan.shared.InvalidValue(org.cheguan.shared.InvalidValue.VALIDATION,
						"problem.validation.fields", null);
			}
			var visit = visits.schedule(LocalDate.parse(date.strip()), place, community, DistrictCode.of(districtCode),
					null, services == null ? Set.of() : new LinkedHashSet<>(services),
					Arrays.asList(staff.split("[,，\\s]+")), false);
			redirect.addFlashAttribute("visitSaved", message("op.visit.saved", locale) + " " + visit.date() + " "
					+ visit.community());
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("visitError",
					messages.getMessage(ex.messageKey(), ex.messageArguments(), locale));
		}
		catch (DateTimeParseException ex) {
			redirect.addFlashAttribute("visitError", message("op.visit.bad-date", locale));
		}
		return "redirect:/staff/outlets#visits";
	}

	private OutletKind fill(Model model, String kind, String radius, Locale locale, Authentication authentication) {
		var map = map();
		model.addAttribute("map", map);
		model.addAttribute("kinds", OutletKind.values());
		model.addAttribute("districts", districts.all());
		model.addAttribute("legend", List.of(0.1, 0.3, 0.5, 0.7, 0.9).stream().map(MapSvg::fill).toList());
		model.addAttribute("mobileServices", matrix.servicesOf(OutletKind.MOBILE).stream().sorted().toList());
		model.addAttribute("radius", radius);
		var roles = authentication.getAuthorities().stream().map(a -> a.getAuthority()).toList();
		model.addAttribute("canPlanVisits", roles.contains("ROLE_ADMIN") || roles.contains("ROLE_SUPERVISOR"));
		OutletKind parsed = OutletKind.EBIKE_REGISTRATION;
		try {
			var k = OutletController.kind(kind);
			parsed = k == null ? OutletKind.EBIKE_REGISTRATION : k;
			model.addAttribute("kind", parsed.name());
			var report = coverage.coverage(parsed, integer(radius));
			model.addAttribute("report", report);
			var byCode = new java.util.HashMap<String, String>();
			report.districts().forEach(d -> byCode.put(d.code(), MapSvg.fill(d.coveredShare())));
			model.addAttribute("fills", byCode);
			model.addAttribute("dots", outlets.ofKind(parsed).stream()
				.map(o -> new Dot(map.x(o.location()), map.y(o.location()), o.name()))
				.toList());
		}
		catch (ProblemException ex) {
			model.addAttribute("kind", parsed.name());
			model.addAttribute("error", messages.getMessage(ex.messageKey(), ex.messageArguments(), locale));
			model.addAttribute("fills", java.util.Map.of());
			model.addAttribute("dots", List.of());
		}
		var today = OfficeTime.today(clock);
		model.addAttribute("visits", visits.calendar(today.minusDays(7), today.plusDays(28), 0, 200).stream()
			.map(v -> new VisitRow(v.date(), v.community(), v.place(), districts.get(v.districtCode()).name(),
					String.join("、", v.services().stream().sorted()
						.map(code -> messages.getMessage("outlets.service." + code, null, code, locale))
						.toList()),
					String.join(", ", v.staff())))
			.toList());
		model.addAttribute("today", today);
		model.addAttribute("reach", visits.reach());
		model.addAttribute("reportedServices", MobileReach.SERVICES_REPORTED_2014_2023);
		return parsed;
	}

	private static int integer(String text) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new org.cheguan.shared.InvalidValue(org.cheguan.shared.InvalidValue.VALIDATION,
					"outlets.coverage.radius", null, -1, Coverage.MAX_RADIUS_METERS);
		}
	}

	private String hoursToday(Outlet outlet, Locale locale) {
		var hours = outlets.openingHours(outlet.id());
		if (hours.alwaysOpen()) {
			return message("op.hours.always", locale);
		}
		var today = LocalDateTime.ofInstant(clock.instant(), OfficeTime.ZONE).toLocalDate();
		var day = hours.hoursOn(today, outlets.calendar());
		if (day == null) {
			return message("op.hours.closed-today", locale);
		}
		var text = day.opens() + "–" + day.closes();
		return day.lunchService() ? text + " " + message("op.hours.lunch-service", locale)
				: text + " " + messages.getMessage("op.hours.lunch-break",
						new Object[] { day.lunchFrom() + "–" + day.lunchTo() }, locale);
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private MapSvg map() {
		var current = map;
		if (current == null) {
			current = new MapSvg(districts);
			map = current;
		}
		return current;
	}
}
