package org.cheguan.vehicles;

/**
 * Which reform layer of private small and micro passenger car inspection applies (domain-rules.md §3). The product
 * decision is {@link #REFORM_2022}; configuration {@code cheguan.vehicles.inspection.reform}.
 */
public enum InspectionReform {

	/** Base cycle of 道路交通安全法实施条例 第十六条 only. */
	NONE,

	/** 2014-09: up to 6 seats exempt within 6 years (signs in years 2 and 4, station test in year 6). */
	REFORM_2014,

	/** 2020-11-20: up to 9 seats (面包车 excluded); years 6 to 10 every 2 years (tests in years 6, 8 and 10). */
	REFORM_2020,

	/** 2022-10-01: station tests in years 6 and 10 only, signs in years 2, 4 and 8; yearly after 10, half-yearly after 15. */
	REFORM_2022
}
