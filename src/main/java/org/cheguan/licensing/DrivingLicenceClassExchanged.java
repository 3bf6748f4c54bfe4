package org.cheguan.licensing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * A licence was exchanged for a lower class outside renewal (降级换证, 降低准驾车型: 公安部令第162号; the age exchanges
 * of 第六十五条 as amended by 第172号). The number and validity are unchanged. {@code transactions} records it as a
 * service rendered.
 *
 * @param applicationId the application the licence was issued on
 * @param citizenId the holder
 * @param serviceId the service, unique
 * @param classBefore the class held before
 * @param classAfter the class held afterwards
 * @param licenceNumber the file number, unchanged
 * @param validUntil the last valid day, unchanged; null when long-term
 * @param channel where it was done: a window
 * @param staffUsername the clerk or administrator
 * @param recordedAt when
 */
public record DrivingLicenceClassExchanged(UUID applicationId, CitizenId citizenId, UUID serviceId,
		LicenceClass classBefore, LicenceClass classAfter, String licenceNumber, @Nullable LocalDate validUntil,
		Channel channel, String staffUsername, Instant recordedAt) {
}
