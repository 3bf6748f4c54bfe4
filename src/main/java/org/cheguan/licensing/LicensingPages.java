package org.cheguan.licensing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cheguan.identity.CitizenPrincipal;
import org.cheguan.identity.Citizens;
import org.cheguan.identity.Role;
import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.ProblemException;
import org.cheguan.shared.ResidentIdNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The licensing pages of the staff console ({@code /staff/licensing/**}) and the citizen's "my applications"
 * ({@code /citizen/licensing}): a clerk accepts an application and requests bookings, an examiner enters results on a
 * session's roster, an administrator runs the allocation and records venue outages, a supervisor grants the green
 * channel. The area is open to ADMIN, CLERK, EXAMINER and SUPERVISOR (SecurityConfiguration); each action checks its
 * own roles here. A refused request (a rule, a conflict, a bad value) is shown in the page, in the page's language,
 * with what the user typed.
 */
@Controller
class LicensingPages {

	/** How far ahead the pages offer sessions: the demo plan's 28 days. */
	static final int PLAN_DAYS = 28;

	/** Session choices offered in one select. */
	private static final int MAX_CHOICES = 60;

	private static final String BASE = "/staff/licensing";

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(OfficeTime.ZONE);

	private final LicenceApplications applications;

	private final ExamBookings bookings;

	private final ExamPlan plan;

	private final ExamRosters rosters;

	private final Citizens citizens;

	private final MessageSource messages;

	private final Clock clock;

	LicensingPages(LicenceApplications applications, ExamBookings bookings, ExamPlan plan, ExamRosters rosters,
			Citizens citizens, MessageSource messages, Clock clock) {
		this.applications = applications;
		this.bookings = bookings;
		this.plan = plan;
		this.rosters = rosters;
		this.citizens = citizens;
		this.messages = messages;
		this.clock = clock;
	}

	// ---- home -------------------------------------------------------------------------------------------------

	@GetMapping(BASE)
	String home(Authentication authentication, Model model) {
		addRoles(authentication, model);
		model.addAttribute("applicationId", "");
		return "licensing/home";
	}

	@GetMapping(BASE + "/open")
	String open(@RequestParam(defaultValue = "") String applicationId, Authentication authentication, Model model,
			Locale locale) {
		var id = uuid(applicationId);
		if (id == null) {
			// at the window the applicant shows an identity card, not an application number: their newest one
			id = newestApplicationOf(applicationId.strip());
		}
		if (id != null) {
			try {
				applications.details(id);
				return "redirect:" + BASE + "/applications/" + id;
			}
			catch (ProblemException ex) {
				// unknown id: said below
			}
		}
		addRoles(authentication, model);
		model.addAttribute("applicationId", applicationId);
		model.addAttribute("error", text("lp.open.not-found", locale));
		return "licensing/home";
	}

	private @Nullable UUID newestApplicationOf(String idNumber) {
		try {
			return citizens.findByIdNumber(ResidentIdNumber.of(idNumber))
				.map(citizen -> rosters.applicationsOf(citizen).stream().findFirst().orElse(null))
				.orElse(null);
		}
		catch (ProblemException notAnIdNumber) {
			return null;
		}
	}

	// ---- new application --------------------------------------------------------------------------------------

	@GetMapping(BASE + "/applications/new")
	String newApplication(Authentication authentication, Model model) {
		require(authentication, Role.CLERK, Role.ADMIN);
		model.addAttribute("form", new ApplicationForm("", "", "", LicenceClass.C1.name(), false, false, false));
		model.addAttribute("errors", Map.of());
		model.addAttribute("classes", LicenceClass.values());
		return "licensing/new-application";
	}

	@PostMapping(BASE + "/applications")
	String apply(@RequestParam(defaultValue = "") String idNumber, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String mobile, @RequestParam(defaultValue = "C1") String licenceClass,
			@RequestParam(defaultValue = "false") boolean militaryExchange,
			@RequestParam(defaultValue = "false") boolean serviceRecordConfirmed,
			@RequestParam(defaultValue = "false") boolean vocationalStudent, Authentication authentication,
			Model model, Locale locale) {
		require(authentication, Role.CLERK, Role.ADMIN);
		var form = new ApplicationForm(idNumber, name, mobile, licenceClass, militaryExchange, serviceRecordConfirmed,
				vocationalStudent);
		Map<String, String> errors = new LinkedHashMap<>();
		ResidentIdNumber id = null;
		MobileNumber number = null;
		try {
			id = ResidentIdNumber.of(idNumber.strip(), clock);
		}
		catch (ProblemException ex) {
			errors.put("idNumber", message(ex, locale));
		}
		if (name.isBlank()) {
			errors.put("name", text("lp.error.name", locale));
		}
		try {
			number = MobileNumber.of(mobile.strip());
		}
		catch (ProblemException ex) {
			errors.put("mobile", message(ex, locale));
		}
		var chosen = Arrays.stream(LicenceClass.values()).filter(c -> c.name().equals(licenceClass)).findFirst();
		if (chosen.isEmpty()) {
			errors.put("licenceClass", text("lp.error.class", locale));
		}
		if (errors.isEmpty() && id != null && number != null) {
			try {
				var details = applications.apply(id, number, name.strip(), chosen.get(), militaryExchange,
						serviceRecordConfirmed, null, vocationalStudent);
				return "redirect:" + BASE + "/applications/" + details.id() + "?created";
			}
			catch (ProblemException ex) {
				errors.put("form", message(ex, locale));
			}
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("classes", LicenceClass.values());
		return "licensing/new-application";
	}

	// ---- one application --------------------------------------------------------------------------------------

	@GetMapping(BASE + "/applications/{id}")
	String application(@PathVariable UUID id, @RequestParam(required = false) @Nullable String subject,
			@RequestParam(required = false) @Nullable String created, Authentication authentication, Model model,
			Locale locale) {
		if (created != null && !model.containsAttribute("notice")) {
			model.addAttribute("notice", text("lp.application.created", locale));
		}
		return applicationPage(id, subject, authentication, model, locale);
	}

	@PostMapping(BASE + "/applications/{id}/three-ability-tests")
	String threeAbilityTests(@PathVariable UUID id, @RequestParam(defaultValue = "") String passedOn,
			Authentication authentication, Model model, Locale locale, RedirectAttributes redirect) {
		require(authentication, Role.CLERK, Role.ADMIN, Role.SUPERVISOR);
		try {
			applications.recordThreeAbilityTests(id, date(passedOn));
			redirect.addFlashAttribute("notice", text("lp.three-ability.recorded", locale));
			return "redirect:" + BASE + "/applications/" + id;
		}
		catch (ProblemException | DateTimeParseException ex) {
			model.addAttribute("error", message(ex, locale));
			model.addAttribute("passedOn", passedOn);
			return applicationPage(id, null, authentication, model, locale);
		}
	}

	@PostMapping(BASE + "/applications/{id}/booking-requests")
	String requestBooking(@PathVariable UUID id, @RequestParam String subject,
			@RequestParam(name = "preference", required = false) @Nullable List<String> preferences,
			Authentication authentication, Model model, Locale locale, RedirectAttributes redirect) {
		require(authentication, Role.CLERK, Role.ADMIN, Role.SUPERVISOR);
		var chosen = preferences == null ? List.<String>of()
				: preferences.stream().filter(p -> !p.isBlank()).toList();
		try {
			var ids = chosen.stream().map(LicensingPages::uuidOrThrow).toList();
			var request = bookings.request(id, subject(subject), ids);
			redirect.addFlashAttribute("notice", text("lp.request.made", locale, request.preferences().size()));
			return "redirect:" + BASE + "/applications/" + id + "?subject=" + request.subject().name();
		}
		catch (ProblemException | IllegalArgumentException ex) {
			model.addAttribute("error", message(ex, locale));
			model.addAttribute("chosenPreferences", chosen);
			return applicationPage(id, subject, authentication, model, locale);
		}
	}

	@PostMapping(BASE + "/applications/{id}/bookings/{bookingId}/cancel")
	String cancelBooking(@PathVariable UUID id, @PathVariable UUID bookingId, Authentication authentication,
			Model model, Locale locale, RedirectAttributes redirect) {
		require(authentication, Role.CLERK, Role.ADMIN, Role.SUPERVISOR);
		try {
			bookings.cancel(id, bookingId);
			redirect.addFlashAttribute("notice", text("lp.booking.cancelled", locale));
			return "redirect:" + BASE + "/applications/" + id;
		}
		catch (ProblemException ex) {
			model.addAttribute("error", message(ex, locale));
			return applicationPage(id, null, authentication, model, locale);
		}
	}

	@PostMapping(BASE + "/applications/{id}/green-channel")
	String greenChannel(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			Authentication authentication, Model model, Locale locale, RedirectAttributes redirect) {
		require(authentication, Role.SUPERVISOR);
		if (reason.isBlank()) {
			model.addAttribute("error", text("lp.error.reason", locale));
			return applicationPage(id, null, authentication, model, locale);
		}
		try {
			bookings.grantGreenChannel(id, reason.strip());
			redirect.addFlashAttribute("notice", text("lp.green.granted", locale));
			return "redirect:" + BASE + "/applications/" + id;
		}
		catch (ProblemException ex) {
			model.addAttribute("error", message(ex, locale));
			model.addAttribute("reason", reason);
			return applicationPage(id, null, authentication, model, locale);
		}
	}

	@PostMapping(BASE + "/applications/{id}/direct-bookings")
	String bookDirectly(@PathVariable UUID id, @RequestParam(defaultValue = "") String sessionId,
			@RequestParam(required = false) @Nullable String subject, Authentication authentication, Model model,
			Locale locale, RedirectAttributes redirect) {
		require(authentication, Role.SUPERVISOR);
		try {
			bookings.bookDirectly(id, uuidOrThrow(sessionId));
			redirect.addFlashAttribute("notice", text("lp.direct.booked", locale));
			return "redirect:" + BASE + "/applications/" + id;
		}
		catch (ProblemException | IllegalArgumentException ex) {
			model.addAttribute("error", message(ex, locale));
			return applicationPage(id, subject, authentication, model, locale);
		}
	}

	private String applicationPage(UUID id, @Nullable String subjectParam, Authentication authentication, Model model,
			Locale locale) {
		addRoles(authentication, model);
		var view = view(id, locale);
		var details = view.details();
		var bookable = details.subjects().entrySet().stream()
			.filter(entry -> entry.getValue().status() != SubjectStatus.PASSED)
			.map(Map.Entry::getKey)
			.toList();
		Subject subject = null;
		if (subjectParam != null) {
			subject = Arrays.stream(Subject.values()).filter(s -> s.name().equals(subjectParam)).findFirst()
				.orElse(null);
		}
		if (subject == null && !bookable.isEmpty()) {
			subject = bookable.get(0);
		}
		model.addAttribute("view", view);
		model.addAttribute("greenChannelReason", details.greenChannel() ? rosters.greenChannelReason(id) : null);
		model.addAttribute("bookable", bookable);
		model.addAttribute("bookingSubject", subject);
		model.addAttribute("sessionOptions", subject == null ? List.of() : options(subject, details, locale));
		if (!model.containsAttribute("chosenPreferences")) {
			model.addAttribute("chosenPreferences", List.of());
		}
		if (!model.containsAttribute("passedOn")) {
			model.addAttribute("passedOn", OfficeTime.today(clock).toString());
		}
		if (!model.containsAttribute("reason")) {
			model.addAttribute("reason", "");
		}
		return "licensing/application";
	}

	// ---- sessions and rosters ---------------------------------------------------------------------------------

	@GetMapping(BASE + "/sessions")
	String sessions(@RequestParam(required = false) @Nullable String subject,
			@RequestParam(required = false) @Nullable String date, Authentication authentication, Model model,
			Locale locale) {
		require(authentication, Role.EXAMINER, Role.ADMIN);
		var today = OfficeTime.today(clock);
		Subject chosen = null;
		LocalDate on = null;
		try {
			chosen = subject == null || subject.isBlank() ? null : subject(subject);
			on = date == null || date.isBlank() ? null : date(date);
		}
		catch (ProblemException | IllegalArgumentException | DateTimeParseException ex) {
			model.addAttribute("error", message(ex, locale));
		}
		var from = on == null ? today : on;
		var to = on == null ? today.plusDays(PLAN_DAYS) : on;
		var venues = venueNames();
		model.addAttribute("subjects", Subject.values());
		model.addAttribute("subject", chosen == null ? "" : chosen.name());
		model.addAttribute("date", date == null ? "" : date);
		model.addAttribute("today", today);
		model.addAttribute("sessions", plan.sessions(chosen, from, to, null, 0, 200).stream()
			.map(s -> new SessionRow(s, venues.getOrDefault(s.venueId(), "")))
			.toList());
		return "licensing/sessions";
	}

	@GetMapping(BASE + "/sessions/{id}")
	String roster(@PathVariable UUID id, Authentication authentication, Model model, Locale locale) {
		require(authentication, Role.EXAMINER, Role.ADMIN);
		return rosterPage(id, model);
	}

	@PostMapping(BASE + "/sessions/{id}/results")
	String recordResult(@PathVariable UUID id, @RequestParam String applicationId,
			@RequestParam(defaultValue = "score") String outcome, @RequestParam(defaultValue = "") String score,
			Authentication authentication, Model model, Locale locale, RedirectAttributes redirect) {
		require(authentication, Role.EXAMINER, Role.ADMIN);
		try {
			var application = uuidOrThrow(applicationId);
			var session = plan.session(id);
			Integer points = null;
			if ("score".equals(outcome)) {
				try {
					points = Integer.valueOf(score.strip());
				}
				catch (NumberFormatException ex) {
					throw new IllegalArgumentException(text("lp.error.score", locale), ex);
				}
			}
			applications.recordResult(application, session.subject(), id, points, "absent".equals(outcome),
					"declined".equals(outcome));
			redirect.addFlashAttribute("notice", text("lp.result.recorded", locale));
			return "redirect:" + BASE + "/sessions/" + id;
		}
		catch (ProblemException | IllegalArgumentException ex) {
			model.addAttribute("error", message(ex, locale));
			model.addAttribute("failedApplication", applicationId);
			model.addAttribute("failedScore", score);
			return rosterPage(id, model);
		}
	}

	private String rosterPage(UUID id, Model model) {
		var session = plan.session(id);
		var venue = plan.venue(session.venueId());
		var rows = rosters.roster(id).stream().map(entry -> {
			var profile = citizens.profile(entry.citizen());
			return new RosterRow(entry, profile.idNumber().masked(), profile.maskedName());
		}).toList();
		model.addAttribute("examSession", session);
		model.addAttribute("venue", venue);
		model.addAttribute("roster", rows);
		model.addAttribute("examDay", !session.date().isAfter(OfficeTime.today(clock)));
		return "licensing/roster";
	}

	// ---- plan: allocation and outages ---------------------------------------------------------------------------

	@GetMapping(BASE + "/plan")
	String plan(Authentication authentication, Model model) {
		require(authentication, Role.ADMIN);
		return planPage(model);
	}

	@PostMapping(BASE + "/plan/allocation")
	String allocate(@RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, Authentication authentication, Model model, Locale locale,
			RedirectAttributes redirect) {
		require(authentication, Role.ADMIN);
		try {
			var run = bookings.allocate(subject(subject), date(from), date(to));
			redirect.addFlashAttribute("run", run);
			redirect.addFlashAttribute("runPeriod", from + " – " + to);
			redirect.addFlashAttribute("runFinished", MINUTES.format(run.finishedAt()));
			return "redirect:" + BASE + "/plan";
		}
		catch (ProblemException | IllegalArgumentException | DateTimeParseException ex) {
			model.addAttribute("allocationError", message(ex, locale));
			model.addAttribute("allocationForm", new PeriodForm(subject, from, to, ""));
			return planPage(model);
		}
	}

	@PostMapping(BASE + "/plan/outage")
	String outage(@RequestParam(defaultValue = "") String venueId, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String reason,
			Authentication authentication, Model model, Locale locale, RedirectAttributes redirect) {
		require(authentication, Role.ADMIN);
		try {
			if (reason.isBlank()) {
				throw new IllegalArgumentException(text("lp.error.reason", locale));
			}
			var outcome = bookings.outage(uuidOrThrow(venueId), date(from), date(to), reason.strip());
			var sessionLabels = new LinkedHashMap<UUID, String>();
			for (var rebooking : outcome.rebooked()) {
				sessionLabels.computeIfAbsent(rebooking.fromSessionId(), this::sessionLabel);
				sessionLabels.computeIfAbsent(rebooking.toSessionId(), this::sessionLabel);
			}
			redirect.addFlashAttribute("outcome", outcome);
			redirect.addFlashAttribute("sessionLabels", sessionLabels);
			redirect.addFlashAttribute("applicantLabels", applicantLabels(outcome));
			return "redirect:" + BASE + "/plan";
		}
		catch (ProblemException | IllegalArgumentException | DateTimeParseException ex) {
			model.addAttribute("outageError", message(ex, locale));
			model.addAttribute("outageForm", new PeriodForm(venueId, from, to, reason));
			return planPage(model);
		}
	}

	@PostMapping(BASE + "/plan/sessions")
	String addSession(@RequestParam(defaultValue = "") String venueId, @RequestParam(defaultValue = "") String subject,
			@RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "") String startTime,
			@RequestParam(defaultValue = "") String capacity, Authentication authentication, Model model,
			Locale locale, RedirectAttributes redirect) {
		require(authentication, Role.ADMIN);
		var form = new SessionForm(venueId, subject, date, startTime, capacity);
		Map<String, String> errors = new LinkedHashMap<>();
		var venue = uuid(venueId);
		if (venue == null) {
			errors.put("venue", text("lp.error.input", locale));
		}
		var chosen = Arrays.stream(Subject.values()).filter(s -> s.name().equals(subject)).findFirst().orElse(null);
		if (chosen == null) {
			errors.put("subject", text("lp.error.input", locale));
		}
		LocalDate day = null;
		try {
			day = date(date);
		}
		catch (DateTimeParseException ex) {
			errors.put("date", text("lp.error.date", locale));
		}
		java.time.LocalTime start = null;
		try {
			start = java.time.LocalTime.parse(startTime.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put("startTime", text("lp.error.time", locale));
		}
		Integer seats = null;
		try {
			seats = Integer.valueOf(capacity.strip());
			if (seats < 1 || seats > 1000) {
				seats = null;
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		if (seats == null) {
			errors.put("capacity", text("lp.error.capacity", locale));
		}
		if (errors.isEmpty() && venue != null && chosen != null && day != null && start != null && seats != null) {
			try {
				var session = plan.addSession(new NewExamSession(venue, chosen, day, start, seats));
				redirect.addFlashAttribute("sessionAdded", text("lp.session.added", locale,
						session.date() + " " + session.startTime() + " · " + plan.venue(session.venueId()).name(),
						text("lp.subject." + session.subject().name(), locale), session.capacity()));
				return "redirect:" + BASE + "/plan";
			}
			catch (ProblemException ex) {
				errors.put("form", message(ex, locale));
			}
		}
		model.addAttribute("sessionForm", form);
		model.addAttribute("sessionErrors", errors);
		return planPage(model);
	}

	/** Each application of an outage outcome as its applicant, masked (张* · 420106********0028). */
	private Map<UUID, String> applicantLabels(OutageOutcome outcome) {
		var ids = new java.util.LinkedHashSet<UUID>();
		outcome.rebooked().forEach(r -> ids.add(r.applicationId()));
		ids.addAll(outcome.unresolved());
		var applicants = rosters.applicants(ids);
		var profiles = citizens.profiles(applicants.values());
		var labels = new LinkedHashMap<UUID, String>();
		for (var id : ids) {
			var profile = applicants.containsKey(id) ? profiles.get(applicants.get(id)) : null;
			labels.put(id, profile == null ? id.toString()
					: (profile.maskedName() == null ? "" : profile.maskedName() + " · ") + profile.idNumber().masked());
		}
		return labels;
	}

	private String planPage(Model model) {
		var today = OfficeTime.today(clock);
		model.addAttribute("venues", plan.venues());
		model.addAttribute("subjects", Subject.values());
		if (!model.containsAttribute("allocationForm")) {
			model.addAttribute("allocationForm", new PeriodForm(Subject.SUBJECT_1.name(), today.plusDays(1).toString(),
					today.plusDays(PLAN_DAYS).toString(), ""));
		}
		if (!model.containsAttribute("sessionForm")) {
			model.addAttribute("sessionForm", new SessionForm("", Subject.SUBJECT_1.name(),
					today.plusDays(1).toString(), "08:30", "20"));
		}
		if (!model.containsAttribute("sessionErrors")) {
			model.addAttribute("sessionErrors", Map.of());
		}
		model.addAttribute("today", today);
		if (!model.containsAttribute("outageForm")) {
			model.addAttribute("outageForm", new PeriodForm("", today.plusDays(1).toString(),
					today.plusDays(1).toString(), ""));
		}
		return "licensing/plan";
	}

	// ---- the citizen's applications -----------------------------------------------------------------------------

	@GetMapping("/citizen/licensing")
	String myApplications(@AuthenticationPrincipal CitizenPrincipal principal, Model model, Locale locale) {
		model.addAttribute("views", rosters.applicationsOf(principal.citizenId()).stream()
			.map(id -> view(id, locale))
			.toList());
		return "licensing/my-applications";
	}

	// ---- shared -------------------------------------------------------------------------------------------------

	private ApplicationView view(UUID id, Locale locale) {
		var details = applications.details(id);
		var today = OfficeTime.today(clock);
		var permit = details.learnerPermit();
		Long daysLeft = permit == null ? null : ChronoUnit.DAYS.between(today, permit.validUntil());
		var venues = venueNames();
		var bookingRows = applications.bookings(id).stream().map(booking -> {
			var session = plan.session(booking.sessionId());
			return new BookingRow(booking, session, venues.getOrDefault(session.venueId(), ""));
		}).toList();
		var requestRows = bookings.requests(id, locale).stream()
			.map(request -> new RequestRow(request, MINUTES.format(request.createdAt()),
					request.preferences().stream().map(this::sessionLabel).toList()))
			.toList();
		var applicant = citizens.profile(new org.cheguan.identity.CitizenId(details.citizenId()));
		return new ApplicationView(details, MINUTES.format(details.acceptedAt()), daysLeft, bookingRows, requestRows,
				applicant.maskedName() == null ? "" : applicant.maskedName(), applicant.idNumber().masked());
	}

	/**
	 * The sessions worth offering: from the first day the rules allow this subject (the wait after the permit or after
	 * a failed booking) and, for Subject 2 and 3, not after the permit's last day.
	 */
	private List<SessionOption> options(Subject subject, LicenceApplicationDetails details, Locale locale) {
		var today = OfficeTime.today(clock);
		var venues = venueNames();
		var from = today.plusDays(1);
		var next = details.nextBookingFrom().get(subject);
		if (next != null && next.isAfter(from)) {
			from = next;
		}
		var to = from.plusDays(PLAN_DAYS);
		var permit = details.learnerPermit();
		if (permit != null && subject.isCappedSkillsTest() && permit.validUntil().isBefore(to)) {
			to = permit.validUntil();
		}
		return plan.sessions(subject, from, to, null, 0, ExamPlan.MAX_PAGE_SIZE)
			.stream()
			.filter(session -> session.freeSeats() > 0)
			.limit(MAX_CHOICES)
			.map(session -> new SessionOption(session.id().toString(),
					session.date() + " " + session.startTime() + " · " + venues.getOrDefault(session.venueId(), "")
							+ " · " + text("lp.session.free", locale, session.freeSeats())))
			.toList();
	}

	private String sessionLabel(UUID sessionId) {
		try {
			var session = plan.session(sessionId);
			return session.date() + " " + session.startTime() + " · " + plan.venue(session.venueId()).name();
		}
		catch (ProblemException ex) {
			return sessionId.toString();
		}
	}

	private Map<UUID, String> venueNames() {
		return plan.venues().stream().collect(Collectors.toMap(ExamVenue::id, ExamVenue::name, (a, b) -> a));
	}

	private static void addRoles(Authentication authentication, Model model) {
		var roles = roles(authentication);
		model.addAttribute("canApply", roles.contains("CLERK") || roles.contains("ADMIN"));
		model.addAttribute("canAct", roles.contains("CLERK") || roles.contains("ADMIN") || roles.contains("SUPERVISOR"));
		model.addAttribute("canExamine", roles.contains("EXAMINER") || roles.contains("ADMIN"));
		model.addAttribute("canPlan", roles.contains("ADMIN"));
		model.addAttribute("isSupervisor", roles.contains("SUPERVISOR"));
	}

	private static Set<String> roles(Authentication authentication) {
		return authentication.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority != null && authority.startsWith("ROLE_"))
			.map(authority -> authority.substring("ROLE_".length()))
			.collect(Collectors.toSet());
	}

	/** Refuses with 403 unless the signed-in staff member holds one of the roles (also the licence panel's actions). */
	static void require(Authentication authentication, Role... allowed) {
		var held = roles(authentication);
		if (Arrays.stream(allowed).noneMatch(role -> held.contains(role.name()))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	private static Subject subject(String name) {
		return Arrays.stream(Subject.values()).filter(s -> s.name().equals(name)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("subject " + name));
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text.strip());
	}

	private static @Nullable UUID uuid(String text) {
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static UUID uuidOrThrow(String text) {
		var id = uuid(text);
		if (id == null) {
			throw new IllegalArgumentException("id " + text);
		}
		return id;
	}

	private String message(Exception ex, Locale locale) {
		if (ex instanceof ProblemException problem) {
			var arguments = problem.messageArguments();
			if (problem instanceof org.cheguan.shared.NotFound && arguments.length > 0) {
				arguments[0] = messages.getMessage("resource." + arguments[0], null, String.valueOf(arguments[0]), locale);
			}
			return messages.getMessage(problem.messageKey(), arguments, problem.messageKey(), locale);
		}
		if (ex instanceof DateTimeParseException) {
			return text("lp.error.date", locale);
		}
		var detail = ex.getMessage();
		return detail != null && !detail.startsWith("id ") && !detail.startsWith("subject ") ? detail
				: text("lp.error.input", locale);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	/** What the clerk typed into the application form. */
	record ApplicationForm(String idNumber, String name, String mobile, String licenceClass, boolean militaryExchange,
			boolean serviceRecordConfirmed, boolean vocationalStudent) {
	}

	/** A new exam session as typed into the plan page. */
	record SessionForm(String venueId, String subject, String date, String startTime, String capacity) {
	}

	/** A subject or venue with a period and a reason, as typed. */
	record PeriodForm(String choice, String from, String to, String reason) {
	}

	/** An application with what the pages show beside it. */
	record ApplicationView(LicenceApplicationDetails details, String acceptedAt, @Nullable Long permitDaysLeft, List<BookingRow> bookings,
			List<RequestRow> requests, String applicantName, String applicantIdNumber) {
	}

	/** A booking with its session and venue name. */
	record BookingRow(LicenceApplicationDetails.Booking booking, ExamSession session, String venueName) {
	}

	/** A booking request with the labels of its preferred sessions, in rank order. */
	record RequestRow(BookingRequestView request, String createdAt, List<String> preferenceLabels) {
	}

	/** An option of a session select. */
	record SessionOption(String value, String label) {
	}

	/** A session with its venue name. */
	record SessionRow(ExamSession session, String venueName) {
	}

	/** A roster line, with the applicant masked. */
	record RosterRow(ExamRosters.RosterEntry entry, String maskedIdNumber, @Nullable String maskedName) {
	}
}
