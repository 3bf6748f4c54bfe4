package org.cheguan.outlets;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cheguan.shared.DistrictCode;
import org.cheguan.shared.Forbidden;
import org.cheguan.shared.GeoPoint;
import org.cheguan.shared.InvalidValue;
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
 * The outlet network over HTTP (api-contract.md, Outlets), reads public:
 * <ul>
 * <li>{@code GET /api/v1/outlets?kind=&district=&service=&near=<lat>,<lon>&openAt=<instant>&limit=} →
 * {@code [{id, name, kind, districtCode, location:{lat,lon}, services, distanceMeters, demo}]}, nearest first when
 * {@code near} is given; {@code limit} 1–2,000, default 50 (200 without {@code near} would be a page, not a
 * search).</li>
 * <li>{@code GET /api/v1/outlets/{id}} → the outlet with {@code openingHours}, {@code address}, {@code departments},
 * {@code closures}, and {@code openNow}.</li>
 * <li>{@code GET /api/v1/outlets/kinds} → {@code [{kind, services}]}, the services matrix.</li>
 * <li>{@code POST /api/v1/outlets} (ADMIN) and {@code POST /api/v1/outlets/{id}/closures {from, to, reason}} (ADMIN,
 * SUPERVISOR).</li>
 * </ul>
 * Bad input (unknown kind, malformed near or openAt, limit out of range) is a 400 {@code validation} problem.
 */
@RestController
class OutletController {

	private final Outlets outlets;

	private final ServiceMatrix matrix;

	OutletController(Outlets outlets, ServiceMatrix matrix) {
		this.outlets = outlets;
		this.matrix = matrix;
	}

	@GetMapping("/api/v1/outlets")
	List<OutletView> search(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String district,
			@RequestParam(required = false) @Nullable String service,
			@RequestParam(required = false) @Nullable String near,
			@RequestParam(required = false) @Nullable String openAt, @RequestParam(defaultValue = "50") int limit) {
		var query = new OutletQuery(kind(kind), district == null || district.isBlank() ? null : DistrictCode.of(district),
				service == null || service.isBlank() ? null : service.strip(), point(near), instant(openAt), limit);
		return outlets.search(query).stream().map(OutletView::of).toList();
	}

	@GetMapping("/api/v1/outlets/kinds")
	List<KindView> kinds() {
		return Arrays.stream(OutletKind.values())
			.map(kind -> new KindView(kind, matrix.servicesOf(kind).stream().sorted().toList()))
			.toList();
	}

	@GetMapping("/api/v1/outlets/{id}")
	OutletDetailView one(@PathVariable UUID id) {
		var details = outlets.details(id);
		return OutletDetailView.of(details, outlets.isOpenAt(id, outlets.now()));
	}

	@PostMapping("/api/v1/outlets")
	ResponseEntity<OutletDetailView> add(@Valid @RequestBody NewOutletRequest request, Authentication caller) {
		requireRole(caller, "ADMIN");
		var outlet = outlets.add(new NewOutlet(request.name(), request.kind(),
				GeoPoint.of(request.location().lat(), request.location().lon()), request.services(),
				request.openingHours() == null ? DemoNetwork.hoursOf(request.kind()) : request.openingHours().hours()));
		return ResponseEntity.created(URI.create("/api/v1/outlets/" + outlet.id()))
			.body(OutletDetailView.of(outlets.details(outlet.id()), outlets.isOpenAt(outlet.id(), outlets.now())));
	}

	@PostMapping("/api/v1/outlets/{id}/closures")
	ResponseEntity<Closure> close(@PathVariable UUID id, @Valid @RequestBody ClosureRequest request,
			Authentication caller) {
		requireRole(caller, "ADMIN", "SUPERVISOR");
		var closure = outlets.close(id, request.from().toInstant(), request.to().toInstant(), request.reason());
		return ResponseEntity.created(URI.create("/api/v1/outlets/" + id)).body(closure);
	}

	static void requireRole(Authentication caller, String... roles) {
		for (var authority : caller.getAuthorities()) {
			for (var role : roles) {
				if (("ROLE_" + role).equals(authority.getAuthority())) {
					return;
				}
			}
		}
		throw new Forbidden("problem.forbidden");
	}

	/**
	 * @param text an outlet kind name, any case, or blank
	 * @return the kind, or null when blank
	 * @throws InvalidValue when it is not a kind
	 */
	static @Nullable OutletKind kind(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return OutletKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValue(InvalidValue.VALIDATION, "outlets.kind.unknown", null, text,
					Arrays.toString(OutletKind.values()));
		}
	}

	/**
	 * @param text {@code <lat>,<lon>} in WGS84 degrees, or blank
	 * @return the point, or null when blank
	 * @throws InvalidValue when malformed or out of range
	 */
	static @Nullable GeoPoint point(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		var parts = text.split(",");
		if (parts.length != 2) {
			throw new InvalidValue(InvalidValue.VALIDATION, "outlets.near.malformed", null, text);
		}
		try {
			return GeoPoint.of(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
		}
		catch (NumberFormatException ex) {
			throw new InvalidValue(InvalidValue.VALIDATION, "outlets.near.malformed", null, text);
		}
	}

	/**
	 * @param text an ISO-8601 instant with offset (2026-12-05T10:00:00+08:00 or …Z), or blank
	 * @return the instant, or null when blank
	 * @throws InvalidValue when malformed
	 */
	static @Nullable Instant instant(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValue(InvalidValue.VALIDATION, "outlets.instant.malformed", null, text);
		}
	}

	record LatLon(double lat, double lon) {

		static LatLon of(GeoPoint point) {
			return new LatLon(point.latitude(), point.longitude());
		}
	}

	record KindView(OutletKind kind, List<String> services) {
	}

	record OutletView(UUID id, String name, OutletKind kind, String districtCode, LatLon location,
			List<String> services, @Nullable Long distanceMeters, boolean demo) {

		static OutletView of(OutletHit hit) {
			var outlet = hit.outlet();
			return new OutletView(outlet.id(), outlet.name(), outlet.kind(), outlet.districtCode().value(),
					LatLon.of(outlet.location()), outlet.services().stream().sorted().toList(),
					hit.distanceMeters() == null ? null : Math.round(hit.distanceMeters()), outlet.demo());
		}
	}

	/**
	 * Opening hours as JSON: {@code alwaysOpen}, {@code saturdayService}, and per weekday (MONDAY … SUNDAY, days
	 * closed omitted) {@code {opens, closes, lunchService, lunchFrom?, lunchTo?}}; holidays are closed unless
	 * {@code alwaysOpen}, make-up working days use the weekday hours.
	 */
	record HoursView(boolean alwaysOpen, boolean saturdayService, boolean closedOnPublicHolidays,
			Map<DayOfWeek, DayView> days) {

		static HoursView of(OpeningHours hours) {
			var days = new EnumMap<DayOfWeek, DayView>(DayOfWeek.class);
			hours.days().forEach((day, h) -> days.put(day, new DayView(h.opens(), h.closes(), h.lunchService(),
					h.lunchFrom(), h.lunchTo())));
			return new HoursView(hours.alwaysOpen(), hours.saturdayService(), !hours.alwaysOpen(), days);
		}

		OpeningHours hours() {
			var map = new EnumMap<DayOfWeek, OpeningHours.DayHours>(DayOfWeek.class);
			if (days != null) {
				days.forEach((day, h) -> {
					try {
						map.put(day, new OpeningHours.DayHours(h.opens(), h.closes(), h.lunchFrom(), h.lunchTo()));
					}
					catch (IllegalArgumentException | NullPointerException ex) {
						throw new InvalidValue(InvalidValue.VALIDATION, "outlets.hours.order", null, day);
					}
				});
			}
			return new OpeningHours(alwaysOpen, map);
		}
	}

	record DayView(LocalTime opens, LocalTime closes, boolean lunchService, @Nullable LocalTime lunchFrom,
			@Nullable LocalTime lunchTo) {
	}

	record ClosureView(Instant from, Instant to, String reason) {
	}

	record OutletDetailView(UUID id, String name, OutletKind kind, String districtCode, LatLon location,
			List<String> services, boolean demo, String address, List<String> departments, HoursView openingHours,
			List<ClosureView> closures, boolean openNow) {

		static OutletDetailView of(OutletDetails details, boolean openNow) {
			var outlet = details.outlet();
			var closures = new ArrayList<ClosureView>();
			details.closures().forEach(c -> closures.add(new ClosureView(c.startsAt(), c.endsAt(), c.reason())));
			return new OutletDetailView(outlet.id(), outlet.name(), outlet.kind(), outlet.districtCode().value(),
					LatLon.of(outlet.location()), outlet.services().stream().sorted().toList(), outlet.demo(),
					details.address(), details.departments(), HoursView.of(details.hours()), closures, openNow);
		}
	}

	record NewOutletRequest(@NotBlank @Size(max = 100) String name, @NotNull OutletKind kind,
			@NotNull LatLon location, @Nullable Set<@Size(max = 40) String> services,
			@Nullable HoursView openingHours) {
	}

	record ClosureRequest(@NotNull OffsetDateTime from, @NotNull OffsetDateTime to,
			@NotBlank @Size(max = 200) String reason) {
	}
}
