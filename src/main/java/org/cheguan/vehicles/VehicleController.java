package org.cheguan.vehicles;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cheguan.identity.CitizenPrincipal;
import org.cheguan.identity.Citizens;
import org.cheguan.shared.Channel;
import org.cheguan.shared.Forbidden;
import org.cheguan.shared.IssuingAuthority;
import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.NotFound;
import org.cheguan.shared.PlateNumber;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.shared.Vin;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Vehicles over HTTP (api-contract.md, Vehicles and e-bikes): plate pools, registrations, the vehicle file (owner
 * masked), transfers, changes, mortgages, deregistration, transfer-out, status marks, inspection signs. Clerks and
 * administrators serve anyone at a window; a signed-in citizen sees only their own vehicles (anything else is 404),
 * draws plate pools and applies for the electronic inspection sign online. Every service may name its
 * {@code channel}, {@code outletId} and {@code startedAt} for the service record.
 */
@RestController
class VehicleController {

	private final VehicleRegistrations registrations;

	private final Plates plates;

	private final Inspections inspections;

	private final Citizens citizens;

	VehicleController(VehicleRegistrations registrations, Plates plates, Inspections inspections, Citizens citizens) {
		this.registrations = registrations;
		this.plates = plates;
		this.inspections = inspections;
		this.citizens = citizens;
	}

	/**
	 * {@code GET /api/v1/plates/pool?vehicleType=&energy=} → the 50 free plate numbers (a JSON array, as the contract
	 * says), held for the caller for 10 minutes; the pool's id, plate kind and end of hold ride in the
	 * {@code Plate-Pool-Id}, {@code Plate-Pool-Kind} and {@code Plate-Pool-Held-Until} headers.
	 */
	@GetMapping("/api/v1/plates/pool")
	ResponseEntity<List<String>> pool(@RequestParam VehicleType vehicleType, @RequestParam Energy energy,
			Authentication caller) {
		if (!(caller.getPrincipal() instanceof CitizenPrincipal)) {
			requireRole(caller, "CLERK", "ADMIN");
		}
		var pool = plates.pool(vehicleType, energy, requester(caller));
		return ResponseEntity.ok()
			.header("Plate-Pool-Id", pool.id().toString())
			.header("Plate-Pool-Kind", pool.kind().name())
			.header("Plate-Pool-Held-Until", pool.heldUntil().toString())
			.body(pool.plates());
	}

	@PostMapping("/api/v1/vehicle-registrations")
	ResponseEntity<RegistrationResult> register(@Valid @RequestBody Registration request, Authentication caller) {
		requireRole(caller, "CLERK", "ADMIN");
		var result = registrations.register(new NewRegistration(Vin.of(request.vin()),
				ResidentIdNumber.of(request.ownerIdNumber()), request.ownerName().strip(),
				request.ownerMobile() == null ? null : MobileNumber.of(request.ownerMobile()), request.vehicleType(),
				request.usage(), request.energy(), request.seats() == null ? defaultSeats(request.vehicleType())
						: request.seats(),
				Boolean.TRUE.equals(request.van()), request.model(), request.manufacturedOn(),
				request.insuranceValidUntil(), Boolean.TRUE.equals(request.domesticModelApproved()),
				Boolean.TRUE.equals(request.accidentBeforeRegistration()), PlateNumber.of(request.plate()),
				Boolean.TRUE.equals(request.selfComposed())), context(caller, request.channel(), request.outletId(),
						request.startedAt()));
		return ResponseEntity.created(URI.create("/api/v1/vehicles/" + result.vin())).body(result);
	}

	@GetMapping("/api/v1/vehicles/{vin}")
	VehicleView one(@PathVariable String vin, Authentication caller) {
		visible(vin, caller);
		return registrations.view(vin);
	}

	/** A citizen: their own vehicles; staff: the vehicles of {@code ownerIdNumber}. */
	@GetMapping("/api/v1/vehicles")
	List<VehicleView> list(@RequestParam(required = false) @Nullable String ownerIdNumber, Authentication caller) {
		if (caller.getPrincipal() instanceof CitizenPrincipal citizen) {
			return registrations.ofOwner(citizen.citizenId());
		}
		requireRole(caller, "CLERK", "ADMIN", "SUPERVISOR");
		if (ownerIdNumber == null) {
			throw new org.cheguan.shared.InvalidValue(org.cheguan.shared.InvalidValue.VALIDATION,
					"vehicles.list.owner-required", null);
		}
		return citizens.findByIdNumber(ResidentIdNumber.of(ownerIdNumber)).map(registrations::ofOwner)
			.orElse(List.of());
	}

	@PostMapping("/api/v1/vehicles/{vin}/ownership-transfers")
	ResponseEntity<TransferResult> transfer(@PathVariable String vin, @Valid @RequestBody Transfer request,
			Authentication caller) {
		requireRole(caller, "CLERK", "ADMIN");
		var result = registrations.transfer(Vin.of(vin).value(), ResidentIdNumber.of(request.buyerIdNumber()),
				request.buyerName(), request.buyerMobile() == null ? null : MobileNumber.of(request.buyerMobile()),
				request.deliveredOn(), Boolean.TRUE.equals(request.mortgageeConsent()), request.residencePermitNumber(),
				context(caller, request.channel(), request.outletId(), request.startedAt()));
		return ResponseEntity.created(URI.create("/api/v1/vehicles/" + result.vin())).body(result);
	}

	@PostMapping("/api/v1/vehicles/{vin}/changes")
	ResponseEntity<Map<String, Object>> change(@PathVariable String vin, @Valid @RequestBody Change request,
			Authentication caller) {
		requireRole(caller, "CLERK", "ADMIN");
		var overdue = registrations.change(Vin.of(vin).value(), request.kind(), request.newValue(),
				request.changedOn(), context(caller, request.channel(), request.outletId(), request.startedAt()));
		return ResponseEntity.created(URI.create("/api/v1/vehicles/" + Vin.of(vin)))
			.body(Map.of("vin", Vin.of(vin).value(), "kind", request.kind(), "overdue", overdue));
	}

	@PostMapping("/api/v1/vehicles/{vin}/mortgages")
	ResponseEntity<VehicleView> mortgage(@PathVariable String vin, @Valid @RequestBody Mortgage request,
			Authentication caller) {
		requireRole(caller, "CLERK", "ADMIN");
		registrations.registerMortgage(Vin.of(vin).value(), request.mortgagee(),
				context(caller, request.channel(), request.outletId(), request.startedAt()));
		return ResponseEntity.created(URI.create("/api/v1/vehicles/" + Vin.of(vin))).body(registrations.view(vin));
	}

	@PostMapping("/api/v1/vehicles/{vin}/mortgage-releases")
	ResponseEntity<VehicleView> release(@PathVariable String vin,
			@RequestBody(required = false) @Nullable Service request, Authentication caller) {
		requireRole(caller, "CLERK", "ADMIN");
		var service = request == null ? new Service(null, null, null) : request;
		registrations.releaseMortgage(Vin.of(vin).value(),
				context(caller, service.channel(), service.outletId(), service.startedAt()));
		return ResponseEntity.created(URI.create("/api/v1/vehicles/" + Vin.of(vin))).body(registrations.view(vin));
	}

	@PostMapping("/api/v1/vehicles/{vin}/deregistrations")
	ResponseEntity<VehicleView> deregister(@PathVariable String vin, @Valid @RequestBody Deregistration request,
			Authentication caller) {
		requireRole(caller, "CLERK", "ADMIN");
		registrations.deregister(Vin.of(vin).value(), request.reason(),
				context(caller, request.channel(), request.outletId(), request.startedAt()));
		return ResponseEntity.created(URI.create("/api/v1/vehicles/" + Vin.of(vin))).body(registrations.view(vin));
	}

	@PostMapping("/api/v1/vehicles/{vin}/transfer-outs")
	ResponseEntity<VehicleView> transferOut(@PathVariable String vin, @Valid @RequestBody TransferOut request,
			Authentication caller) {
		requireRole(caller, "CLERK", "ADMIN");
		registrations.transferOut(Vin.of(vin).value(), IssuingAuthority.of(request.destinationAuthority()),
				context(caller, request.channel(), request.outletId(), request.startedAt()));
		return ResponseEntity.created(URI.create("/api/v1/vehicles/" + Vin.of(vin))).body(registrations.view(vin));
	}

	/** Another authority's mark (查封, 暂扣, 盗抢 …) or an unprocessed violation or accident. */
	@PostMapping("/api/v1/vehicles/{vin}/status-marks")
	Map<String, String> mark(@PathVariable String vin, @Valid @RequestBody StatusMark request, Authentication caller) {
		requireRole(caller, "CLERK", "ADMIN");
		return Map.of("status", registrations.mark(Vin.of(vin).value(), request.code(), request.reason(),
				caller.getName()));
	}

	@DeleteMapping("/api/v1/vehicles/{vin}/status-marks/{code}")
	Map<String, String> clear(@PathVariable String vin, @PathVariable StatusCode code, Authentication caller) {
		requireRole(caller, "CLERK", "ADMIN");
		return Map.of("status", registrations.clear(Vin.of(vin).value(), code, caller.getName()));
	}

	/** {@code POST /api/v1/vehicles/{vin}/inspection-signs} → 201 {@code {validUntil}}; the owner online, or a clerk. */
	@PostMapping("/api/v1/vehicles/{vin}/inspection-signs")
	ResponseEntity<Map<String, LocalDate>> sign(@PathVariable String vin,
			@RequestBody(required = false) @Nullable Sign request, Authentication caller) {
		visible(vin, caller);
		if (!(caller.getPrincipal() instanceof CitizenPrincipal)) {
			requireRole(caller, "CLERK", "ADMIN");
		}
		var sign = request == null ? new Sign(null, null, null, null) : request;
		var validUntil = inspections.issueSign(Vin.of(vin).value(), Boolean.TRUE.equals(sign.stationTestPassed()),
				context(caller, sign.channel(), sign.outletId(), sign.startedAt()));
		return ResponseEntity.created(URI.create("/api/v1/vehicles/" + Vin.of(vin)))
			.body(Map.of("validUntil", validUntil));
	}

	/** Runs the reminder scan now (ADMIN; it also runs hourly). */
	@PostMapping("/api/v1/admin/inspection-reminders")
	Map<String, Integer> remind() {
		return Map.of("reminded", inspections.remindDue());
	}

	private void visible(String vin, Authentication caller) {
		var owner = registrations.owner(Vin.of(vin).value());
		if (caller.getPrincipal() instanceof CitizenPrincipal citizen && !owner.equals(citizen.citizenId())) {
			throw new NotFound("vehicle", vin);
		}
	}

	static ServiceContext context(Authentication caller, @Nullable Channel channel, @Nullable UUID outletId,
			@Nullable Instant startedAt) {
		if (caller.getPrincipal() instanceof CitizenPrincipal) {
			return new ServiceContext(channel == null ? Channel.ONLINE : channel, outletId, null, startedAt);
		}
		return new ServiceContext(channel == null ? Channel.WINDOW : channel, outletId, caller.getName(), startedAt);
	}

	static String requester(Authentication caller) {
		if (caller.getPrincipal() instanceof CitizenPrincipal citizen) {
			return "citizen:" + citizen.citizenId().value();
		}
		return caller.getName();
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

	static int defaultSeats(VehicleType type) {
		return switch (type) {
			case SMALL_PASSENGER -> 5;
			case MICRO_PASSENGER -> 4;
			case MOTORCYCLE -> 2;
			case MEDIUM_PASSENGER -> 19;
			case LARGE_PASSENGER -> 45;
			default -> 2;
		};
	}

	record Registration(@NotBlank @Size(max = 32) String vin, @NotBlank @Size(max = 32) String ownerIdNumber,
			@NotBlank @Size(max = 50) String ownerName, @Nullable @Size(max = 32) String ownerMobile,
			@NotNull VehicleType vehicleType, @NotNull Usage usage, @NotNull Energy energy, @Nullable Integer seats,
			@Nullable Boolean van, @NotBlank @Size(max = 100) String model, @NotNull LocalDate manufacturedOn,
			@Nullable LocalDate insuranceValidUntil, @Nullable Boolean domesticModelApproved,
			@Nullable Boolean accidentBeforeRegistration, @NotBlank @Size(max = 16) String plate,
			@Nullable Boolean selfComposed, @Nullable Channel channel, @Nullable UUID outletId,
			@Nullable Instant startedAt) {
	}

	record Transfer(@NotBlank @Size(max = 32) String buyerIdNumber, @NotBlank @Size(max = 50) String buyerName,
			@Nullable @Size(max = 32) String buyerMobile, @Nullable LocalDate deliveredOn,
			@Nullable Boolean mortgageeConsent, @Nullable @Size(max = 40) String residencePermitNumber,
			@Nullable Channel channel, @Nullable UUID outletId, @Nullable Instant startedAt) {
	}

	record Change(@NotNull ChangeKind kind, @NotBlank @Size(max = 100) String newValue, @Nullable LocalDate changedOn,
			@Nullable Channel channel, @Nullable UUID outletId, @Nullable Instant startedAt) {
	}

	record Mortgage(@NotBlank @Size(max = 100) String mortgagee, @Nullable Channel channel, @Nullable UUID outletId,
			@Nullable Instant startedAt) {
	}

	record Service(@Nullable Channel channel, @Nullable UUID outletId, @Nullable Instant startedAt) {
	}

	record Deregistration(@NotNull DeregistrationReason reason, @Nullable Channel channel, @Nullable UUID outletId,
			@Nullable Instant startedAt) {
	}

	record TransferOut(@NotBlank @Size(max = 4) String destinationAuthority, @Nullable Channel channel,
			@Nullable UUID outletId, @Nullable Instant startedAt) {
	}

	record StatusMark(@NotNull StatusCode code, @NotBlank @Size(max = 200) String reason) {
	}

	record Sign(@Nullable Boolean stationTestPassed, @Nullable Channel channel, @Nullable UUID outletId,
			@Nullable Instant startedAt) {
	}
}
