package org.cheguan.licensing;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A licence class the applicant already holds, for the increase (增驾) conditions of 公安部令第162号 第十七条.
 *
 * @param licenceClass the class held
 * @param issuedOn the date the applicant first obtained this class (the "held for N years" conditions count from it)
 * @param validUntil the licence's last valid day; null for a long-term licence (长期) or when not known
 */
public record HeldLicence(LicenceClass licenceClass, LocalDate issuedOn, @Nullable LocalDate validUntil) {

	/**
	 * A class held whose validity is not known (treated as valid).
	 *
	 * @param licenceClass the class held
	 * @param issuedOn the date the applicant first obtained it
	 */
	public HeldLicence(LicenceClass licenceClass, LocalDate issuedOn) {
		this(licenceClass, issuedOn, null);
	}

	/**
	 * @param on a date
	 * @return whether the licence is valid on that day (issued by then and not past its last day)
	 */
	public boolean validOn(LocalDate on) {
		return !issuedOn.isAfter(on) && (validUntil == null || !validUntil.isBefore(on));
	}
}
