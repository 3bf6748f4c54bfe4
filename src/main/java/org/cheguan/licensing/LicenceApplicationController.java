package org.cheguan.licensing;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Licence applications over HTTP (api-contract.md, Licensing). Clerks and administrators accept applications for
 * anyone; a signed-in citizen may apply for themselves and see, request and cancel only for their own applications
 * (anything else is 404). Examiners record results; supervisors grant the green channel.
 */
@RestController
@RequestMapping("/api/v1/licence-applications")
class LicenceApplicationController {

	private final LicenceApplications applications;

	private final ExamBookings bookings;

	private final Citizens citizens;

	private final DrivingLicences licences;

	LicenceApplicationController(LicenceApplications applications, ExamBookings bookings, Citizens citizens,
			DrivingLicences licences) {
		this.licences = licences;
		this.applications = applications;
		this.bookings = bookings;
		this.citizens = citizens;
	}

	@PostMapping
	ResponseEntity<LicenceApplicationDetails> apply(@Valid @RequestBody NewApplication request,
			Authentication caller) {
		var idNumber = ResidentIdNumber.of(request.idNumber());
		if (caller.getPrincipal() instanceof CitizenPrincipal citizen) {
			if (!citizens.profile(citizen.citizenId()).idNumber().equals(idNumber)) {
				throw new Forbidden("licensing.application.only-own");
			}
		}
		else {
			requireRole(caller, "CLERK", "ADMIN");
		}
		var details = applications.apply(idNumber, MobileNumber.of(request.mobile()), request.name().strip(),
				request.licenceClass(), Boolean.TRUE.equals(request.militaryExchange()),
				Boolean.TRUE.equals(request.serviceRecordConfirmed()), request.cleanScoringPeriods(),
				Boolean.TRUE.equals(request.vocationalStudent()));
		return ResponseEntity.created(URI.create("/api/v1/licence-applications/" + details.id())).body(details);
	}

	@GetMapping("/{id}")
	LicenceApplicationDetails one(@PathVariable UUID id, Authentication caller) {
		visible(id, caller);
		return applications.details(id);
	}

	@PostMapping("/{id}/three-ability-tests")
	LicenceApplicationDetails threeAbilityTests(@PathVariable UUID id, @Valid @RequestBody ThreeAbilityTests request,
			Authentication caller) {
		requireRole(caller, "CLERK", "ADMIN", "EXAMINER");
		return applications.recordThreeAbilityTests(id, request.passedOn());
	}

	@PostMapping("/{id}/booking-requests")
	ResponseEntity<BookingRequestView> requestBooking(@PathVariable UUID id, @Valid @RequestBody NewBookingRequest request,
			Authentication caller) {
		visible(id, caller);
		if (!(caller.getPrincipal() instanceof CitizenPrincipal)) {
			requireRole(caller, "CLERK", "ADMIN");
		}
		var created = bookings.request(id, request.subject(), request.preferences());
		return ResponseEntity.created(URI.create("/api/v1/licence-applications/" + id + "/booking-requests/"
				+ created.id())).body(created);
	}

	@GetMapping("/{id}/booking-requests")
	List<BookingRequestView> bookingRequests(@PathVariable UUID id, Authentication caller, Locale locale) {
		visible(id, caller);
		return bookings.requests(id, locale);
	}

	/** The request a {@code Location} header of {@code POST …/booking-requests} names; 404 for another application's. */
	@GetMapping("/{id}/booking-requests/{requestId}")
	BookingRequestView bookingRequest(@PathVariable UUID id, @PathVariable UUID requestId, Authentication caller,
			Locale locale) {
		visible(id, caller);
		return bookings.requests(id, locale).stream().filter(request -> request.id().equals(requestId)).findFirst()
			.orElseThrow(() -> new NotFound("booking-request", requestId));
	}

	@GetMapping("/{id}/bookings")
	List<LicenceApplicationDetails.Booking> bookings(@PathVariable UUID id, Authentication caller) {
		visible(id, caller);
		return applications.bookings(id);
	}

	@DeleteMapping("/{id}/bookings/{bookingId}")
	ResponseEntity<Void> cancel(@PathVariable UUID id, @PathVariable UUID bookingId, Authentication caller) {
		visible(id, caller);
		if (!(caller.getPrincipal() instanceof CitizenPrincipal)) {
			requireRole(caller, "CLERK", "ADMIN");
		}
		bookings.cancel(id, bookingId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/results")
	LicenceApplicationDetails result(@PathVariable UUID id, @Valid @RequestBody Result request, Authentication caller) {
		requireRole(caller, "EXAMINER");
		return applications.recordResult(id, request.subject(), request.sessionId(), request.score(),
				Boolean.TRUE.equals(request.absent()), Boolean.TRUE.equals(request.declinedRetake()));
	}

	@PostMapping("/{id}/green-channel")
	LicenceApplicationDetails greenChannel(@PathVariable UUID id, @Valid @RequestBody GreenChannel request,
			Authentication caller) {
		requireRole(caller, "SUPERVISOR");
		bookings.grantGreenChannel(id, request.reason().strip());
		return applications.details(id);
	}

	@PostMapping("/{id}/direct-bookings")
	ResponseEntity<Map<String, UUID>> bookDirectly(@PathVariable UUID id, @Valid @RequestBody DirectBooking request,
			Authentication caller) {
		requireRole(caller, "SUPERVISOR");
		var booking = bookings.bookDirectly(id, request.sessionId());
		return ResponseEntity.created(URI.create("/api/v1/licence-applications/" + id + "/bookings"))
			.body(Map.of("id", booking, "sessionId", request.sessionId()));
	}

	/**
	 * Renews the licence issued on the application (换证): a clerk at a window, or the holder online.
	 *
	 * @return 201 with the service; 422 outside the 90-day window or when an age rule refuses
	 */
	@PostMapping("/{id}/renewals")
	ResponseEntity<LicenceServiceView> renew(@PathVariable UUID id, @Valid @RequestBody Renewal request,
			Authentication caller) {
		visible(id, caller);
		var online = caller.getPrincipal() instanceof CitizenPrincipal;
		if (!online) {
			requireRole(caller, "CLERK", "ADMIN");
		}
		var service = licences.renew(id, Boolean.TRUE.equals(request.twelvePointPeriod()),
				request.medicalCertificateOn(), online ? Channel.ONLINE : Channel.WINDOW, online ? null : caller.getName());
		return created(id, service);
	}

	/**
	 * Records a restoration's Subject 1 test (恢复驾驶资格): an examiner.
	 *
	 * @return 201 with the service (RESTORATION, or RESTORATION_TEST_FAILED below the pass mark)
	 */
	@PostMapping("/{id}/restorations")
	ResponseEntity<LicenceServiceView> restore(@PathVariable UUID id, @Valid @RequestBody Restoration request,
			Authentication caller) {
		requireRole(caller, "EXAMINER", "ADMIN");
		visible(id, caller);
		var service = licences.restore(id, request.subject1Score(), Boolean.TRUE.equals(request.twelvePointPeriod()),
				request.medicalCertificateOn(), caller.getName());
		return created(id, service);
	}

	/**
	 * Extends the licence's large class beyond 63 after the three-ability tests (公安部令第162号 第六十五条 as amended by
	 * 第172号): a clerk, in the year before the holder turns 63.
	 *
	 * @return 201 with the service (AGE_EXTENSION, validUntil the last day the class may be driven); 422 when a rule
	 * refuses (class, window, tests, already extended)
	 */
	@PostMapping("/{id}/age-extensions")
	ResponseEntity<LicenceServiceView> extend(@PathVariable UUID id, @Valid @RequestBody AgeExtension request,
			Authentication caller) {
		requireRole(caller, "CLERK", "ADMIN");
		visible(id, caller);
		var service = licences.extendLargeClass(id, request.threeAbilityTestsOn(), caller.getName());
		return created(id, service);
	}

	/**
	 * Exchanges the licence for a lower class outside renewal (降级换证, 降低准驾车型): a clerk, at any time, voluntarily
	 * or because of the age rules at 63 and 70 (公安部令第162号; 第六十五条 as amended by 第172号). The number and
	 * validity are kept.
	 *
	 * @return 201 with the service (CLASS_EXCHANGE, classBefore, classAfter); 422 when the class asked for is the same,
	 * not lower, not allowed at the holder's age, or the licence has expired; 409 if the licence changed meanwhile
	 */
	@PostMapping("/{id}/class-exchanges")
	ResponseEntity<LicenceServiceView> exchangeClass(@PathVariable UUID id, @Valid @RequestBody ClassExchange request,
			Authentication caller) {
		requireRole(caller, "CLERK", "ADMIN");
		visible(id, caller);
		var service = licences.exchangeClass(id, request.toClass(), caller.getName());
		return created(id, service);
	}

	/** 201 with the service and, in {@code Location}, where it is read again. */
	private static ResponseEntity<LicenceServiceView> created(UUID id, LicenceServiceView service) {
		return ResponseEntity.created(URI.create("/api/v1/licence-applications/" + id + "/licence-services/"
				+ service.id())).body(service);
	}

	@GetMapping("/{id}/licence-services")
	List<LicenceServiceView> licenceServices(@PathVariable UUID id, Authentication caller) {
		visible(id, caller);
		return licences.services(id);
	}

	/** The service a {@code Location} header of a renewal, restoration, extension or exchange names. */
	@GetMapping("/{id}/licence-services/{serviceId}")
	LicenceServiceView licenceService(@PathVariable UUID id, @PathVariable UUID serviceId, Authentication caller) {
		visible(id, caller);
		return licences.services(id).stream().filter(service -> service.id().equals(serviceId)).findFirst()
			.orElseThrow(() -> new NotFound("licence-service", serviceId));
	}

	/** A citizen sees only their own applications; anyone else not staff gets 404 too. */
	private void visible(UUID id, Authentication caller) {
		if (caller.getPrincipal() instanceof CitizenPrincipal citizen) {
			if (!applications.applicant(id).equals(citizen.citizenId())) {
				throw new NotFound("licence-application", id);
			}
			return;
		}
		applications.applicant(id); // 404 when it does not exist
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

	record NewApplication(@NotBlank @Size(max = 32) String idNumber, @NotBlank @Size(max = 50) String name,
			@NotBlank @Size(max = 32) String mobile, @NotNull LicenceClass licenceClass,
			@Nullable Boolean militaryExchange, @Nullable Boolean serviceRecordConfirmed,
			@Nullable @Min(0) @Max(99) Integer cleanScoringPeriods, @Nullable Boolean vocationalStudent) {
	}

	record ThreeAbilityTests(@NotNull LocalDate passedOn) {
	}

	record NewBookingRequest(@NotNull Subject subject, @NotEmpty @Size(max = 5) List<@NotNull UUID> preferences) {
	}

	record Result(@NotNull Subject subject, @NotNull UUID sessionId, @Nullable @Min(0) @Max(100) Integer score,
			@Nullable Boolean absent, @Nullable Boolean declinedRetake) {
	}

	record GreenChannel(@NotBlank @Size(max = 500) String reason) {
	}

	record DirectBooking(@NotNull UUID sessionId) {
	}

	record Renewal(@Nullable Boolean twelvePointPeriod, @Nullable LocalDate medicalCertificateOn) {
	}

	record AgeExtension(@NotNull LocalDate threeAbilityTestsOn) {
	}

	record ClassExchange(@NotNull LicenceClass toClass) {
	}

	record Restoration(@NotNull @Min(0) @Max(100) Integer subject1Score, @Nullable Boolean twelvePointPeriod,
			@Nullable LocalDate medicalCertificateOn) {
	}
}
