package org.cheguan.ebikes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cheguan.identity.CitizenPrincipal;
import org.cheguan.outlets.Outlet;
import org.cheguan.outlets.OutletKind;
import org.cheguan.outlets.Outlets;
import org.cheguan.shared.Channel;
import org.cheguan.shared.DomainRuleViolation;
import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.NotFound;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.ProblemException;
import org.cheguan.shared.ResidentIdNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The e-bike pages: the clerk's registration form at {@code /staff/ebikes} (work area EBIKES: ADMIN, CLERK,
 * SUPERVISOR; registering needs CLERK or ADMIN), an e-bike's page with its plate and electronic permit, and the
 * citizen's my e-bikes at {@code /citizen/ebikes}. A refused registration is shown in the form, in the page's
 * language, with every exceeded limit listed and what the clerk typed kept.
 */
@Controller
class EbikePages {

	private static final String BASE = "/staff/ebikes";

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(OfficeTime.ZONE);

	private final EbikeRegistrations registrations;

	private final Outlets outlets;

	private final MessageSource messages;

	private final java.time.Clock clock;

	EbikePages(EbikeRegistrations registrations, Outlets outlets, MessageSource messages, java.time.Clock clock) {
		this.registrations = registrations;
		this.outlets = outlets;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(BASE)
	String home(Authentication authentication, Model model) {
		var points = registrationPoints();
		var form = new Form("", "", "", "", "", "", "", "", "", "", BatteryType.LITHIUM_ION.name(), "", "", true,
				points.isEmpty() ? "" : points.get(0).id().toString(), "");
		return formPage(form, Map.of(), null, List.of(), authentication, model);
	}

	@PostMapping(BASE + "/registrations")
	String register(Form form, Authentication authentication, Model model, Locale locale,
			RedirectAttributes redirect) {
		require(authentication, "CLERK", "ADMIN");
		Map<String, String> errors = new LinkedHashMap<>();
		var owner = parse(errors, "ownerIdNumber", form.ownerIdNumber(), locale,
				text -> ResidentIdNumber.of(text, clock));
		required(errors, "ownerName", form.ownerName(), locale);
		var mobile = form.ownerMobile().isBlank() ? null
				: parse(errors, "ownerMobile", form.ownerMobile(), locale, MobileNumber::of);
		if (!form.frameNumber().strip().matches("[A-Za-z0-9-]{1,30}")) {
			errors.put("frameNumber", text("ep.error.frame", locale));
		}
		required(errors, "brand", form.brand(), locale);
		required(errors, "model", form.model(), locale);
		LocalDate madeOn = null;
		try {
			madeOn = LocalDate.parse(form.manufacturedOn().strip());
		}
		catch (DateTimeParseException ex) {
			errors.put("manufacturedOn", text("ep.error.date", locale));
		}
		var speed = number(errors, "maxSpeedKmh", form.maxSpeedKmh(), locale);
		var mass = number(errors, "massKg", form.massKg(), locale);
		var voltage = number(errors, "batteryVoltage", form.batteryVoltage(), locale);
		var power = number(errors, "motorPowerWatts", form.motorPowerWatts(), locale);
		if (power != null && (power.scale() > 0 && power.stripTrailingZeros().scale() > 0
				|| power.compareTo(BigDecimal.valueOf(100_000)) > 0)) {
			errors.put("motorPowerWatts", text("ep.error.number", locale));
		}
		BatteryType battery = null;
		try {
			battery = BatteryType.valueOf(form.batteryType());
		}
		catch (IllegalArgumentException ex) {
			errors.put("batteryType", text("ep.error.required", locale));
		}
		UUID outlet = null;
		try {
			outlet = UUID.fromString(form.outletId().strip());
		}
		catch (IllegalArgumentException ex) {
			errors.put("outletId", text("ep.error.outlet", locale));
		}
		String formError = null;
		List<String> violations = List.of();
		if (errors.isEmpty() && owner != null && madeOn != null && speed != null && mass != null && voltage != null
				&& power != null && battery != null && outlet != null) {
			var bike = new EbikeSpecification(madeOn, speed, mass, battery, voltage, power.intValueExact(),
					Boolean.TRUE.equals(form.hasPedals()), form.certificateNumber().isBlank() ? null : form.certificateNumber().strip());
			try {
				var ebike = registrations.register(new NewEbikeRegistration(form.frameNumber(), owner,
						form.ownerName().strip(), mobile, form.brand(), form.model(), bike, outlet,
						form.plate().isBlank() ? null : form.plate()), Channel.WINDOW, authentication.getName());
				redirect.addAttribute("plate", ebike.plate());
				redirect.addAttribute("created", "");
				return "redirect:" + BASE + "/bike";
			}
			catch (DomainRuleViolation ex) {
				if (ex.properties().get("violations") instanceof List<?> list && !list.isEmpty()) {
					formError = messages.getMessage("ep.violations.title", null, locale);
					violations = list.stream().map(item -> messages.getMessage(EbikeRules.describe((LimitExceeded) item),
							locale)).map(EbikePages::trimSeparator).toList();
				}
				else {
					formError = message(ex, locale);
				}
			}
			catch (ProblemException ex) {
				formError = message(ex, locale);
			}
		}
		return formPage(form, errors, formError, violations, authentication, model);
	}

	@GetMapping(BASE + "/find")
	String find(@RequestParam(defaultValue = "") String plate, Authentication authentication, Model model,
			Locale locale, RedirectAttributes redirect) {
		try {
			var ebike = registrations.byPlate(plate);
			redirect.addAttribute("plate", ebike.plate());
			return "redirect:" + BASE + "/bike";
		}
		catch (ProblemException ex) {
			model.addAttribute("findPlate", plate);
			model.addAttribute("findError", text("ep.find.not-found", locale, plate));
			var points = registrationPoints();
			var form = new Form("", "", "", "", "", "", "", "", "", "", BatteryType.LITHIUM_ION.name(), "", "", true,
					points.isEmpty() ? "" : points.get(0).id().toString(), "");
			return formPage(form, Map.of(), null, List.of(), authentication, model);
		}
	}

	@GetMapping(BASE + "/bike")
	String bike(@RequestParam String plate, @RequestParam(required = false) @Nullable String created, Model model,
			Locale locale) {
		var ebike = registrations.byPlate(plate);
		model.addAttribute("ebike", view(ebike));
		if (created != null) {
			model.addAttribute("notice", text("ep.bike.created", locale));
		}
		return "ebikes/bike";
	}

	@GetMapping("/citizen/ebikes")
	String mine(@AuthenticationPrincipal CitizenPrincipal citizen, Model model) {
		model.addAttribute("ebikes", registrations.ofCitizen(citizen.citizenId(), 0, EbikeRegistrations.MAX_PAGE_SIZE)
			.stream().map(this::view).toList());
		return "ebikes/mine";
	}

	private String formPage(Form form, Map<String, String> errors, @Nullable String formError, List<String> violations,
			Authentication authentication, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("formError", formError);
		model.addAttribute("violations", violations);
		model.addAttribute("outlets", registrationPoints());
		model.addAttribute("batteryTypes", BatteryType.values());
		model.addAttribute("format", registrations.format());
		model.addAttribute("canRegister", authentication.getAuthorities().stream()
			.anyMatch(a -> "ROLE_CLERK".equals(a.getAuthority()) || "ROLE_ADMIN".equals(a.getAuthority())));
		model.addAttribute("today", OfficeTime.today(clock));
		if (!model.containsAttribute("findPlate")) {
			model.addAttribute("findPlate", "");
		}
		return "ebikes/home";
	}

	private List<Outlet> registrationPoints() {
		return outlets.ofKind(OutletKind.EBIKE_REGISTRATION).stream()
			.sorted(java.util.Comparator.comparing(Outlet::name))
			.toList();
	}

	private View view(Ebike ebike) {
		var outletName = outlets.find(ebike.outletId()).map(Outlet::name).orElse(ebike.outletId().toString());
		return new View(ebike, outletName, MINUTES.format(ebike.registeredAt()));
	}

	private static String trimSeparator(String text) {
		var trimmed = text.strip();
		return trimmed.endsWith("；") || trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

	private <T> @Nullable T parse(Map<String, String> errors, String field, String text, Locale locale,
			java.util.function.Function<String, T> parser) {
		if (text.isBlank()) {
			errors.put(field, text("ep.error.required", locale));
			return null;
		}
		try {
			return parser.apply(text.strip());
		}
		catch (ProblemException ex) {
			errors.put(field, message(ex, locale));
			return null;
		}
	}

	private void required(Map<String, String> errors, String field, String text, Locale locale) {
		if (text.isBlank()) {
			errors.put(field, text("ep.error.required", locale));
		}
	}

	private @Nullable BigDecimal number(Map<String, String> errors, String field, String text, Locale locale) {
		try {
			var value = new BigDecimal(text.strip());
			if (value.signum() > 0 && value.compareTo(BigDecimal.valueOf(100_000)) <= 0 && value.scale() <= 2) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		errors.put(field, text("ep.error.number", locale));
		return null;
	}

	private static void require(Authentication authentication, String... roles) {
		for (var authority : authentication.getAuthorities()) {
			for (var role : roles) {
				if (("ROLE_" + role).equals(authority.getAuthority())) {
					return;
				}
			}
		}
		throw new ResponseStatusException(HttpStatus.FORBIDDEN);
	}

	private String message(ProblemException problem, Locale locale) {
		var arguments = problem.messageArguments();
		if (problem instanceof NotFound && arguments.length > 0) {
			arguments[0] = messages.getMessage("resource." + arguments[0], null, String.valueOf(arguments[0]), locale);
		}
		return messages.getMessage(problem.messageKey(), arguments, problem.messageKey(), locale);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	/** What the clerk typed into the registration form. */
	record Form(String ownerIdNumber, String ownerName, String ownerMobile, String frameNumber, String brand,
			String model, String certificateNumber, String manufacturedOn, String maxSpeedKmh, String massKg,
			String batteryType, String batteryVoltage, String motorPowerWatts, @Nullable Boolean hasPedals, String outletId,
			String plate) {

		Form {
			ownerIdNumber = blank(ownerIdNumber);
			ownerName = blank(ownerName);
			ownerMobile = blank(ownerMobile);
			frameNumber = blank(frameNumber);
			brand = blank(brand);
			model = blank(model);
			certificateNumber = blank(certificateNumber);
			manufacturedOn = blank(manufacturedOn);
			maxSpeedKmh = blank(maxSpeedKmh);
			massKg = blank(massKg);
			batteryType = blank(batteryType);
			batteryVoltage = blank(batteryVoltage);
			motorPowerWatts = blank(motorPowerWatts);
			outletId = blank(outletId);
			plate = blank(plate);
		}

		private static String blank(@Nullable String text) {
			return text == null ? "" : text;
		}
	}

	/** An e-bike with the name of its registration point and its registration time in office time. */
	record View(Ebike ebike, String outletName, String registeredAt) {
	}
}
