package org.cheguan.licensing;

import org.jspecify.annotations.Nullable;

/**
 * The validity term of a driving licence (公安部令第162号, validity article; domain-rules §1.6): 6 years for a first
 * licence, 10 years after a clean 6, long-term (长期) after a clean 10.
 */
public enum LicenceTerm {

	/** Valid 6 years: a first licence, or a renewal after a term with a 12-point period. */
	SIX_YEARS(6),

	/** Valid 10 years: renewed after 6 years in which no scoring period reached 12 points. */
	TEN_YEARS(10),

	/** Long-term (长期): renewed after 10 years in which no scoring period reached 12 points. */
	LONG_TERM(null);

	private final @Nullable Integer years;

	LicenceTerm(@Nullable Integer years) {
		this.years = years;
	}

	/** @return the term in years, or null for long-term */
	public @Nullable Integer years() {
		return years;
	}
}
