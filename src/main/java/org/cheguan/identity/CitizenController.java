package org.cheguan.identity;

import java.util.UUID;

import org.cheguan.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A citizen's own record ({@code GET /api/v1/citizens/me}) and, for staff, any citizen by id. A citizen asking for
 * another citizen gets 404, never 403, so ids reveal nothing. Personal data is masked in every answer.
 */
@RestController
@RequestMapping("/api/v1/citizens")
class CitizenController {

	private final Citizens citizens;

	CitizenController(Citizens citizens) {
		this.citizens = citizens;
	}

	@GetMapping("/me")
	CitizenView me(Authentication authentication) {
		if (!(authentication.getPrincipal() instanceof CitizenPrincipal principal)) {
			throw new NotFound("citizen", "me");
		}
		return view(citizens.profile(principal.citizenId()));
	}

	@GetMapping("/{id}")
	CitizenView one(@PathVariable UUID id, Authentication authentication) {
		var citizenId = new CitizenId(id);
		if (authentication.getPrincipal() instanceof CitizenPrincipal principal
				&& !principal.citizenId().equals(citizenId)) {
			throw new NotFound("citizen", id);
		}
		return view(citizens.profile(citizenId));
	}

	private static CitizenView view(CitizenProfile profile) {
		return new CitizenView(profile.id().toString(), profile.idNumber().masked(), profile.mobile().masked(),
				profile.maskedName());
	}

	record CitizenView(String id, String idNumber, String mobile, @Nullable String name) {
	}
}
