package org.cheguan.appointments;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.NotFound;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.ResidentIdNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Appointments over HTTP (see docs/appointments.md for the paths). A citizen (bearer) books, cancels and reschedules
 * their own appointments; a clerk does the same for a citizen named by ID number, and records attendance and
 * no-shows; an administrator or supervisor opens slots. A citizen asking for another's appointment gets 404.
 */
@RestController
class AppointmentController {

	private final AppointmentBooking booking;

	private final Citizens citizens;

	AppointmentController(AppointmentBooking booking, Citizens citizens) {
		this.booking = booking;
		this.citizens = citizens;
	}

	@GetMapping("/api/v1/appointment-slots")
	List<SlotResponse> slots(@RequestParam UUID outletId, @RequestParam(required = false) @Nullable String service,
			@RequestParam LocalDate date) {
		return booking.slots(outletId, service == null || service.isBlank() ? null : service.strip(), date)
			.stream()
			.map(SlotResponse::of)
			.toList();
	}

	@GetMapping("/api/v1/appointment-slots/{id}")
	SlotResponse slot(@PathVariable UUID id) {
		return SlotResponse.of(booking.slot(id));
	}

	@PostMapping("/api/v1/appointment-slots")
	ResponseEntity<SlotResponse> openSlot(@Valid @RequestBody NewSlot request, Authentication caller) {
		Roles.require(caller, "ADMIN", "SUPERVISOR");
		var startsAt = request.date().atTime(request.startTime()).atZone(OfficeTime.ZONE).toInstant();
		var endsAt = request.date().atTime(request.endTime()).atZone(OfficeTime.ZONE).toInstant();
		var slot = booking.openSlot(request.outletId(), request.service().strip(), startsAt, endsAt,
				request.capacity());
		return ResponseEntity.created(URI.create("/api/v1/appointment-slots/" + slot.id())).body(SlotResponse.of(slot));
	}

	@PostMapping("/api/v1/appointments")
	ResponseEntity<AppointmentResponse> book(@Valid @RequestBody NewAppointment request, Authentication caller) {
		CitizenId citizen;
		if (caller.getPrincipal() instanceof CitizenPrincipal principal) {
			citizen = principal.citizenId();
		}
		else {
			Roles.require(caller, "CLERK", "ADMIN");
			citizen = citizenFor(request.idNumber(), request.mobile());
		}
		var appointment = booking.book(citizen, request.slotId());
		return ResponseEntity.created(URI.create("/api/v1/appointments/" + appointment.id()))
			.body(AppointmentResponse.of(appointment));
	}

	@GetMapping("/api/v1/appointments")
	List<AppointmentResponse> list(@RequestParam(required = false) @Nullable UUID outletId,
			@RequestParam(required = false) @Nullable LocalDate date, Authentication caller) {
		if (caller.getPrincipal() instanceof CitizenPrincipal principal) {
			return booking.of(principal.citizenId()).stream().map(AppointmentResponse::of).toList();
		}
		Roles.require(caller, "CLERK", "ADMIN", "SUPERVISOR");
		if (outletId == null || date == null) {
			throw new InvalidValue(InvalidValue.VALIDATION, "appointments.list.parameters", null);
		}
		return booking.at(outletId, date).stream().map(AppointmentResponse::of).toList();
	}

	@GetMapping("/api/v1/appointments/{id}")
	AppointmentResponse one(@PathVariable UUID id, Authentication caller) {
		return AppointmentResponse.of(booking.view(id, owner(caller)));
	}

	@GetMapping("/api/v1/appointments/{id}.ics")
	ResponseEntity<String> calendar(@PathVariable UUID id, Authentication caller) {
		var text = booking.calendar(id, owner(caller));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(AppointmentCalendar.MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"appointment-" + id + ".ics\"")
			.body(text);
	}

	@PostMapping("/api/v1/appointments/{id}/cancellation")
	AppointmentResponse cancel(@PathVariable UUID id, Authentication caller) {
		return AppointmentResponse.of(booking.cancel(id, ownerOrClerk(caller)));
	}

	@PostMapping("/api/v1/appointments/{id}/reschedule")
	AppointmentResponse reschedule(@PathVariable UUID id, @Valid @RequestBody Reschedule request,
			Authentication caller) {
		return AppointmentResponse.of(booking.reschedule(id, request.slotId(), ownerOrClerk(caller)));
	}

	@PostMapping("/api/v1/appointments/{id}/attendance")
	AppointmentResponse attend(@PathVariable UUID id, Authentication caller) {
		Roles.require(caller, "CLERK", "ADMIN");
		return AppointmentResponse.of(booking.attend(id, caller.getName()));
	}

	@PostMapping("/api/v1/appointments/{id}/no-show")
	AppointmentResponse noShow(@PathVariable UUID id, Authentication caller) {
		Roles.require(caller, "CLERK", "ADMIN");
		return AppointmentResponse.of(booking.markNoShow(id, caller.getName()));
	}

	private CitizenId citizenFor(@Nullable String idNumber, @Nullable String mobile) {
		if (idNumber == null || idNumber.isBlank()) {
			throw new InvalidValue(InvalidValue.VALIDATION, "appointments.citizen.id-number", null);
		}
		var id = ResidentIdNumber.of(idNumber.strip());
		if (mobile != null && !mobile.isBlank()) {
			return citizens.register(id, MobileNumber.of(mobile.strip()), null);
		}
		return citizens.findByIdNumber(id).orElseThrow(() -> new NotFound("citizen", id.masked()));
	}

	private static @Nullable CitizenId owner(Authentication caller) {
		if (caller.getPrincipal() instanceof CitizenPrincipal principal) {
			return principal.citizenId();
		}
		Roles.require(caller, "CLERK", "ADMIN", "SUPERVISOR");
		return null;
	}

	private static @Nullable CitizenId ownerOrClerk(Authentication caller) {
		if (caller.getPrincipal() instanceof CitizenPrincipal principal) {
			return principal.citizenId();
		}
		Roles.require(caller, "CLERK", "ADMIN");
		return null;
	}

	/** A slot as the API shows it; times with the office offset. */
	record SlotResponse(UUID id, UUID outletId, String service, OffsetDateTime startsAt, OffsetDateTime endsAt,
			int capacity, int booked, int free) {

		static SlotResponse of(AppointmentSlot slot) {
			return new SlotResponse(slot.id(), slot.outletId(), slot.service(), office(slot.startsAt()),
					office(slot.endsAt()), slot.capacity(), slot.booked(), slot.free());
		}
	}

	/** An appointment as the API shows it; no personal data. */
	record AppointmentResponse(UUID id, UUID slotId, UUID outletId, String service, OffsetDateTime startsAt,
			OffsetDateTime endsAt, AppointmentStatus status, int changes, int changesLeft, String calendar) {

		static AppointmentResponse of(AppointmentView view) {
			return new AppointmentResponse(view.id(), view.slotId(), view.outletId(), view.service(),
					office(view.startsAt()), office(view.endsAt()), view.status(), view.changes(), view.changesLeft(),
					"/api/v1/appointments/" + view.id() + ".ics");
		}
	}

	record NewSlot(@NotNull UUID outletId, @NotBlank @Size(max = 64) String service, @NotNull LocalDate date,
			@NotNull LocalTime startTime, @NotNull LocalTime endTime, int capacity) {
	}

	record NewAppointment(@NotNull UUID slotId, @Nullable @Size(max = 32) String idNumber,
			@Nullable @Size(max = 32) String mobile) {
	}

	record Reschedule(@NotNull UUID slotId) {
	}

	static OffsetDateTime office(Instant instant) {
		return instant.atZone(OfficeTime.ZONE).toOffsetDateTime();
	}
}
