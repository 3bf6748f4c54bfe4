package org.cheguan.licensing;

import java.time.LocalDate;

/**
 * The learner permit (学习驾驶证明), issued when Subject 1 is passed; paper and electronic forms have equal force
 * (公安部令第162号, domain-rules §1.5).
 *
 * @param issuedOn the issue date, the date Subject 1 was passed
 * @param validThrough the last day of validity, see {@link LicensingRules#permitValidThrough}
 */
public record LearnerPermit(LocalDate issuedOn, LocalDate validThrough) {

	/**
	 * @param date a date
	 * @return whether the permit is valid on that date
	 */
	public boolean isValidOn(LocalDate date) {
		return !date.isBefore(issuedOn) && !date.isAfter(validThrough);
	}
}
