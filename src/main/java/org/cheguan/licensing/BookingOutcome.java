package org.cheguan.licensing;

/**
 * How one exam booking ended. Each booking is one exam plus at most one retake on the spot (公安部令第162号; domain-rules
 * §1.5).
 */
public enum BookingOutcome {

	/** The first attempt or the retake passed. */
	PASSED,
	/** The attempt and the retake failed, or the applicant did not take the retake. */
	FAILED,
	/** The applicant did not come: counts as failed and uses up a booking (公安部令第162号 第四十六条). */
	NO_SHOW
}
