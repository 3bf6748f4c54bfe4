package org.cheguan.licensing;

import java.util.UUID;

import org.cheguan.identity.CitizenId;

/**
 * Every required subject was passed and the driving licence issued: 6 years' validity, 12 months' probation.
 *
 * @param applicationId the application
 * @param citizenId the holder
 * @param licenceClass the class
 * @param number the licence's file number (档案编号)
 * @param terms issue date, validity and probation
 */
public record DrivingLicenceIssued(UUID applicationId, CitizenId citizenId, LicenceClass licenceClass, String number,
		DrivingLicenceTerms terms) {
}
