package org.cheguan.outlets;

import java.time.Instant;
import java.util.UUID;

import org.cheguan.shared.Channel;
import org.cheguan.shared.DistrictCode;
import org.jspecify.annotations.Nullable;

/**
 * A service was done on site by the mobile office (channel {@link Channel#MOBILE}); {@code transactions} records it
 * as a service rendered. Published inside the transaction that records it.
 *
 * @param serviceId identifier of the service done
 * @param visitId the mobile-office visit
 * @param outletId the mobile office outlet (kind MOBILE), or null when the network has none
 * @param serviceType business-type code, e.g. DL_RENEWAL
 * @param channel always MOBILE
 * @param districtCode the district visited
 * @param staff username of the staff member who served
 * @param citizenIdNumber the citizen's resident ID number (GB 11643, validated), or null when not recorded; the
 *        receiver resolves it to a citizen and must not log it
 * @param startedAt when service started
 * @param completedAt when it was completed
 */
public record MobileServiceRendered(UUID serviceId, UUID visitId, @Nullable UUID outletId, String serviceType,
		Channel channel, DistrictCode districtCode, String staff, @Nullable String citizenIdNumber, Instant startedAt,
		Instant completedAt) {
}
