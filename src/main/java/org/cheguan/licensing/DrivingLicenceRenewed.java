package org.cheguan.licensing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * A licence was renewed (换证) or restored (恢复驾驶资格). {@code transactions} records it as a service rendered.
 *
 * @param applicationId the application the licence was issued on
 * @param citizenId the holder
 * @param serviceId the service, unique
 * @param kind renewal or restoration
 * @param licenceClass the class the licence allows afterwards
 * @param licenceNumber the file number
 * @param term the new term
 * @param validUntil the new last valid day, or null when long-term
 * @param channel where it was done: a window, or online by the holder
 * @param staffUsername the clerk or examiner, or null when the holder did it online
 * @param recordedAt when
 */
public record DrivingLicenceRenewed(UUID applicationId, CitizenId citizenId, UUID serviceId, LicenceServiceKind kind,
		LicenceClass licenceClass, String licenceNumber, LicenceTerm term, @Nullable LocalDate validUntil,
		Channel channel, @Nullable String staffUsername, Instant recordedAt) {
}
