package org.cheguan.appointments;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cheguan.identity.CitizenId;
import org.cheguan.identity.CitizenPrincipal;
import org.cheguan.identity.Citizens;
import org.cheguan.shared.ResidentIdNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Queue tickets and windows over HTTP (see docs/appointments.md). A citizen (bearer) takes a ticket for themself; a
 * clerk or a kiosk account takes one for a walk-in, with an ID number when shown (it decides the elderly priority).
 * Windows call, serve, complete and mark absent (CLERK, ADMIN).
 */
@RestController
class QueueController {

	private final QueueTickets tickets;

	private final Citizens citizens;

	QueueController(QueueTickets tickets, Citizens citizens) {
		this.tickets = tickets;
		this.citizens = citizens;
	}

	@PostMapping("/api/v1/queue-tickets")
	ResponseEntity<TicketResponse> take(@Valid @RequestBody NewTicket request, Authentication caller) {
		ResidentIdNumber idNumber = null;
		CitizenId citizen = null;
		if (caller.getPrincipal() instanceof CitizenPrincipal principal) {
			citizen = principal.citizenId();
			idNumber = citizens.profile(citizen).idNumber();
		}
		else {
			Roles.require(caller, "CLERK", "ADMIN");
			if (request.idNumber() != null && !request.idNumber().isBlank()) {
				idNumber = ResidentIdNumber.of(request.idNumber().strip());
				citizen = citizens.findByIdNumber(idNumber).orElse(null);
			}
		}
		var lane = request.lane() == null ? TicketLane.GENERAL : request.lane();
		var ticket = tickets.take(request.outletId(), request.service().strip(), lane, idNumber, citizen);
		return ResponseEntity.created(URI.create("/api/v1/queue-tickets/" + ticket.id()))
			.body(TicketResponse.of(ticket, tickets.ahead(ticket)));
	}

	@GetMapping("/api/v1/queue-tickets/{id}")
	TicketResponse one(@PathVariable UUID id, Authentication caller) {
		CitizenId owner = null;
		if (caller.getPrincipal() instanceof CitizenPrincipal principal) {
			owner = principal.citizenId();
		}
		else {
			Roles.require(caller, "CLERK", "ADMIN", "SUPERVISOR");
		}
		var ticket = tickets.ticket(id, owner);
		return TicketResponse.of(ticket, tickets.ahead(ticket));
	}

	@GetMapping("/api/v1/queue-tickets")
	List<TicketResponse> waiting(@RequestParam UUID outletId, @RequestParam(defaultValue = "GENERAL") TicketLane lane,
			Authentication caller) {
		Roles.require(caller, "CLERK", "ADMIN", "SUPERVISOR");
		var waiting = tickets.waiting(outletId, lane);
		var result = new java.util.ArrayList<TicketResponse>();
		for (int i = 0; i < waiting.size(); i++) {
			result.add(TicketResponse.of(waiting.get(i), i));
		}
		return result;
	}

	/** Calls the next ticket to a window: 201 with the ticket, or 204 when nobody waits. */
	@PostMapping("/api/v1/queue-calls")
	ResponseEntity<TicketResponse> call(@Valid @RequestBody Call request, Authentication caller) {
		Roles.require(caller, "CLERK", "ADMIN");
		var lane = request.lane() == null ? TicketLane.GENERAL : request.lane();
		return tickets.callNext(request.outletId(), request.window().strip(), lane, caller.getName())
			.map(ticket -> ResponseEntity.created(URI.create("/api/v1/queue-tickets/" + ticket.id()))
				.body(TicketResponse.of(ticket, 0)))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PostMapping("/api/v1/queue-tickets/{id}/serving")
	TicketResponse serve(@PathVariable UUID id, Authentication caller) {
		Roles.require(caller, "CLERK", "ADMIN");
		return TicketResponse.of(tickets.serve(id, caller.getName()), 0);
	}

	@PostMapping("/api/v1/queue-tickets/{id}/completion")
	TicketResponse complete(@PathVariable UUID id, Authentication caller) {
		Roles.require(caller, "CLERK", "ADMIN");
		return TicketResponse.of(tickets.complete(id, caller.getName()), 0);
	}

	@PostMapping("/api/v1/queue-tickets/{id}/no-show")
	TicketResponse noShow(@PathVariable UUID id, Authentication caller) {
		Roles.require(caller, "CLERK", "ADMIN");
		return TicketResponse.of(tickets.markNoShow(id, caller.getName()), 0);
	}

	/** A ticket as the API shows it: the number, where it stands and how many will be called before it. */
	record TicketResponse(UUID id, String number, UUID outletId, LocalDate officeDate, String service, TicketLane lane,
			boolean priority, TicketStatus status, int ahead, OffsetDateTime issuedAt, @Nullable OffsetDateTime calledAt,
			@Nullable OffsetDateTime servedAt, @Nullable OffsetDateTime finishedAt, @Nullable String window) {

		static TicketResponse of(QueueTicket ticket, int ahead) {
			return new TicketResponse(ticket.id(), ticket.number(), ticket.outletId(), ticket.officeDate(),
					ticket.service(), ticket.lane(), ticket.priority(), ticket.status(), ahead,
					AppointmentController.office(ticket.issuedAt()),
					ticket.calledAt() == null ? null : AppointmentController.office(ticket.calledAt()),
					ticket.servedAt() == null ? null : AppointmentController.office(ticket.servedAt()),
					ticket.finishedAt() == null ? null : AppointmentController.office(ticket.finishedAt()),
					ticket.window());
		}
	}

	record NewTicket(@NotNull UUID outletId, @NotBlank @Size(max = 64) String service, @Nullable TicketLane lane,
			@Nullable @Size(max = 32) String idNumber) {
	}

	record Call(@NotNull UUID outletId, @NotBlank @Size(max = 16) String window, @Nullable TicketLane lane) {
	}
}
