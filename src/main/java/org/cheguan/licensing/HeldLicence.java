package org.cheguan.licensing;

import java.time.LocalDate;

/**
 * A licence class the applicant already holds, for the increase (增驾) conditions of 公安部令第162号 第十七条.
 *
 * @param licenceClass the class held
 * @param issuedOn the date the applicant first obtained this class (the "held for N years" conditions count from it)
 */
public record HeldLicence(LicenceClass licenceClass, LocalDate issuedOn) {
}
