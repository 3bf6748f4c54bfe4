package org.cheguan.vehicles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cheguan.identity.CitizenPrincipal;
import org.cheguan.shared.Channel;
import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.PlateNumber;
import org.cheguan.shared.ProblemException;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.shared.Vin;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vehicle pages of the staff console ({@code /staff/vehicles/**}, ADMIN, CLERK and SUPERVISOR by WorkArea) and the
 * citizen's my vehicles page ({@code /citizen/vehicles}): the registration wizard (VIN and owner → checks → plate choice
 * → done), the vehicle file with the transfer form, transfer-in, and the coordination case with its timeline; the
 * citizen sees plate, inspection due date, the electronic sign (applied for here when the window is open) and the
 * progress of their cases. A refused request is shown in the page, in the page's language, with what was typed.
 */
@Controller
class VehiclePages {

	private static final String BASE = "/staff/vehicles";

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(OfficeTime.ZONE);

	private final VehicleRegistrations registrations;

	private final TransferIns transferIns;

	private final Plates plates;

	private final Inspections inspections;

	private final VehicleRules rules;

	private final InspectionSchedule schedule;

	private final MessageSource messages;

	private final Clock clock;

	VehiclePages(VehicleRegistrations registrations, TransferIns transferIns, Plates plates, Inspections inspections,
			VehicleRules rules, InspectionSchedule schedule, MessageSource messages, Clock clock) {
		this.registrations = registrations;
		this.transferIns = transferIns;
		this.plates = plates;
		this.inspections = inspections;
		this.rules = rules;
		this.schedule = schedule;
		this.messages = messages;
		this.clock = clock;
	}

	@ModelAttribute("minutes")
	DateTimeFormatter minutes() {
		return MINUTES;
	}

	// ---- home -------------------------------------------------------------------------------------------------

	@GetMapping(BASE)
	String home(@RequestParam(required = false) @Nullable String vin, Model model, Locale locale) {
		model.addAttribute("vin", vin == null ? "" : vin);
		model.addAttribute("cases", transferIns.open(20));
		if (vin != null && !vin.isBlank()) {
			try {
				return "redirect:" + BASE + "/" + registrations.view(Vin.of(vin).value()).vin();
			}
			catch (ProblemException ex) {
				model.addAttribute("error", message(ex, locale));
			}
		}
		return "vehicles/home";
	}

	// ---- registration wizard ----------------------------------------------------------------------------------

	@GetMapping(BASE + "/registrations/new")
	String newRegistration(Model model) {
		var today = OfficeTime.today(clock);
		model.addAttribute("form", new RegistrationForm("", "", "", "", VehicleType.SMALL_PASSENGER.name(),
				Usage.NON_COMMERCIAL.name(), Energy.FUEL.name(), "5", today.minusMonths(1).toString(),
				today.plusYears(1).toString(), "", true, false));
		return step1(model, Map.of());
	}

	@PostMapping(BASE + "/registrations/check")
	String check(@ModelAttribute RegistrationForm form, Model model, Locale locale) {
		model.addAttribute("form", form);
		var errors = validate(form, locale);
		if (!errors.isEmpty()) {
			return step1(model, errors);
		}
		var today = OfficeTime.today(clock);
		var vin = Vin.of(form.vin());
		var type = VehicleType.valueOf(form.vehicleType());
		var usage = Usage.valueOf(form.usage());
		var energy = Energy.valueOf(form.energy());
		var manufactured = LocalDate.parse(form.manufacturedOn());
		var facts = new InspectionSchedule.Facts(type, usage, Integer.parseInt(form.seats()), false, manufactured,
				today, false, false);
		model.addAttribute("vinChecked", vin);
		model.addAttribute("modelYears", vin.modelYearCandidates());
		model.addAttribute("identityCheck", rules.identityCheckRequired(type, usage, Boolean.TRUE.equals(form.domesticModelApproved()),
				Boolean.TRUE.equals(form.accidentBeforeRegistration()), manufactured, today));
		model.addAttribute("plateKind", type.plateKind(energy).name());
		model.addAttribute("firstDue", schedule.first(facts));
		model.addAttribute("exempt", schedule.exempt(facts));
		model.addAttribute("singleId", VehicleRules.singleIdService(type, usage));
		boolean registered;
		try {
			registrations.view(vin.value());
			registered = true;
		}
		catch (ProblemException ex) {
			registered = false;
		}
		model.addAttribute("alreadyRegistered", registered);
		model.addAttribute("step", 2);
		return "vehicles/register";
	}

	@PostMapping(BASE + "/registrations/plates")
	String choosePlate(@ModelAttribute RegistrationForm form, Authentication authentication, Model model,
			Locale locale) {
		model.addAttribute("form", form);
		var errors = validate(form, locale);
		if (!errors.isEmpty()) {
			return step1(model, errors);
		}
		return step3(form, authentication, model, null);
	}

	@PostMapping(BASE + "/registrations")
	String register(@ModelAttribute RegistrationForm form, @RequestParam(defaultValue = "") String plate,
			@RequestParam(defaultValue = "") String selfComposedPlate, Authentication authentication, Model model,
			Locale locale, RedirectAttributes redirect) {
		model.addAttribute("form", form);
		var errors = validate(form, locale);
		if (!errors.isEmpty()) {
			return step1(model, errors);
		}
		var selfComposed = plate.equals("SELF");
		try {
			var chosen = selfComposed ? selfComposedPlate : plate;
			if (chosen.isBlank()) {
				return step3(form, authentication, model, text("vp.plate.none-chosen", locale));
			}
			var result = registrations.register(new NewRegistration(Vin.of(form.vin()),
					ResidentIdNumber.of(form.ownerIdNumber(), clock), form.ownerName().strip(),
					form.ownerMobile().isBlank() ? null : MobileNumber.of(form.ownerMobile()),
					VehicleType.valueOf(form.vehicleType()), Usage.valueOf(form.usage()), Energy.valueOf(form.energy()),
					Integer.parseInt(form.seats()), false, form.model(), LocalDate.parse(form.manufacturedOn()),
					form.insuranceValidUntil().isBlank() ? null : LocalDate.parse(form.insuranceValidUntil()),
					Boolean.TRUE.equals(form.domesticModelApproved()),
					Boolean.TRUE.equals(form.accidentBeforeRegistration()), PlateNumber.of(chosen),
					selfComposed), ServiceContext.window(authentication.getName()));
			redirect.addFlashAttribute("notice", text("vp.registered", locale, result.plate(),
					result.registrationCertificateNumber(), result.electronicVehicleLicenceId()));
			return "redirect:" + BASE + "/" + result.vin();
		}
		catch (ProblemException ex) {
			model.addAttribute("selfComposedPlate", selfComposedPlate);
			return step3(form, authentication, model, message(ex, locale));
		}
	}

	private String step1(Model model, Map<String, String> errors) {
		model.addAttribute("errors", errors);
		model.addAttribute("types", VehicleType.values());
		model.addAttribute("usages", Usage.values());
		model.addAttribute("energies", Energy.values());
		model.addAttribute("step", 1);
		return "vehicles/register";
	}

	private String step3(RegistrationForm form, Authentication authentication, Model model, @Nullable String error) {
		var pool = plates.pool(VehicleType.valueOf(form.vehicleType()), Energy.valueOf(form.energy()),
				authentication.getName());
		model.addAttribute("pool", pool);
		model.addAttribute("error", error);
		model.addAttribute("heldUntil", MINUTES.format(pool.heldUntil()));
		if (!model.containsAttribute("selfComposedPlate")) {
			model.addAttribute("selfComposedPlate", rules.policy().authority().toString());
		}
		model.addAttribute("step", 3);
		return "vehicles/register";
	}

	private Map<String, String> validate(RegistrationForm form, Locale locale) {
		var errors = new LinkedHashMap<String, String>();
		try {
			Vin.of(form.vin());
		}
		catch (ProblemException ex) {
			errors.put("vin", message(ex, locale));
		}
		try {
			ResidentIdNumber.of(form.ownerIdNumber().strip(), clock);
		}
		catch (ProblemException ex) {
			errors.put("ownerIdNumber", message(ex, locale));
		}
		if (form.ownerName().isBlank() || form.ownerName().strip().length() > 50) {
			errors.put("ownerName", text("vp.error.name", locale));
		}
		if (!form.ownerMobile().isBlank()) {
			try {
				MobileNumber.of(form.ownerMobile());
			}
			catch (ProblemException ex) {
				errors.put("ownerMobile", message(ex, locale));
			}
		}
		if (form.model().isBlank() || form.model().length() > 100) {
			errors.put("model", text("vp.error.model", locale));
		}
		try {
			var seats = Integer.parseInt(form.seats().strip());
			if (seats < 1 || seats > 99) {
				errors.put("seats", text("vp.error.seats", locale));
			}
		}
		catch (NumberFormatException ex) {
			errors.put("seats", text("vp.error.seats", locale));
		}
		try {
			if (LocalDate.parse(form.manufacturedOn()).isAfter(OfficeTime.today(clock))) {
				errors.put("manufacturedOn", text("vp.error.future", locale));
			}
		}
		catch (DateTimeParseException ex) {
			errors.put("manufacturedOn", text("vp.error.date", locale));
		}
		if (!form.insuranceValidUntil().isBlank()) {
			try {
				LocalDate.parse(form.insuranceValidUntil());
			}
			catch (DateTimeParseException ex) {
				errors.put("insuranceValidUntil", text("vp.error.date", locale));
			}
		}
		try {
			VehicleType.valueOf(form.vehicleType());
			Usage.valueOf(form.usage());
			Energy.valueOf(form.energy());
		}
		catch (IllegalArgumentException ex) {
			errors.put("vehicleType", text("vp.error.choice", locale));
		}
		return errors;
	}

	// ---- vehicle file and transfer ----------------------------------------------------------------------------

	@GetMapping(BASE + "/{vin:[A-Za-z0-9]{17}}")
	String vehicle(@PathVariable String vin, Model model, Authentication authentication) {
		model.addAttribute("vehicle", registrations.view(Vin.of(vin).value()));
		if (!model.containsAttribute("transfer")) {
			model.addAttribute("transfer", new TransferForm("", "", "", OfficeTime.today(clock).toString(), false, ""));
		}
		model.addAttribute("canServe", authentication.getAuthorities().stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_CLERK") || a.getAuthority().equals("ROLE_ADMIN")));
		return "vehicles/vehicle";
	}

	@PostMapping(BASE + "/{vin:[A-Za-z0-9]{17}}/transfer")
	String transfer(@PathVariable String vin, @ModelAttribute TransferForm form, Authentication authentication,
			Model model, Locale locale, RedirectAttributes redirect) {
		VehicleController.requireRole(authentication, "CLERK", "ADMIN");
		try {
			var result = registrations.transfer(Vin.of(vin).value(), ResidentIdNumber.of(form.buyerIdNumber(), clock),
					form.buyerName(), form.buyerMobile().isBlank() ? null : MobileNumber.of(form.buyerMobile()),
					form.deliveredOn().isBlank() ? null : LocalDate.parse(form.deliveredOn()), Boolean.TRUE.equals(form.mortgageeConsent()),
					form.residencePermitNumber().isBlank() ? null : form.residencePermitNumber(),
					ServiceContext.window(authentication.getName()));
			redirect.addFlashAttribute("notice", text(result.overdue() ? "vp.transferred.overdue" : "vp.transferred",
					locale, result.ownerIdNumber(), result.deliveredOn()));
			return "redirect:" + BASE + "/" + result.vin();
		}
		catch (ProblemException | DateTimeParseException ex) {
			model.addAttribute("transfer", form);
			model.addAttribute("transferError", message(ex, locale));
			return vehicle(vin, model, authentication);
		}
	}

	// ---- transfer-in and cases ----------------------------------------------------------------------------------

	@GetMapping(BASE + "/transfer-ins/new")
	String newTransferIn(Model model) {
		model.addAttribute("form", new TransferInForm("", "", "", "", ""));
		return "vehicles/transfer-in";
	}

	@PostMapping(BASE + "/transfer-ins")
	String transferIn(@ModelAttribute TransferInForm form, Authentication authentication, Model model, Locale locale,
			RedirectAttributes redirect) {
		VehicleController.requireRole(authentication, "CLERK", "ADMIN");
		try {
			var outcome = transferIns.apply(Vin.of(form.vin()), PlateNumber.of(form.originPlate()),
					ResidentIdNumber.of(form.ownerIdNumber(), clock), form.ownerName(),
					form.ownerMobile().isBlank() ? null : MobileNumber.of(form.ownerMobile()),
					ServiceContext.window(authentication.getName()));
			if (outcome.blocked()) {
				redirect.addFlashAttribute("error", text("vp.transfer-in.blocked", locale));
				return "redirect:" + BASE + "/cases/" + outcome.coordinationCaseId();
			}
			redirect.addFlashAttribute("notice", text("vp.transfer-in.done", locale, outcome.plate()));
			return "redirect:" + BASE + "/" + outcome.vin();
		}
		catch (ProblemException ex) {
			model.addAttribute("form", form);
			model.addAttribute("error", message(ex, locale));
			return "vehicles/transfer-in";
		}
	}

	@GetMapping(BASE + "/cases/{id}")
	String coordinationCase(@PathVariable UUID id, Model model) {
		model.addAttribute("coordination", transferIns.view(id));
		model.addAttribute("kinds", List.of("ORIGIN_RESPONDED", "DATA_RETRANSMITTED", "REQUESTED_AT_ORIGIN", "NOTE",
				"FAILED"));
		return "vehicles/case";
	}

	@PostMapping(BASE + "/cases/{id}/events")
	String caseEvent(@PathVariable UUID id, @RequestParam(defaultValue = "NOTE") String kind,
			@RequestParam(defaultValue = "") String note, Authentication authentication, Locale locale,
			RedirectAttributes redirect) {
		VehicleController.requireRole(authentication, "CLERK", "ADMIN", "SUPERVISOR");
		try {
			var view = transferIns.record(id, kind, note, authentication.getName());
			redirect.addFlashAttribute("notice", view.state() == CoordinationState.RESOLVED
					? text("vp.case.resolved", locale, view.localPlate()) : text("vp.case.recorded", locale));
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", message(ex, locale));
		}
		return "redirect:" + BASE + "/cases/" + id;
	}

	// ---- citizen ------------------------------------------------------------------------------------------------

	@GetMapping("/citizen/vehicles")
	String mine(@AuthenticationPrincipal CitizenPrincipal principal, Model model) {
		model.addAttribute("vehicles", registrations.ofOwner(principal.citizenId()));
		model.addAttribute("cases", transferIns.ofCitizen(principal.citizenId()));
		return "vehicles/mine";
	}

	@PostMapping("/citizen/vehicles/{vin}/sign")
	String sign(@PathVariable String vin, @AuthenticationPrincipal CitizenPrincipal principal, Locale locale,
			RedirectAttributes redirect) {
		try {
			if (!registrations.owner(Vin.of(vin).value()).equals(principal.citizenId())) {
				throw new org.cheguan.shared.NotFound("vehicle", vin);
			}
			var validUntil = inspections.issueSign(Vin.of(vin).value(), false,
					new ServiceContext(Channel.ONLINE, null, null, null));
			redirect.addFlashAttribute("notice", text("vp.sign.issued", locale, validUntil));
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", message(ex, locale));
		}
		return "redirect:/citizen/vehicles";
	}

	// ---- shared -------------------------------------------------------------------------------------------------

	private String message(Exception ex, Locale locale) {
		if (ex instanceof ProblemException problem) {
			var arguments = problem.messageArguments();
			if (problem instanceof org.cheguan.shared.NotFound && arguments.length > 0) {
				arguments[0] = messages.getMessage("resource." + arguments[0], null, String.valueOf(arguments[0]),
						locale);
			}
			var text = messages.getMessage(problem.messageKey(), arguments, problem.messageKey(), locale);
			return problem.rule() == null ? text : text + " （" + problem.rule() + "）";
		}
		return text("vp.error.date", locale);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	/** What the clerk typed in the registration wizard; carried through the steps in hidden fields. */
	record RegistrationForm(String vin, String ownerIdNumber, String ownerName, String ownerMobile, String vehicleType,
			String usage, String energy, String seats, String manufacturedOn, String insuranceValidUntil, String model,
			@Nullable Boolean domesticModelApproved, @Nullable Boolean accidentBeforeRegistration) {

		RegistrationForm {
			domesticModelApproved = Boolean.TRUE.equals(domesticModelApproved);
			accidentBeforeRegistration = Boolean.TRUE.equals(accidentBeforeRegistration);
			vin = vin == null ? "" : vin.strip();
			ownerIdNumber = ownerIdNumber == null ? "" : ownerIdNumber.strip();
			ownerName = ownerName == null ? "" : ownerName;
			ownerMobile = ownerMobile == null ? "" : ownerMobile.strip();
			vehicleType = vehicleType == null ? "" : vehicleType;
			usage = usage == null ? "" : usage;
			energy = energy == null ? "" : energy;
			seats = seats == null ? "" : seats.strip();
			manufacturedOn = manufacturedOn == null ? "" : manufacturedOn.strip();
			insuranceValidUntil = insuranceValidUntil == null ? "" : insuranceValidUntil.strip();
			model = model == null ? "" : model.strip();
		}
	}

	/** The transfer form as typed. */
	record TransferForm(String buyerIdNumber, String buyerName, String buyerMobile, String deliveredOn,
			@Nullable Boolean mortgageeConsent, String residencePermitNumber) {

		TransferForm {
			mortgageeConsent = Boolean.TRUE.equals(mortgageeConsent);
			buyerIdNumber = buyerIdNumber == null ? "" : buyerIdNumber.strip();
			buyerName = buyerName == null ? "" : buyerName.strip();
			buyerMobile = buyerMobile == null ? "" : buyerMobile.strip();
			deliveredOn = deliveredOn == null ? "" : deliveredOn.strip();
			residencePermitNumber = residencePermitNumber == null ? "" : residencePermitNumber.strip();
		}
	}

	/** The transfer-in form as typed. */
	record TransferInForm(String vin, String originPlate, String ownerIdNumber, String ownerName, String ownerMobile) {

		TransferInForm {
			vin = vin == null ? "" : vin.strip();
			originPlate = originPlate == null ? "" : originPlate.strip();
			ownerIdNumber = ownerIdNumber == null ? "" : ownerIdNumber.strip();
			ownerName = ownerName == null ? "" : ownerName.strip();
			ownerMobile = ownerMobile == null ? "" : ownerMobile.strip();
		}
	}
}
