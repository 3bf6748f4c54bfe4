package org.cheguan.licensing;

/**
 * Where a holder of a large class stands relative to the age at which it may no longer be driven (公安部令第162号
 * 第六十五条 as amended by 第172号; domain-rules §1.6): from 63 (60 before 2025-01-01) A1, A2, A3, B1, B2, M, N and P
 * may no longer be driven and are exchanged for C1/C2, unless extended by up to 3 years after the three-ability tests.
 * See {@link LicenceRenewalRules#largeClassStanding}.
 */
public enum LargeClassStanding {

	/** The class held is not one of A1, A2, A3, B1, B2, M, N, P. */
	NOT_AFFECTED,
	/** Younger than the year before the ceiling: nothing to do yet. */
	ALLOWED,
	/** Aged 62 (2025 text): the holder may apply to extend the class after passing the three-ability tests. */
	EXTENSION_WINDOW,
	/** An extension was granted and runs: the class may be driven through its last day. */
	EXTENDED,
	/** At or over the ceiling, with no running extension: the class may no longer be driven; exchange for C1/C2. */
	MUST_EXCHANGE
}
