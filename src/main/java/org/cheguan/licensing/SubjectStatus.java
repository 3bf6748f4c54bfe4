package org.cheguan.licensing;

/** Where one required subject of a licence application stands (公安部令第162号, exam chapter). */
public enum SubjectStatus {

	/** Never taken, or taken before a restart from Subject 1 without having been passed. */
	NOT_TAKEN,
	/** The last booking failed (or was a no-show); the subject may be booked again, after the wait for Subject 2/3. */
	FAILED,
	/** Passed and still valid. */
	PASSED,
	/**
	 * Passed once, then voided because the learner permit expired or a fifth Subject 2/3 booking failed; it must be
	 * taken again.
	 */
	VOID
}
