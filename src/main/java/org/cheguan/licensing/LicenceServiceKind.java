package org.cheguan.licensing;

/** A service on an issued licence (domain-rules §1.6). */
public enum LicenceServiceKind {

	/** 换证: within 90 days before expiry or less than a year after it. */
	RENEWAL,

	/** 恢复驾驶资格: Subject 1 passed 1 to under 3 years after expiry. */
	RESTORATION,

	/** A restoration's Subject 1 not passed: kept on the record, the licence unchanged. */
	RESTORATION_TEST_FAILED,

	/**
	 * A large class (A1, A2, A3, B1, B2, M, N, P) extended beyond 63 after the three-ability tests, for up to 3 years
	 * (公安部令第162号 第六十五条 as amended by 第172号).
	 */
	AGE_EXTENSION,

	/**
	 * 降级换证 (降低准驾车型) outside renewal: the class exchanged for a lower one, on request or because of the age rules
	 * at 63 and 70 (公安部令第162号; 第六十五条 as amended by 第172号); the number and validity are kept.
	 */
	CLASS_EXCHANGE
}
