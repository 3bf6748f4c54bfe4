package org.cheguan.licensing;

import java.time.LocalDate;

/**
 * The validity and probation of a first driving licence (公安部令第162号, validity and 实习期 articles; domain-rules §1.6). Both end dates are the last day included.
 *
 * @param issuedOn the issue date
 * @param validUntil the last valid day: the day before the 6th anniversary of issue
 * @param probationEndsOn the last day of the 12-month probation (实习期): the day before the 1st anniversary
 */
public record DrivingLicenceTerms(LocalDate issuedOn, LocalDate validUntil, LocalDate probationEndsOn) {
}
