package org.cheguan.hotline;

import java.util.List;

import org.cheguan.identity.CitizenPrincipal;
import org.cheguan.shared.Forbidden;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A staff member's record of commendations (表扬), newest first: {@code GET /api/v1/staff/{username}/commendations}.
 * Any staff member may read it (commendations are published in the office); citizens may not. 404 for an unknown
 * user name.
 */
@RestController
class CommendationController {

	private final HotlineDesk desk;

	CommendationController(HotlineDesk desk) {
		this.desk = desk;
	}

	@GetMapping("/api/v1/staff/{username}/commendations")
	List<Commendation> commendations(@PathVariable String username, Authentication caller) {
		if (caller.getPrincipal() instanceof CitizenPrincipal) {
			throw new Forbidden("problem.forbidden");
		}
		return desk.commendationsOf(username);
	}
}
