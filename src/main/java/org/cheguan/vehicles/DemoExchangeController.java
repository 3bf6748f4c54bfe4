package org.cheguan.vehicles;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.PlateNumber;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.shared.StateChanged;
import org.cheguan.shared.Vin;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * Demo only ({@code cheguan.demo=true}; otherwise the path does not exist and answers 404):
 * {@code POST /api/v1/admin/exchange/vehicles {vin, plate, ownerIdNumber, statusCodes, pendingBusiness}} seeds
 * another office's vehicle file in the demo exchange (api-contract.md, Conventions); the office is read from the
 * plate (e.g. 甘A). {@code statusCodes} is a string such as {@code AG} or a list; {@code pendingBusiness} a list of
 * strings, a string, or true. Optional: vehicleType, usage, energy, seats, model, manufacturedOn, registeredOn,
 * insuranceValidUntil, inspectionValidUntil. Seeding the same VIN again replaces the file.
 */
@RestController
@RequestMapping("/api/v1/admin/exchange/vehicles")
@ConditionalOnProperty(name = "cheguan.demo", havingValue = "true")
class DemoExchangeController {

	private final TableExchange exchange;

	private final java.time.Clock clock;

	private final ApplicationEventPublisher events;

	DemoExchangeController(TableExchange exchange, java.time.Clock clock, ApplicationEventPublisher events) {
		this.exchange = exchange;
		this.clock = clock;
		this.events = events;
	}

	@PostMapping
	@Transactional
	ResponseEntity<Map<String, Object>> seed(@Valid @RequestBody Seed request) {
		var vin = Vin.of(request.vin());
		var plate = PlateNumber.of(request.plate());
		var owner = ResidentIdNumber.of(request.ownerIdNumber());
		var codes = request.statusCodes() == null ? Set.of(StatusCode.A) : StatusCode.parse(text(request.statusCodes()));
		var pending = pending(request.pendingBusiness());
		var today = OfficeTime.today(clock);
		var type = request.vehicleType() == null ? VehicleType.SMALL_PASSENGER : request.vehicleType();
		var energy = request.energy() == null ? (plate.isNewEnergy() ? Energy.NEW_ENERGY : Energy.FUEL) : request.energy();
		var registered = request.registeredOn() == null ? today.minusYears(3) : request.registeredOn();
		var file = new InterOfficeExchange.OriginFile(vin.value(), plate.value(), "", "", codes, pending, type,
				request.usage() == null ? Usage.NON_COMMERCIAL : request.usage(), energy,
				request.seats() == null ? VehicleController.defaultSeats(type) : request.seats(),
				request.model() == null ? "演示车型" : request.model(),
				request.manufacturedOn() == null ? registered.minusMonths(2) : request.manufacturedOn(), registered,
				request.insuranceValidUntil() == null ? today.plusMonths(6) : request.insuranceValidUntil(),
				request.inspectionValidUntil());
		exchange.seed(plate.value(), owner, file);
		events.publishEvent(new StateChanged("vehicles.exchange.seeded", "exchange-file", vin.value(), null,
				plate + " " + StatusCode.write(codes) + ", pending " + pending.size() + ", owner " + owner.masked()));
		return ResponseEntity.created(URI.create("/api/v1/admin/exchange/vehicles/" + vin))
			.body(Map.of("vin", vin.value(), "plate", plate.value(), "authority", plate.issuingAuthority().toString(),
					"statusCodes", StatusCode.write(codes), "pendingBusiness", pending));
	}

	private static String text(JsonNode node) {
		if (node.isArray()) {
			var builder = new StringBuilder();
			node.forEach(item -> builder.append(item.asString()));
			return builder.toString();
		}
		return node.asString();
	}

	private static List<String> pending(@Nullable JsonNode node) {
		var result = new ArrayList<String>();
		if (node == null || node.isNull()) {
			return result;
		}
		if (node.isBoolean()) {
			if (node.asBoolean()) {
				result.add("原籍地有在办业务");
			}
			return result;
		}
		if (node.isArray()) {
			node.forEach(item -> {
				if (!item.asString().isBlank()) {
					result.add(item.asString().strip());
				}
			});
		}
		else if (!node.asString().isBlank()) {
			result.add(node.asString().strip());
		}
		if (result.size() > 20 || result.stream().anyMatch(item -> item.length() > 200)) {
			throw new InvalidValue(InvalidValue.VALIDATION, "vehicles.exchange.pending", null);
		}
		return result;
	}

	record Seed(@NotBlank @Size(max = 32) String vin, @NotBlank @Size(max = 16) String plate,
			@NotBlank @Size(max = 32) String ownerIdNumber, @Nullable JsonNode statusCodes,
			@Nullable JsonNode pendingBusiness, @Nullable VehicleType vehicleType, @Nullable Usage usage,
			@Nullable Energy energy, @Nullable Integer seats, @Nullable @Size(max = 100) String model,
			@Nullable LocalDate manufacturedOn, @Nullable LocalDate registeredOn,
			@Nullable LocalDate insuranceValidUntil, @Nullable LocalDate inspectionValidUntil) {
	}
}
