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
 * @param citizenRecorded whether the citizen's ID number was recorded: the receiver reads it, decrypted, through
 *        {@link MobileVisits#citizenIdNumber(UUID)}, so that no ID number sits in the event registry
 * @param startedAt when service started
 * @param completedAt when it was completed
 */
public record MobileServiceRendered(UUID serviceId, UUID visitId, @Nullable UUID outletId, String serviceType,
		Channel channel, DistrictCode districtCode, String staff, boolean citizenRecorded, Instant startedAt,
		Instant completedAt) {
}
