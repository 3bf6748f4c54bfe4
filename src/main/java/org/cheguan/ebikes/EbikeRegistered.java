package org.cheguan.ebikes;

import java.time.Instant;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * An e-bike was registered at an e-bike registration point: the service was rendered and a plate and an electronic
 * permit issued. Published inside the registration's transaction; {@code transactions} records the service from it.
 *
 * @param registrationId the registration (also the e-bike's id)
 * @param citizenId the owner served
 * @param outletId the e-bike registration point (an outlet of kind EBIKE_REGISTRATION)
 * @param channel how the citizen was served (WINDOW at a registration point)
 * @param staffUsername the clerk who registered it, or null when no staff member did
 * @param completedAt when the registration was completed
 * @param plate the plate issued
 */
public record EbikeRegistered(UUID registrationId, CitizenId citizenId, UUID outletId, Channel channel,
		@Nullable String staffUsername, Instant completedAt, String plate) {
}
