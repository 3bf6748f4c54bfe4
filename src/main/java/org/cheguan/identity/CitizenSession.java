package org.cheguan.identity;

import java.time.Instant;

/**
 * A citizen's bearer token, returned once at sign-in; only its SHA-256 is stored.
 *
 * @param token the bearer token for {@code Authorization: Bearer <token>}
 * @param citizenId the signed-in citizen
 * @param expiresAt when the token stops working
 */
public record CitizenSession(String token, CitizenId citizenId, Instant expiresAt) {

	@Override
	public String toString() {
		return "CitizenSession[citizenId=" + citizenId + ", expiresAt=" + expiresAt + "]";
	}
}
