package org.cheguan.appointments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.identity.CitizenPrincipal;
import org.cheguan.identity.Citizens;
import org.cheguan.shared.NotFound;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.ProblemException;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.shared.WorkingCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
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
 * The appointments pages. Citizens ({@code /citizen/appointments}, {@code /citizen/queue}): book a slot, cancel,
 * reschedule, download the iCalendar file, take a queue ticket and see the people ahead. Clerks
 * ({@code /staff/windows}, the window console): call the next ticket to their window, serve, complete or mark absent,
 * issue a ticket for a walk-in, and record today's appointments as attended or missed. Every action is a POST form;
 * nothing changes on a GET. A refused action is shown in the page in the page's language.
 */
@Controller
class AppointmentPages {

	/** Days ahead a citizen may book. */
	static final int BOOKING_DAYS = 14;

	private static final String CONSOLE = "/staff/windows";

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(OfficeTime.ZONE);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(OfficeTime.ZONE);

	private final AppointmentBooking booking;

	private final QueueTickets tickets;

	private final OutletCheck outlets;

	private final Citizens citizens;

	private final MessageSource messages;

	private final Clock clock;

	AppointmentPages(AppointmentBooking booking, QueueTickets tickets, OutletCheck outlets, Citizens citizens,
			MessageSource messages, Clock clock) {
		this.booking = booking;
		this.tickets = tickets;
		this.outlets = outlets;
		this.citizens = citizens;
		this.messages = messages;
		this.clock = clock;
	}

	// ---- citizen: my appointments -------------------------------------------------------------------------------

	@GetMapping("/citizen/appointments")
	String mine(@AuthenticationPrincipal CitizenPrincipal principal, Model model, Locale locale) {
		var now = clock.instant();
		model.addAttribute("appointments", booking.of(principal.citizenId()).stream()
			.map(view -> row(view, now, locale))
			.toList());
		model.addAttribute("tickets", tickets.todayOf(principal.citizenId()).stream()
			.map(ticket -> ticketRow(ticket, locale))
			.toList());
		return "appointments/mine";
	}

	@GetMapping("/citizen/appointments/new")
	String bookPage(@RequestParam(required = false) @Nullable UUID outletId,
			@RequestParam(required = false) @Nullable String service,
			@RequestParam(required = false) @Nullable LocalDate date, Model model, Locale locale) {
		return bookForm(outletId, service, date, model, locale);
	}

	@PostMapping("/citizen/appointments")
	String book(@AuthenticationPrincipal CitizenPrincipal principal, @RequestParam(defaultValue = "") String slotId,
			@RequestParam(required = false) @Nullable UUID outletId,
			@RequestParam(required = false) @Nullable String service,
			@RequestParam(required = false) @Nullable LocalDate date, Model model, Locale locale,
			RedirectAttributes redirect) {
		try {
			var appointment = booking.book(principal.citizenId(), uuid(slotId));
			redirect.addFlashAttribute("notice", text("ap.booked", locale, when(appointment.startsAt())));
			return "redirect:/citizen/appointments";
		}
		catch (ProblemException | IllegalArgumentException ex) {
			model.addAttribute("error", message(ex, locale));
			return bookForm(outletId, service, date, model, locale);
		}
	}

	@PostMapping("/citizen/appointments/{id}/cancel")
	String cancel(@AuthenticationPrincipal CitizenPrincipal principal, @PathVariable UUID id, Locale locale,
			RedirectAttributes redirect) {
		try {
			booking.cancel(id, principal.citizenId());
			redirect.addFlashAttribute("notice", text("ap.cancelled", locale));
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", message(ex, locale));
		}
		return "redirect:/citizen/appointments";
	}

	@GetMapping("/citizen/appointments/{id}/reschedule")
	String reschedulePage(@AuthenticationPrincipal CitizenPrincipal principal, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable LocalDate date, Model model, Locale locale) {
		return rescheduleForm(principal.citizenId(), id, date, model, locale);
	}

	@PostMapping("/citizen/appointments/{id}/reschedule")
	String reschedule(@AuthenticationPrincipal CitizenPrincipal principal, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String slotId, @RequestParam(required = false) @Nullable LocalDate date,
			Model model, Locale locale, RedirectAttributes redirect) {
		try {
			var moved = booking.reschedule(id, uuid(slotId), principal.citizenId());
			redirect.addFlashAttribute("notice", text("ap.rescheduled", locale, when(moved.startsAt())));
			return "redirect:/citizen/appointments";
		}
		catch (ProblemException | IllegalArgumentException ex) {
			model.addAttribute("error", message(ex, locale));
			return rescheduleForm(principal.citizenId(), id, date, model, locale);
		}
	}

	@GetMapping("/citizen/appointments/{id}/calendar")
	ResponseEntity<String> calendar(@AuthenticationPrincipal CitizenPrincipal principal, @PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(AppointmentCalendar.MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"appointment-" + id + ".ics\"")
			.body(booking.calendar(id, principal.citizenId()));
	}

	// ---- citizen: queue tickets ---------------------------------------------------------------------------------

	@GetMapping("/citizen/queue")
	String takeTicketPage(@RequestParam(required = false) @Nullable UUID outletId, Model model, Locale locale) {
		return ticketForm(outletId, model, locale);
	}

	@PostMapping("/citizen/queue")
	String takeTicket(@AuthenticationPrincipal CitizenPrincipal principal,
			@RequestParam(required = false) @Nullable UUID outletId, @RequestParam(defaultValue = "") String service,
			Model model, Locale locale) {
		try {
			if (outletId == null) {
				throw new IllegalArgumentException(text("ap.error.outlet", locale));
			}
			var idNumber = citizens.profile(principal.citizenId()).idNumber();
			var ticket = tickets.take(outletId, service, TicketLane.GENERAL, idNumber, principal.citizenId());
			return "redirect:/citizen/queue/" + ticket.id();
		}
		catch (ProblemException | IllegalArgumentException ex) {
			model.addAttribute("error", message(ex, locale));
			return ticketForm(outletId, model, locale);
		}
	}

	@GetMapping("/citizen/queue/{id}")
	String ticket(@AuthenticationPrincipal CitizenPrincipal principal, @PathVariable UUID id, Model model,
			Locale locale) {
		model.addAttribute("ticket", ticketRow(tickets.ticket(id, principal.citizenId()), locale));
		return "appointments/ticket";
	}

	// ---- clerk: the window console ------------------------------------------------------------------------------

	@GetMapping(CONSOLE)
	String console(@RequestParam(required = false) @Nullable UUID outletId,
			@RequestParam(defaultValue = "") String window, @RequestParam(defaultValue = "GENERAL") String lane,
			Authentication authentication, Model model, Locale locale) {
		var choices = outlets.windowOutlets();
		var chosen = outletId == null ? null
				: choices.stream().filter(choice -> choice.id().equals(outletId)).findFirst().orElse(null);
		var windowLabel = window.strip();
		var laneValue = "ENTERPRISE".equals(lane) ? TicketLane.ENTERPRISE : TicketLane.GENERAL;
		model.addAttribute("outlets", choices);
		model.addAttribute("outletId", chosen == null ? "" : chosen.id().toString());
		model.addAttribute("outletName", chosen == null ? "" : chosen.name());
		model.addAttribute("window", windowLabel);
		model.addAttribute("lane", laneValue.name());
		model.addAttribute("canAct", Roles.has(authentication, "CLERK", "ADMIN"));
		model.addAttribute("services", chosen == null ? List.of() : options(chosen.services(), locale));
		var ready = chosen != null && !windowLabel.isEmpty() && windowLabel.chars().allMatch(Character::isLetterOrDigit)
				&& windowLabel.length() <= 16;
		model.addAttribute("ready", ready);
		if (chosen != null) {
			var now = clock.instant();
			model.addAttribute("current", ready ? tickets.atWindow(chosen.id(), windowLabel)
				.map(ticket -> ticketRow(ticket, locale)).orElse(null) : null);
			var waiting = tickets.waiting(chosen.id(), laneValue);
			var rows = new ArrayList<TicketRow>();
			for (int i = 0; i < waiting.size(); i++) {
				rows.add(ticketRow(waiting.get(i), i, locale));
			}
			model.addAttribute("waiting", rows);
			model.addAttribute("appointments", booking.at(chosen.id(), OfficeTime.today(clock)).stream()
				.map(view -> row(view, now, locale))
				.toList());
		}
		else {
			model.addAttribute("current", null);
			model.addAttribute("waiting", List.of());
			model.addAttribute("appointments", List.of());
		}
		return "appointments/console";
	}

	@PostMapping(CONSOLE + "/call")
	String call(@RequestParam UUID outletId, @RequestParam String window, @RequestParam String lane,
			Authentication authentication, Locale locale, RedirectAttributes redirect) {
		Roles.require(authentication, "CLERK", "ADMIN");
		var laneValue = "ENTERPRISE".equals(lane) ? TicketLane.ENTERPRISE : TicketLane.GENERAL;
		act(redirect, locale, () -> {
			var called = tickets.callNext(outletId, window.strip(), laneValue, authentication.getName());
			return called.map(ticket -> text("ap.console.called", locale, ticket.number(), window.strip()))
				.orElseGet(() -> text("ap.console.nobody", locale));
		});
		return back(outletId, window, lane);
	}

	@PostMapping(CONSOLE + "/tickets/{id}/{action}")
	String ticketAction(@PathVariable UUID id, @PathVariable String action, @RequestParam UUID outletId,
			@RequestParam String window, @RequestParam String lane, Authentication authentication, Locale locale,
			RedirectAttributes redirect) {
		Roles.require(authentication, "CLERK", "ADMIN");
		act(redirect, locale, () -> {
			var ticket = switch (action) {
				case "serve" -> tickets.serve(id, authentication.getName());
				case "complete" -> tickets.complete(id, authentication.getName());
				case "no-show" -> tickets.markNoShow(id, authentication.getName());
				default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			};
			return text("ap.console.done." + action, locale, ticket.number());
		});
		return back(outletId, window, lane);
	}

	@PostMapping(CONSOLE + "/tickets")
	String issue(@RequestParam UUID outletId, @RequestParam(defaultValue = "") String service,
			@RequestParam(defaultValue = "") String idNumber, @RequestParam String window, @RequestParam String lane,
			Authentication authentication, Locale locale, RedirectAttributes redirect) {
		Roles.require(authentication, "CLERK", "ADMIN");
		act(redirect, locale, () -> {
			ResidentIdNumber id = idNumber.isBlank() ? null : ResidentIdNumber.of(idNumber.strip());
			CitizenId citizen = id == null ? null : citizens.findByIdNumber(id).orElse(null);
			var ticket = tickets.take(outletId, service, TicketLane.GENERAL, id, citizen);
			return text(ticket.priority() ? "ap.console.issued-priority" : "ap.console.issued", locale,
					ticket.number(), tickets.ahead(ticket));
		});
		return back(outletId, window, lane);
	}

	@PostMapping(CONSOLE + "/appointments/{id}/{action}")
	String appointmentAction(@PathVariable UUID id, @PathVariable String action, @RequestParam UUID outletId,
			@RequestParam String window, @RequestParam String lane, Authentication authentication, Locale locale,
			RedirectAttributes redirect) {
		Roles.require(authentication, "CLERK", "ADMIN");
		act(redirect, locale, () -> {
			switch (action) {
				case "attend" -> booking.attend(id, authentication.getName());
				case "no-show" -> booking.markNoShow(id, authentication.getName());
				default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			return text("ap.console.appointment." + action, locale);
		});
		return back(outletId, window, lane);
	}

	// ---- shared -------------------------------------------------------------------------------------------------

	private String bookForm(@Nullable UUID outletId, @Nullable String service, @Nullable LocalDate date, Model model,
			Locale locale) {
		var choices = outlets.windowOutlets();
		var chosen = outletId == null ? null
				: choices.stream().filter(choice -> choice.id().equals(outletId)).findFirst().orElse(null);
		var services = chosen == null ? List.<Option>of() : options(chosen.services(), locale);
		var chosenService = service != null && services.stream().anyMatch(option -> option.value().equals(service))
				? service : null;
		var days = days(locale);
		var day = date != null && days.stream().anyMatch(option -> option.value().equals(date.toString())) ? date
				: LocalDate.parse(days.get(0).value());
		model.addAttribute("outlets", choices);
		model.addAttribute("outletId", chosen == null ? "" : chosen.id().toString());
		model.addAttribute("services", services);
		model.addAttribute("service", chosenService == null ? "" : chosenService);
		model.addAttribute("days", days);
		model.addAttribute("date", day.toString());
		model.addAttribute("slots", chosen == null || chosenService == null ? List.of()
				: slotOptions(chosen.id(), chosenService, day, null, locale));
		model.addAttribute("searched", chosen != null && chosenService != null);
		return "appointments/book";
	}

	private String rescheduleForm(CitizenId owner, UUID id, @Nullable LocalDate date, Model model, Locale locale) {
		var view = booking.view(id, owner);
		var days = days(locale);
		var day = date != null && days.stream().anyMatch(option -> option.value().equals(date.toString())) ? date
				: LocalDate.parse(days.get(0).value());
		model.addAttribute("appointment", row(view, clock.instant(), locale));
		model.addAttribute("days", days);
		model.addAttribute("date", day.toString());
		model.addAttribute("slots", slotOptions(view.outletId(), view.service(), day, view.slotId(), locale));
		return "appointments/reschedule";
	}

	private String ticketForm(@Nullable UUID outletId, Model model, Locale locale) {
		var choices = outlets.windowOutlets();
		var chosen = outletId == null ? null
				: choices.stream().filter(choice -> choice.id().equals(outletId)).findFirst().orElse(null);
		model.addAttribute("outlets", choices);
		model.addAttribute("outletId", chosen == null ? "" : chosen.id().toString());
		model.addAttribute("services", chosen == null ? List.of()
				: options(chosen.services(), locale).stream()
					.filter(option -> !option.value().equals(QueueRules.ENTERPRISE_BATCH))
					.toList());
		return "appointments/take-ticket";
	}

	private List<Option> slotOptions(UUID outletId, String service, LocalDate day, @Nullable UUID except,
			Locale locale) {
		var now = clock.instant();
		return booking.slots(outletId, service, day).stream()
			.filter(slot -> slot.startsAt().isAfter(now) && slot.free() > 0 && !slot.id().equals(except))
			.map(slot -> new Option(slot.id().toString(), TIME.format(slot.startsAt()) + "–" + TIME.format(slot.endsAt())
					+ " · " + text("ap.slot.free", locale, slot.free())))
			.toList();
	}

	/** The next {@value #BOOKING_DAYS} days from tomorrow that are working days (today's slots are mostly gone). */
	private List<Option> days(Locale locale) {
		var calendar = WorkingCalendar.official();
		var today = OfficeTime.today(clock);
		var days = new ArrayList<Option>();
		for (int i = 0; i <= BOOKING_DAYS; i++) {
			var day = today.plusDays(i);
			boolean working;
			try {
				working = calendar.isWorkingDay(day);
			}
			catch (ProblemException outsideTheNotices) {
				working = day.getDayOfWeek().getValue() <= 5;
			}
			if (working || i == 0) {
				days.add(new Option(day.toString(), day + " " + day.getDayOfWeek().getDisplayName(
						java.time.format.TextStyle.SHORT, locale)));
			}
		}
		return days;
	}

	private List<Option> options(java.util.Set<String> services, Locale locale) {
		return services.stream().sorted().map(code -> new Option(code, booking.serviceName(code, locale))).toList();
	}

	private AppointmentRow row(AppointmentView view, Instant now, Locale locale) {
		return new AppointmentRow(view.id().toString(), outlets.name(view.outletId()),
				booking.serviceName(view.service(), locale), when(view.startsAt()) + "–" + TIME.format(view.endsAt()),
				view.status().name(), text("ap.status." + view.status().name(), locale), view.changesLeft(),
				view.status() == AppointmentStatus.BOOKED && view.startsAt().isAfter(now));
	}

	private TicketRow ticketRow(QueueTicket ticket, Locale locale) {
		return ticketRow(ticket, tickets.ahead(ticket), locale);
	}

	private TicketRow ticketRow(QueueTicket ticket, int ahead, Locale locale) {
		return new TicketRow(ticket.id().toString(), ticket.number(), outlets.name(ticket.outletId()),
				booking.serviceName(ticket.service(), locale), ticket.status().name(),
				text("ap.ticket.status." + ticket.status().name(), locale), ahead, ticket.priority(),
				TIME.format(ticket.issuedAt()), ticket.window() == null ? "" : ticket.window());
	}

	private void act(RedirectAttributes redirect, Locale locale, java.util.function.Supplier<String> action) {
		try {
			redirect.addFlashAttribute("notice", action.get());
		}
		catch (ProblemException | IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", message(ex, locale));
		}
	}

	private static String back(UUID outletId, String window, String lane) {
		var label = window.strip().chars().allMatch(Character::isLetterOrDigit) ? window.strip() : "";
		return "redirect:" + CONSOLE + "?outletId=" + outletId + "&window=" + label + "&lane="
				+ ("ENTERPRISE".equals(lane) ? "ENTERPRISE" : "GENERAL");
	}

	private static String when(Instant instant) {
		return MINUTES.format(instant);
	}

	private static UUID uuid(String text) {
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("slot");
		}
	}

	private String message(Exception ex, Locale locale) {
		if (ex instanceof ProblemException problem) {
			var arguments = problem.messageArguments();
			if (problem instanceof NotFound && arguments.length > 0) {
				arguments[0] = messages.getMessage("resource." + arguments[0], null, String.valueOf(arguments[0]),
						locale);
			}
			return messages.getMessage(problem.messageKey(), arguments, problem.messageKey(), locale);
		}
		var detail = ex.getMessage();
		return detail != null && !detail.equals("slot") ? detail : text("ap.error.slot", locale);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	/** An option of a select or a radio group. */
	record Option(String value, String label) {
	}

	/** An appointment as the pages show it. */
	record AppointmentRow(String id, String outlet, String service, String when, String status, String statusLabel,
			int changesLeft, boolean changeable) {
	}

	/** A ticket as the pages show it. */
	record TicketRow(String id, String number, String outlet, String service, String status, String statusLabel,
			int ahead, boolean priority, String issuedAt, String window) {
	}

}
