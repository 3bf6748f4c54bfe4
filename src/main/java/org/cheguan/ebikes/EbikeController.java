package org.cheguan.ebikes;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cheguan.identity.CitizenPrincipal;
import org.cheguan.identity.Citizens;
import org.cheguan.shared.Channel;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * E-bikes over HTTP (api-contract.md, Vehicles and e-bikes): {@code POST /api/v1/ebike-registrations} (CLERK, ADMIN)
 * → 201 {@code {plate, electronicPermitId, …}} or 422 {@code rule-violation} with {@code violations} listing every
 * exceeded limit; {@code GET /api/v1/ebikes/{plate}} (staff, or the owner; others 404) with the owner masked;
 * {@code GET /api/v1/ebikes?ownerIdNumber=} (staff) and {@code GET /api/v1/ebikes} (a citizen: their own).
 */
@RestController
class EbikeController {

	private final EbikeRegistrations registrations;

	private final Citizens citizens;

	EbikeController(EbikeRegistrations registrations, Citizens citizens) {
		this.registrations = registrations;
		this.citizens = citizens;
	}

	@PostMapping("/api/v1/ebike-registrations")
	ResponseEntity<Registered> register(@Valid @RequestBody EbikeRegistrationRequest request, Authentication caller) {
		requireRole(caller, "CLERK", "ADMIN");
		var owner = ResidentIdNumber.of(request.ownerIdNumber().strip());
		var mobile = request.ownerMobile() == null || request.ownerMobile().isBlank() ? null
				: MobileNumber.of(request.ownerMobile().strip());
		var bike = new EbikeSpecification(request.manufacturedOn(), request.maxSpeedKmh(), request.massKg(),
				request.batteryType(), request.batteryVoltage(), request.motorPowerWatts(), request.hasPedals(),
				request.certificateNumber());
		var ebike = registrations.register(new NewEbikeRegistration(request.frameNumber(), owner, request.ownerName(),
				mobile, request.brand(), request.model(), bike, request.outletId(), request.plate()), Channel.WINDOW,
				caller.getName());
		return ResponseEntity
			.created(URI.create("/api/v1/ebikes/" + URLEncoder.encode(ebike.plate(), StandardCharsets.UTF_8)))
			.body(new Registered(ebike.id(), ebike.plate(), ebike.electronicPermitId(), ebike.standard(),
					ebike.registeredAt()));
	}

	@GetMapping("/api/v1/ebikes/{plate}")
	Ebike one(@PathVariable String plate, Authentication caller) {
		if (caller.getPrincipal() instanceof CitizenPrincipal citizen) {
			if (!registrations.owner(plate).equals(citizen.citizenId())) {
				throw new NotFound("ebike", plate);
			}
		}
		else {
			requireRole(caller, "CLERK", "ADMIN", "SUPERVISOR", "HOTLINE_AGENT");
		}
		return registrations.byPlate(plate);
	}

	@GetMapping("/api/v1/ebikes")
	List<Ebike> list(@RequestParam(required = false) @Nullable String ownerIdNumber,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			Authentication caller) {
		if (caller.getPrincipal() instanceof CitizenPrincipal citizen) {
			return registrations.ofCitizen(citizen.citizenId(), page, size);
		}
		requireRole(caller, "CLERK", "ADMIN", "SUPERVISOR", "HOTLINE_AGENT");
		if (ownerIdNumber == null || ownerIdNumber.isBlank()) {
			throw new org.cheguan.shared.InvalidValue(org.cheguan.shared.InvalidValue.VALIDATION,
					"ebikes.owner-required", null);
		}
		var owner = citizens.findByIdNumber(ResidentIdNumber.of(ownerIdNumber.strip()));
		return owner.isEmpty() ? List.of() : registrations.ofCitizen(owner.get(), page, size);
	}

	private static void requireRole(Authentication caller, String... roles) {
		for (var authority : caller.getAuthorities()) {
			for (var role : roles) {
				if (authority.getAuthority().equals("ROLE_" + role)) {
					return;
				}
			}
		}
		throw new Forbidden("problem.forbidden");
	}

	/** The registration request of api-contract.md; {@code ownerMobile} and {@code plate} are optional additions. */
	record EbikeRegistrationRequest(@NotBlank @Size(max = 30) @Pattern(regexp = "[A-Za-z0-9-]+") String frameNumber,
			@NotBlank @Size(max = 32) String ownerIdNumber, @NotBlank @Size(max = 50) String ownerName,
			@Nullable @Size(max = 32) String ownerMobile, @NotBlank @Size(max = 50) String brand,
			@NotBlank @Size(max = 50) String model, @Nullable @Size(max = 50) String certificateNumber,
			@NotNull LocalDate manufacturedOn,
			@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("300") @Digits(integer = 3, fraction = 2) BigDecimal maxSpeedKmh,
			@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal massKg,
			@NotNull BatteryType batteryType,
			@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal batteryVoltage,
			@NotNull @Min(1) @Max(100_000) Integer motorPowerWatts, @NotNull Boolean hasPedals, @NotNull UUID outletId,
			@Nullable @Size(max = 20) String plate) {
	}

	record Registered(UUID id, String plate, String electronicPermitId, EbikeStandard standard, Instant registeredAt) {
	}
}
