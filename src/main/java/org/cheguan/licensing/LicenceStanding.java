package org.cheguan.licensing;

/**
 * Where a driving licence stands relative to its expiry (公安部令第162号, renewal, 注销 and restoration
 * articles; domain-rules §1.6).
 */
public enum LicenceStanding {

	/** More than 90 days before the last valid day. */
	VALID,
	/** Within 90 days before expiry, the last valid day included: renewal (换证) may be applied for. */
	RENEWAL_WINDOW,
	/** Expired less than 1 year ago (逾期未换证): renewable normally. */
	EXPIRED_RENEWABLE,
	/** Expired 1 to under 3 years ago: cancelled (注销), restorable by passing Subject 1. */
	RESTORABLE_AFTER_SUBJECT_1,
	/** Expired 3 years ago or more: finally cancelled; the holder must apply as a new applicant. */
	START_OVER
}
