package org.cheguan.evaluation;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cheguan.identity.CitizenPrincipal;
import org.cheguan.shared.Forbidden;
import org.cheguan.shared.NotFound;
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
 * Ratings and rectifications over HTTP (api-contract.md, Services rendered, ratings). Only the citizen served rates
 * ({@code Authorization: Bearer}); staff credentials are refused (403), so the staff who served can never rate their
 * own service. Supervisors and administrators work the rectifications; the staff concerned may appeal; only a
 * supervisor decides an appeal.
 */
@RestController
class RatingController {

	private final Ratings ratings;

	private final Rectifications rectifications;

	RatingController(Ratings ratings, Rectifications rectifications) {
		this.ratings = ratings;
		this.rectifications = rectifications;
	}

	@PostMapping("/api/v1/service-records/{id}/rating")
	ResponseEntity<RatingView> rate(@PathVariable UUID id, @Valid @RequestBody RatingRequest request,
			Authentication caller) {
		if (!(caller.getPrincipal() instanceof CitizenPrincipal citizen)) {
			throw new Forbidden("evaluation.rating.citizen-only");
		}
		var rating = ratings.rate(id, citizen.citizenId(), request.toNewRating(), "API");
		return ResponseEntity.created(URI.create("/api/v1/service-records/" + id + "/rating")).body(rating);
	}

	@GetMapping("/api/v1/service-records/{id}/rating")
	RatingView rating(@PathVariable UUID id, Authentication caller) {
		var rating = ratings.ofService(id).orElseThrow(() -> new NotFound("rating", id));
		if (caller.getPrincipal() instanceof CitizenPrincipal citizen && !ratings.ratedBy(id, citizen.citizenId())) {
			throw new NotFound("rating", id); // a citizen sees only their own
		}
		return rating;
	}

	@GetMapping("/api/v1/rectifications")
	List<RectificationView> rectifications(@RequestParam(required = false) @Nullable RectificationStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			Authentication caller) {
		requireRole(caller, "SUPERVISOR", "ADMIN", "CLERK");
		return rectifications.list(status, page, size);
	}

	@GetMapping("/api/v1/rectifications/{id}")
	RectificationView rectification(@PathVariable UUID id, Authentication caller) {
		requireRole(caller, "SUPERVISOR", "ADMIN", "CLERK");
		return rectifications.get(id);
	}

	@PostMapping("/api/v1/rectifications/{id}/reply")
	RectificationView reply(@PathVariable UUID id, @Valid @RequestBody Note request, Authentication caller) {
		requireRole(caller, "SUPERVISOR", "ADMIN");
		return rectifications.reply(id, request.note(), caller.getName());
	}

	@PostMapping("/api/v1/rectifications/{id}/rectification")
	RectificationView rectify(@PathVariable UUID id, @Valid @RequestBody Note request, Authentication caller) {
		requireRole(caller, "SUPERVISOR", "ADMIN");
		return rectifications.rectify(id, request.note(), caller.getName());
	}

	@PostMapping("/api/v1/rectifications/{id}/return-visit")
	RectificationView returnVisit(@PathVariable UUID id, @Valid @RequestBody Note request, Authentication caller) {
		requireRole(caller, "SUPERVISOR", "ADMIN");
		return rectifications.returnVisit(id, request.note(), caller.getName());
	}

	@PostMapping("/api/v1/rectifications/{id}/appeal")
	RectificationView appeal(@PathVariable UUID id, @Valid @RequestBody Note request, Authentication caller) {
		requireRole(caller, "CLERK", "SUPERVISOR", "ADMIN", "EXAMINER", "HOTLINE_AGENT");
		return rectifications.appeal(id, request.note(), caller.getName());
	}

	@PostMapping("/api/v1/rectifications/{id}/appeal-decision")
	RectificationView decide(@PathVariable UUID id, @Valid @RequestBody AppealDecision request,
			Authentication caller) {
		requireRole(caller, "SUPERVISOR");
		return rectifications.decideAppeal(id, request.upheld(), request.note(), caller.getName());
	}

	@PostMapping("/api/v1/rectifications/{id}/follow-up")
	RectificationView followUp(@PathVariable UUID id, @Valid @RequestBody FollowUp request, Authentication caller) {
		if (!(caller.getPrincipal() instanceof CitizenPrincipal citizen)) {
			throw new Forbidden("evaluation.rating.citizen-only");
		}
		return rectifications.followUp(id, citizen.citizenId(), request.score());
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

	/** {@code score} 1–5; {@code dimensions} e.g. {@code {EFFICIENCY: 4, ATTITUDE: 5}}. */
	record RatingRequest(@NotNull Integer score, @Nullable Map<Dimension, Integer> dimensions,
			@Nullable @Size(max = NewRating.MAX_COMMENT) String comment, @Nullable Boolean anonymous) {

		NewRating toNewRating() {
			return new NewRating(score, dimensions == null ? Map.of() : dimensions, comment,
					Boolean.TRUE.equals(anonymous));
		}
	}

	record Note(@NotBlank @Size(max = Rectifications.MAX_NOTE) String note) {
	}

	record AppealDecision(@NotNull Boolean upheld, @NotBlank @Size(max = Rectifications.MAX_NOTE) String note) {
	}

	record FollowUp(@NotNull Integer score) {
	}
}
