package org.cheguan.vehicles;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.cheguan.identity.CitizenPrincipal;
import org.cheguan.shared.Channel;
import org.cheguan.shared.Conflict;
import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.NotFound;
import org.cheguan.shared.PlateNumber;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.shared.Vin;
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
 * Transfer-ins and coordination cases over HTTP (api-contract.md, Vehicles and e-bikes). A blocked transfer-in is
 * {@code 409 /problems/transfer-blocked} with {@code blockers:[{kind, authority, detail}]} and
 * {@code coordinationCaseId}; the case is committed before the answer. A citizen sees their own cases only.
 */
@RestController
class TransferInController {

	private final TransferIns transferIns;

	TransferInController(TransferIns transferIns) {
		this.transferIns = transferIns;
	}

	@PostMapping("/api/v1/vehicle-transfer-ins")
	ResponseEntity<TransferInOutcome> apply(@Valid @RequestBody TransferIn request, Authentication caller) {
		VehicleController.requireRole(caller, "CLERK", "ADMIN");
		var outcome = transferIns.apply(Vin.of(request.vin()), PlateNumber.of(request.originPlate()),
				ResidentIdNumber.of(request.ownerIdNumber()), request.ownerName(),
				request.ownerMobile() == null ? null : MobileNumber.of(request.ownerMobile()),
				VehicleController.context(caller, request.channel(), request.outletId(), request.startedAt()));
		if (outcome.blocked()) {
			var properties = new LinkedHashMap<String, Object>();
			properties.put("blockers", outcome.blockers());
			properties.put("coordinationCaseId", outcome.coordinationCaseId());
			throw new Conflict("transfer-blocked", "vehicles.transfer-in.blocked", TransferIns.RULE, properties,
					String.join("、", outcome.blockers().stream().map(b -> b.authority() + "：" + b.detail()).toList()),
					String.valueOf(outcome.coordinationCaseId()));
		}
		return ResponseEntity.created(URI.create("/api/v1/vehicles/" + outcome.vin())).body(outcome);
	}

	@GetMapping("/api/v1/coordination-cases/{id}")
	CoordinationCaseView one(@PathVariable UUID id, Authentication caller) {
		visible(id, caller);
		return transferIns.view(id);
	}

	/** Staff: open cases, nearest deadline first; a citizen: their own cases. */
	@GetMapping("/api/v1/coordination-cases")
	List<CoordinationCaseView> list(@RequestParam(defaultValue = "50") int size, Authentication caller) {
		if (caller.getPrincipal() instanceof CitizenPrincipal citizen) {
			return transferIns.ofCitizen(citizen.citizenId());
		}
		return transferIns.open(Math.max(1, Math.min(size, 200)));
	}

	@PostMapping("/api/v1/coordination-cases/{id}/events")
	ResponseEntity<CoordinationCaseView> record(@PathVariable UUID id, @Valid @RequestBody CaseEvent request,
			Authentication caller) {
		VehicleController.requireRole(caller, "CLERK", "ADMIN", "SUPERVISOR");
		var view = transferIns.record(id, request.kind().strip(), request.note(), caller.getName());
		return ResponseEntity.created(URI.create("/api/v1/coordination-cases/" + id)).body(view);
	}

	private void visible(UUID id, Authentication caller) {
		var citizen = transferIns.citizen(id);
		if (caller.getPrincipal() instanceof CitizenPrincipal principal && !citizen.equals(principal.citizenId())) {
			throw new NotFound("coordination-case", id);
		}
	}

	record TransferIn(@NotBlank @Size(max = 32) String vin, @NotBlank @Size(max = 16) String originPlate,
			@NotBlank @Size(max = 32) String ownerIdNumber, @NotBlank @Size(max = 50) String ownerName,
			@Nullable @Size(max = 32) String ownerMobile, @Nullable Channel channel, @Nullable UUID outletId,
			@Nullable Instant startedAt) {
	}

	record CaseEvent(@NotBlank @Size(max = 40) String kind, @Nullable @Size(max = 1000) String note) {
	}

	static Map<String, Object> none() {
		return Map.of();
	}
}
