package org.cheguan.identity;

import java.security.Principal;

/**
 * The principal of a signed-in citizen. {@link #getName()} is the citizen id, so audit rows name the citizen without
 * personal data.
 *
 * @param citizenId the citizen
 */
public record CitizenPrincipal(CitizenId citizenId) implements Principal {

	@Override
	public String getName() {
		return "citizen:" + citizenId.value();
	}
}
