package org.cheguan.outlets;

import java.util.List;

/**
 * The mobile office's cumulative reach as recorded here (the seed reports 200,000+ services over its first 10 years,
 * 2014–2023, before this system).
 *
 * @param visits visits held or planned
 * @param visitsHeld visits on or before today
 * @param services services done on site
 * @param communities distinct communities, enterprises and villages visited
 * @param districts per district, by code
 */
public record MobileReach(long visits, long visitsHeld, long services, long communities,
		List<DistrictReach> districts) {

	/** Services reported by the seed for 2014–2023, before records were kept here. */
	public static final long SERVICES_REPORTED_2014_2023 = 200_000;

	/**
	 * @param code district code
	 * @param visits visits
	 * @param services services done
	 * @param communities distinct communities
	 */
	public record DistrictReach(String code, long visits, long services, long communities) {
	}
}
