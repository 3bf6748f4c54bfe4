package org.cheguan.appointments;

import org.cheguan.shared.Forbidden;
import org.springframework.security.core.Authentication;

/** Role checks of the appointments endpoints and pages, as licensing does them. */
final class Roles {

	private Roles() {
	}

	static boolean has(Authentication caller, String... roles) {
		for (var authority : caller.getAuthorities()) {
			for (var role : roles) {
				if (("ROLE_" + role).equals(authority.getAuthority())) {
					return true;
				}
			}
		}
		return false;
	}

	static void require(Authentication caller, String... roles) {
		if (!has(caller, roles)) {
			throw new Forbidden("problem.forbidden");
		}
	}
}
