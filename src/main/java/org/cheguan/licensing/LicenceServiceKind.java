package org.cheguan.licensing;

/** A service on an issued licence (domain-rules §1.6). */
public enum LicenceServiceKind {

	/** 换证: within 90 days before expiry or less than a year after it. */
	RENEWAL,

	/** 恢复驾驶资格: Subject 1 passed 1 to under 3 years after expiry. */
	RESTORATION,

	/** A restoration's Subject 1 not passed: kept on the record, the licence unchanged. */
	RESTORATION_TEST_FAILED
}
