package org.cheguan.hotline;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cheguan.identity.CitizenId;
import org.cheguan.identity.CitizenPrincipal;
import org.cheguan.identity.Citizens;
import org.cheguan.shared.Forbidden;
import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.NotFound;
import org.cheguan.shared.ResidentIdNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hotline tickets over HTTP (api-contract.md, hotline). Agents, supervisors and administrators open tickets for
 * callers and work them; a signed-in citizen may open a ticket from the app for themselves and see only their own
 * tickets (anything else 404). The caller's mobile is masked in every answer.
 */
@RestController
@RequestMapping("/api/v1/hotline")
class HotlineTicketController {

	/** Largest page of the API list (docs/api.md: 1 to 200). */
	static final int MAX_PAGE_SIZE = 200;

	static final String[] DESK_ROLES = { "HOTLINE_AGENT", "SUPERVISOR", "ADMIN" };

	private final HotlineDesk desk;

	private final Citizens citizens;

	HotlineTicketController(HotlineDesk desk, Citizens citizens) {
		this.desk = desk;
		this.citizens = citizens;
	}

	@PostMapping("/tickets")
	ResponseEntity<TicketView> open(@Valid @RequestBody OpenTicket request, Authentication caller) {
		var kind = TicketKind.parse(request.kind());
		if (kind == null) {
			throw new org.cheguan.shared.InvalidValue(org.cheguan.shared.InvalidValue.VALIDATION, "hotline.ticket.kind",
					null, "consultation, help, complaint, praise, suggestion");
		}
		TicketView opened;
		if (caller.getPrincipal() instanceof CitizenPrincipal citizen) {
			var mobile = request.callerMobile() == null || request.callerMobile().isBlank()
					? citizens.profile(citizen.citizenId()).mobile() : MobileNumber.of(request.callerMobile());
			var channel = request.channel() == null || request.channel() == TicketChannel.PHONE ? TicketChannel.APP
					: request.channel();
			opened = desk.open(NewTicket.of(kind, channel, mobile, citizen.citizenId(), request.description(),
					request.staffId(), request.outletId()), "citizen", "citizen");
		}
		else {
			requireRole(caller, DESK_ROLES);
			if (request.callerMobile() == null || request.callerMobile().isBlank()) {
				throw new org.cheguan.shared.InvalidValue(org.cheguan.shared.InvalidValue.MOBILE, "kernel.mobile.format",
						null);
			}
			CitizenId citizen = null;
			if (request.callerIdNumber() != null && !request.callerIdNumber().isBlank()) {
				citizen = citizens.findByIdNumber(ResidentIdNumber.of(request.callerIdNumber())).orElse(null);
			}
			opened = desk.open(NewTicket.of(kind, request.channel() == null ? TicketChannel.PHONE : request.channel(),
					MobileNumber.of(request.callerMobile()), citizen, request.description(), request.staffId(),
					request.outletId()), "agent", caller.getName());
		}
		return ResponseEntity.created(URI.create("/api/v1/hotline/tickets/" + opened.id())).body(opened);
	}

	@GetMapping("/tickets")
	ResponseEntity<List<TicketView>> list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(defaultValue = "false") boolean escalated, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Authentication caller) {
		requireRole(caller, DESK_ROLES);
		Set<TicketStatus> statuses = Set.of();
		if (status != null && !status.isBlank()) {
			try {
				statuses = EnumSet.of(TicketStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new org.cheguan.shared.InvalidValue(org.cheguan.shared.InvalidValue.VALIDATION,
						"hotline.ticket.status", null, "OPEN, IN_PROGRESS, CLOSED");
			}
		}
		Set<TicketKind> kinds = Set.of();
		if (kind != null && !kind.isBlank()) {
			var parsed = TicketKind.parse(kind);
			if (parsed == null) {
				throw new org.cheguan.shared.InvalidValue(org.cheguan.shared.InvalidValue.VALIDATION,
						"hotline.ticket.kind", null, "consultation, help, complaint, praise, suggestion");
			}
			kinds = EnumSet.of(parsed);
		}
		if (size > MAX_PAGE_SIZE) {
			throw new org.cheguan.shared.InvalidValue(org.cheguan.shared.InvalidValue.VALIDATION,
					"problem.validation.page", null, page, size, MAX_PAGE_SIZE);
		}
		var search = new TicketSearch(List.of(), kinds, statuses, null, null, escalated, true, page, size);
		return ResponseEntity.ok()
			.header("X-Total-Count", Long.toString(desk.count(search)))
			.body(desk.search(search));
	}

	@GetMapping("/tickets/{id}")
	TicketView one(@PathVariable UUID id, Authentication caller) {
		var ticket = desk.details(id);
		if (caller.getPrincipal() instanceof CitizenPrincipal citizen) {
			if (!desk.ownedBy(id, citizen.citizenId())) {
				throw new NotFound("hotline-ticket", id);
			}
			return ticket;
		}
		requireRole(caller, DESK_ROLES);
		return ticket;
	}

	@PostMapping("/tickets/{id}/events")
	ResponseEntity<TicketView> event(@PathVariable UUID id, @Valid @RequestBody TicketEvent request,
			Authentication caller) {
		requireRole(caller, DESK_ROLES);
		var ticket = desk.record(id, request.kind(), request.note(), caller.getName());
		return ResponseEntity.created(URI.create("/api/v1/hotline/tickets/" + id)).body(ticket);
	}

	@PostMapping("/escalations")
	Map<String, Integer> escalate(Authentication caller) {
		requireRole(caller, "SUPERVISOR", "ADMIN");
		return Map.of("escalated", desk.escalateOverdue());
	}

	static void requireRole(Authentication caller, String... roles) {
		for (var authority : caller.getAuthorities()) {
			for (var role : roles) {
				if (authority.getAuthority().equals("ROLE_" + role)) {
					return;
				}
			}
		}
		throw new Forbidden("problem.forbidden");
	}

	record OpenTicket(@NotBlank @Size(max = 20) String kind, @Size(max = 32) @Nullable String callerMobile,
			@NotNull @Size(max = HotlineDesk.MAX_DESCRIPTION) String description, @Size(max = 64) @Nullable String staffId,
			@Nullable UUID outletId, @Nullable TicketChannel channel, @Size(max = 32) @Nullable String callerIdNumber) {
	}

	record TicketEvent(@NotBlank @Size(max = 20) String kind, @Size(max = HotlineDesk.MAX_NOTE) @Nullable String note) {
	}
}
