package org.cheguan.licensing;

import java.time.Instant;
import java.util.UUID;

import org.cheguan.identity.CitizenId;

/**
 * A licence application was accepted (受理). The first service rendered to the applicant.
 *
 * @param applicationId the application
 * @param citizenId the applicant
 * @param licenceClass the class applied for
 * @param acceptedAt when
 */
public record LicenceApplicationAccepted(UUID applicationId, CitizenId citizenId, LicenceClass licenceClass,
		Instant acceptedAt) {
}
