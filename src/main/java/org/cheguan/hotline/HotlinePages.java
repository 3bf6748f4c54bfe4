package org.cheguan.hotline;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.identity.Citizens;
import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.ProblemException;
import org.cheguan.shared.ResidentIdNumber;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hotline pages of the staff console ({@code /staff/hotline/**}, open to HOTLINE_AGENT, SUPERVISOR and ADMIN by
 * WorkArea): the agents' queue with deadline countdowns in working time (refreshed every 30 seconds by htmx;
 * escalated tickets highlighted), the new-ticket form, a ticket's page with its timeline and actions, and the staff
 * commendations view. Callers' mobiles are masked everywhere. A refused request is shown in the page with what the
 * user typed.
 */
@Controller
class HotlinePages {

	private static final String BASE = "/staff/hotline";

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(OfficeTime.ZONE);

	private static final int QUEUE_SIZE = 200;

	private final HotlineDesk desk;

	private final Citizens citizens;

	private final MessageSource messages;

	private final Clock clock;

	HotlinePages(HotlineDesk desk, Citizens citizens, MessageSource messages, Clock clock) {
		this.desk = desk;
		this.citizens = citizens;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(BASE)
	String queue(@RequestParam(defaultValue = "open") String show, Model model, Locale locale) {
		model.addAttribute("show", show);
		model.addAttribute("rows", rows(show, locale));
		model.addAttribute("hours", desk.policy().workingTime().hours());
		return "hotline/queue";
	}

	@GetMapping(BASE + "/queue")
	String queueRows(@RequestParam(defaultValue = "open") String show, Model model, Locale locale) {
		model.addAttribute("show", show);
		model.addAttribute("rows", rows(show, locale));
		return "hotline/queue :: rows";
	}

	@GetMapping(BASE + "/tickets/new")
	String newTicket(Model model) {
		model.addAttribute("form", new TicketForm("CONSULTATION", "PHONE", "", "", "", "", ""));
		model.addAttribute("errors", Map.of());
		addChoices(model);
		return "hotline/new-ticket";
	}

	@PostMapping(BASE + "/tickets")
	String open(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "PHONE") String channel,
			@RequestParam(defaultValue = "") String callerMobile, @RequestParam(defaultValue = "") String callerIdNumber,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String staffId,
			@RequestParam(defaultValue = "") String outletId, Authentication authentication, Model model,
			Locale locale, RedirectAttributes redirect) {
		var form = new TicketForm(kind, channel, callerMobile, callerIdNumber, description, staffId, outletId);
		Map<String, String> errors = new LinkedHashMap<>();
		var ticketKind = TicketKind.parse(kind);
		if (ticketKind == null) {
			errors.put("kind", text("hp.error.kind", locale));
		}
		TicketChannel ticketChannel;
		try {
			ticketChannel = TicketChannel.valueOf(channel);
		}
		catch (IllegalArgumentException ex) {
			ticketChannel = TicketChannel.PHONE;
		}
		MobileNumber mobile = null;
		try {
			mobile = MobileNumber.of(callerMobile);
		}
		catch (ProblemException ex) {
			errors.put("callerMobile", message(ex, locale));
		}
		CitizenId citizen = null;
		if (!callerIdNumber.isBlank()) {
			try {
				citizen = citizens.findByIdNumber(ResidentIdNumber.of(callerIdNumber.strip())).orElse(null);
			}
			catch (ProblemException ex) {
				errors.put("callerIdNumber", message(ex, locale));
			}
		}
		UUID outlet = null;
		if (!outletId.isBlank()) {
			try {
				outlet = UUID.fromString(outletId.strip());
			}
			catch (IllegalArgumentException ex) {
				errors.put("outletId", text("hp.error.outlet", locale));
			}
		}
		if (description.isBlank()) {
			errors.put("description", text("hp.error.description", locale));
		}
		if (errors.isEmpty()) {
			try {
				var opened = desk.open(NewTicket.of(ticketKind, ticketChannel, mobile, citizen, description,
						staffId.isBlank() ? null : staffId, outlet), "agent", authentication.getName());
				redirect.addFlashAttribute("notice", text("hp.notice.opened", locale, opened.number(),
						MINUTES.format(opened.dueAt())));
				return "redirect:" + BASE + "/tickets/" + opened.id();
			}
			catch (ProblemException ex) {
				var field = ex.messageKey().startsWith("hotline.ticket.staff") ? "staffId"
						: ex.messageKey().startsWith("hotline.ticket.outlet") ? "outletId" : "form";
				errors.put(field, message(ex, locale));
			}
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		addChoices(model);
		return "hotline/new-ticket";
	}

	@GetMapping(BASE + "/tickets/{id}")
	String ticket(@PathVariable UUID id, Model model, Locale locale) {
		var ticket = desk.details(id);
		model.addAttribute("ticket", ticket);
		model.addAttribute("row", row(ticket, locale));
		model.addAttribute("staffName", ticket.staffNamed() == null ? null : desk.staffMembers().stream()
			.filter(member -> member.username().equals(ticket.staffNamed()))
			.map(member -> member.displayName())
			.findFirst()
			.orElse(ticket.staffNamed()));
		model.addAttribute("eventKinds", HotlineDesk.EVENT_KINDS);
		model.addAttribute("outletName", ticket.outletId() == null ? null
				: desk.outlet(ticket.outletId()).map(outlet -> outlet.name()).orElse(ticket.outletId().toString()));
		if (!model.containsAttribute("eventForm")) {
			model.addAttribute("eventForm", new EventForm("PROGRESS", ""));
		}
		return "hotline/ticket";
	}

	@PostMapping(BASE + "/tickets/{id}/events")
	String event(@PathVariable UUID id, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String note, Authentication authentication, Locale locale,
			RedirectAttributes redirect) {
		try {
			desk.record(id, kind, note, authentication.getName());
			redirect.addFlashAttribute("notice", text("hp.notice.recorded", locale,
					text("hp.event." + kind.toUpperCase(Locale.ROOT), locale)));
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", message(ex, locale));
			redirect.addFlashAttribute("eventForm", new EventForm(kind, note));
		}
		return "redirect:" + BASE + "/tickets/" + id;
	}

	@GetMapping(BASE + "/commendations")
	String commendations(@RequestParam(defaultValue = "") String staff, Model model, Locale locale) {
		var members = desk.staffMembers();
		model.addAttribute("members", members);
		model.addAttribute("staff", staff);
		model.addAttribute("commendations", List.of());
		if (!staff.isBlank()) {
			try {
				model.addAttribute("commendations", desk.commendationsOf(staff.strip()));
				model.addAttribute("member", members.stream().filter(m -> m.username().equals(staff.strip()))
					.findFirst().orElse(null));
			}
			catch (ProblemException ex) {
				model.addAttribute("error", message(ex, locale));
			}
		}
		return "hotline/commendations";
	}

	private List<QueueRow> rows(String show, Locale locale) {
		Set<TicketStatus> statuses = switch (show) {
			case "closed" -> EnumSet.of(TicketStatus.CLOSED);
			case "all" -> Set.of();
			default -> EnumSet.of(TicketStatus.OPEN, TicketStatus.IN_PROGRESS);
		};
		var search = new TicketSearch(List.of(), Set.of(), statuses, null, null, show.equals("escalated"),
				!show.equals("closed"), 0, QUEUE_SIZE);
		return desk.search(search).stream().map(ticket -> row(ticket, locale)).toList();
	}

	private QueueRow row(TicketView ticket, Locale locale) {
		var now = clock.instant();
		String countdown;
		boolean overdue = false;
		if (ticket.status() == TicketStatus.CLOSED) {
			countdown = text("hp.countdown.closed", locale, MINUTES.format(ticket.closedAt()));
		}
		else {
			var left = desk.policy().workingTime().between(now, ticket.dueAt());
			overdue = !now.isBefore(ticket.dueAt());
			countdown = overdue ? text("hp.countdown.overdue", locale, duration(left.negated(), locale))
					: text("hp.countdown.left", locale, duration(left, locale));
		}
		return new QueueRow(ticket, MINUTES.format(ticket.openedAt()), MINUTES.format(ticket.dueAt()), countdown,
				overdue, ticket.escalated());
	}

	/** Working time as hours and minutes, with whole working days (of the office hours' length) when a day or more. */
	private String duration(Duration working, Locale locale) {
		var minutes = Math.max(0, working.toMinutes());
		var day = desk.policy().workingTime().hours().perDay().toMinutes();
		if (minutes < day) {
			return text("hp.countdown.hours", locale, minutes / 60, minutes % 60);
		}
		var rest = minutes % day;
		return text("hp.countdown.days", locale, minutes / day, rest / 60, rest % 60);
	}

	private void addChoices(Model model) {
		model.addAttribute("kinds", TicketKind.values());
		model.addAttribute("channels", TicketChannel.values());
		model.addAttribute("members", desk.staffMembers());
	}

	private String message(ProblemException ex, Locale locale) {
		return messages.getMessage(ex.messageKey(), ex.messageArguments(), ex.messageKey(), locale);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	/** What the new-ticket form shows again after a refusal. */
	record TicketForm(String kind, String channel, String callerMobile, String callerIdNumber, String description,
			String staffId, String outletId) {
	}

	/** What the action form shows again after a refusal. */
	record EventForm(String kind, String note) {
	}

	/**
	 * A row of the queue.
	 *
	 * @param ticket the ticket
	 * @param openedAt opening time, office minutes
	 * @param dueAt deadline, office minutes
	 * @param countdown working time left, or how late, or when closed
	 * @param overdue past its deadline and open
	 * @param escalated escalated and open
	 */
	record QueueRow(TicketView ticket, String openedAt, String dueAt, String countdown, boolean overdue,
			boolean escalated) {
	}
}
