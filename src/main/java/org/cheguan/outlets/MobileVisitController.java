package org.cheguan.outlets;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cheguan.shared.DistrictCode;
import org.cheguan.shared.GeoPoint;
import org.cheguan.shared.OfficeTime;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mobile office over HTTP (api-contract.md, Outlets):
 * <ul>
 * <li>{@code GET /api/v1/mobile-visits?from=&to=&page=&size=} (public; default today to 28 days later) → visits by
 * date; staff usernames only for signed-in staff.</li>
 * <li>{@code POST /api/v1/mobile-visits {date, place, community, districtCode, location?, services, staff}} (ADMIN,
 * SUPERVISOR) → 201.</li>
 * <li>{@code GET /api/v1/mobile-visits/{id}}, {@code GET /api/v1/mobile-visits/reach} (public).</li>
 * <li>{@code POST /api/v1/mobile-visits/{id}/services {serviceType, startedAt, completedAt, citizenIdNumber?}}
 * (CLERK, ADMIN, SUPERVISOR) → 201; publishes MobileServiceRendered.</li>
 * </ul>
 */
@RestController
class MobileVisitController {

	private final MobileVisits visits;

	private final java.time.Clock clock;

	MobileVisitController(MobileVisits visits, java.time.Clock clock) {
		this.visits = visits;
		this.clock = clock;
	}

	@GetMapping("/api/v1/mobile-visits")
	List<VisitView> calendar(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size,
			@Nullable Authentication caller) {
		var start = from == null ? OfficeTime.today(clock) : from;
		var end = to == null ? start.plusDays(28) : to;
		var staff = isStaff(caller);
		return visits.calendar(start, end, page, size).stream().map(v -> VisitView.of(v, staff)).toList();
	}

	@GetMapping("/api/v1/mobile-visits/reach")
	MobileReach reach() {
		return visits.reach();
	}

	@GetMapping("/api/v1/mobile-visits/{id}")
	VisitView one(@PathVariable UUID id, @Nullable Authentication caller) {
		return VisitView.of(visits.get(id), isStaff(caller));
	}

	@PostMapping("/api/v1/mobile-visits")
	ResponseEntity<VisitView> schedule(@Valid @RequestBody NewVisit request, Authentication caller) {
		OutletController.requireRole(caller, "ADMIN", "SUPERVISOR");
		var visit = visits.schedule(request.date(), request.place(), request.community(),
				DistrictCode.of(request.districtCode()),
				request.location() == null ? null : GeoPoint.of(request.location().lat(), request.location().lon()),
				request.services(), request.staff(), false);
		return ResponseEntity.created(URI.create("/api/v1/mobile-visits/" + visit.id())).body(VisitView.of(visit, true));
	}

	@PostMapping("/api/v1/mobile-visits/{id}/services")
	ResponseEntity<ServiceView> service(@PathVariable UUID id, @Valid @RequestBody NewService request,
			Authentication caller) {
		OutletController.requireRole(caller, "CLERK", "ADMIN", "SUPERVISOR");
		var event = visits.recordService(id, request.serviceType().strip(), request.startedAt().toInstant(),
				request.completedAt().toInstant(), caller.getName(), request.citizenIdNumber());
		return ResponseEntity.created(URI.create("/api/v1/mobile-visits/" + id))
			.body(new ServiceView(event.serviceId(), event.visitId(), event.serviceType(), event.channel().name(),
					event.startedAt(), event.completedAt()));
	}

	private static boolean isStaff(@Nullable Authentication caller) {
		return caller != null && caller.isAuthenticated() && caller.getAuthorities().stream()
			.anyMatch(a -> a.getAuthority() != null && a.getAuthority().startsWith("ROLE_")
					&& !a.getAuthority().equals("ROLE_CITIZEN") && !a.getAuthority().equals("ROLE_ANONYMOUS"));
	}

	record NewVisit(@NotNull LocalDate date, @NotBlank @Size(max = 200) String place,
			@NotBlank @Size(max = 200) String community, @NotBlank String districtCode,
			OutletController.@Nullable LatLon location, @NotEmpty @Size(max = 30) Set<@NotBlank String> services,
			@NotEmpty @Size(max = 20) List<@NotBlank String> staff) {
	}

	record NewService(@NotBlank @Size(max = 40) String serviceType, @NotNull OffsetDateTime startedAt,
			@NotNull OffsetDateTime completedAt, @Nullable @Size(max = 32) String citizenIdNumber) {
	}

	record ServiceView(UUID id, UUID visitId, String serviceType, String channel, Instant startedAt,
			Instant completedAt) {
	}

	record VisitView(UUID id, LocalDate date, String place, String community, String districtCode,
			OutletController.@Nullable LatLon location, List<String> services, @Nullable List<String> staff,
			int staffCount, boolean demo) {

		static VisitView of(MobileVisit visit, boolean staff) {
			return new VisitView(visit.id(), visit.date(), visit.place(), visit.community(),
					visit.districtCode().value(),
					visit.location() == null ? null : OutletController.LatLon.of(visit.location()),
					visit.services().stream().sorted().toList(), staff ? visit.staff() : null, visit.staff().size(),
					visit.demo());
		}
	}
}
