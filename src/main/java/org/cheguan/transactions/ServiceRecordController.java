package org.cheguan.transactions;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cheguan.identity.CitizenId;
import org.cheguan.identity.CitizenPrincipal;
import org.cheguan.identity.Citizens;
import org.cheguan.shared.Channel;
import org.cheguan.shared.Forbidden;
import org.cheguan.shared.InvalidValue;
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
 * Services rendered over HTTP (api-contract.md, Services rendered): the catalogue of business types (public), the
 * records (staff see any, a citizen only their own) and the clerk endpoint for services no module records itself.
 * ID numbers in answers are masked.
 */
@RestController
class ServiceRecordController {

	private static final String[] STAFF = { "ADMIN", "CLERK", "EXAMINER", "HOTLINE_AGENT", "SUPERVISOR" };

	private final ServiceRecords records;

	private final Citizens citizens;

	ServiceRecordController(ServiceRecords records, Citizens citizens) {
		this.records = records;
		this.citizens = citizens;
	}

	@GetMapping("/api/v1/service-types")
	List<ServiceTypeView> serviceTypes(Locale locale) {
		var english = "en".equals(locale.getLanguage());
		return Arrays.stream(ServiceType.values())
			.map(type -> new ServiceTypeView(type.name(), type.name(english), type.chineseName(), type.englishName(),
					type.department().name()))
			.toList();
	}

	@GetMapping("/api/v1/service-records")
	List<ServiceRecordView> search(@RequestParam(required = false) @Nullable String citizenIdNumber,
			@RequestParam(required = false) @Nullable UUID outletId,
			@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Authentication caller, Locale locale) {
		CitizenId citizen;
		if (caller.getPrincipal() instanceof CitizenPrincipal principal) {
			citizen = principal.citizenId(); // a citizen sees only their own services, whatever they ask for
		}
		else {
			requireRole(caller, STAFF);
			citizen = citizenIdNumber == null || citizenIdNumber.isBlank() ? null
					: citizens.findByIdNumber(ResidentIdNumber.of(citizenIdNumber.strip())).orElse(null);
			if (citizenIdNumber != null && !citizenIdNumber.isBlank() && citizen == null) {
				return List.of();
			}
		}
		var found = records.search(citizen, outletId, from, to, page, size);
		var profiles = citizens.profiles(found.stream().map(ServiceRecord::citizenId).distinct().toList());
		var english = "en".equals(locale.getLanguage());
		return found.stream()
			.map(record -> ServiceRecordView.of(record, profiles.containsKey(record.citizenId())
					? profiles.get(record.citizenId()).idNumber().masked() : null, english))
			.toList();
	}

	@GetMapping("/api/v1/service-records/{id}")
	ServiceRecordView one(@PathVariable UUID id, Authentication caller, Locale locale) {
		var record = records.get(id);
		if (caller.getPrincipal() instanceof CitizenPrincipal principal) {
			if (!record.citizenId().equals(principal.citizenId())) {
				throw new NotFound("service-record", id);
			}
		}
		else {
			requireRole(caller, STAFF);
		}
		return ServiceRecordView.of(record, citizens.profile(record.citizenId()).idNumber().masked(),
				"en".equals(locale.getLanguage()));
	}

	@PostMapping("/api/v1/service-records")
	ResponseEntity<ServiceRecordView> record(@Valid @RequestBody NewRecord request, Authentication caller,
			Locale locale) {
		requireRole(caller, "CLERK");
		var idNumber = ResidentIdNumber.of(request.citizenIdNumber().strip());
		var citizen = citizens.findByIdNumber(idNumber).orElse(null);
		if (citizen == null) {
			if (request.mobile() == null || request.mobile().isBlank()) {
				throw new NotFound("citizen", idNumber.masked());
			}
			citizen = citizens.register(idNumber, MobileNumber.of(request.mobile().strip()), request.name());
		}
		var completed = request.completedAt();
		var service = new NewServiceRecord(ServiceType.of(request.serviceType()), channel(request.channel()),
				request.outletId(), request.department(), caller.getName(), citizen, request.startedAt(), completed,
				request.waitMinutes(), "transactions.clerk", UUID.randomUUID().toString());
		var stored = records.record(service);
		return ResponseEntity.created(URI.create("/api/v1/service-records/" + stored.id()))
			.body(ServiceRecordView.of(stored, idNumber.masked(), "en".equals(locale.getLanguage())));
	}

	private static Channel channel(String text) {
		for (var channel : Channel.values()) {
			if (channel.name().equals(text)) {
				return channel;
			}
		}
		throw new InvalidValue(InvalidValue.VALIDATION, "transactions.channel.unknown", null, text);
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

	/**
	 * A service no module records itself, entered by the clerk who rendered it. {@code mobile} and {@code name}
	 * register a citizen not known yet.
	 */
	record NewRecord(@NotBlank @Size(max = 40) String serviceType, @NotBlank @Size(max = 20) String channel,
			@Nullable UUID outletId, @NotBlank @Size(max = 32) String citizenIdNumber, @Nullable Instant startedAt,
			@NotNull Instant completedAt, @Nullable @Min(0) @Max(1440) Integer waitMinutes,
			@Nullable @Size(max = 40) String department, @Nullable @Size(max = 32) String mobile,
			@Nullable @Size(max = 50) String name) {
	}

	record ServiceTypeView(String code, String name, String chineseName, String englishName, String department) {
	}

	record ServiceRecordView(UUID id, String serviceType, String serviceName, String channel, @Nullable UUID outletId,
			String department, @Nullable String staffUsername, @Nullable String citizenIdNumber,
			@Nullable Instant startedAt, Instant completedAt, @Nullable Integer waitMinutes, String source) {

		static ServiceRecordView of(ServiceRecord record, @Nullable String maskedIdNumber, boolean english) {
			return new ServiceRecordView(record.id(), record.type().name(), record.type().name(english),
					record.channel().name(), record.outletId(), record.department(), record.staffUsername(),
					maskedIdNumber, record.startedAt(), record.completedAt(), record.waitMinutes(), record.source());
		}
	}
}
