package org.cheguan.outlets;

import java.util.List;

import org.cheguan.shared.GeoPoint;

/**
 * Suggested places for new outlets of a kind, chosen greedily for the most newly covered population, with coverage
 * before and after.
 *
 * @param kind the kind of outlet
 * @param radiusMeters the radius, metres
 * @param count sites asked for
 * @param districtCodes districts the sites were restricted to (empty: the whole city)
 * @param coveredBefore people covered citywide by the existing outlets
 * @param coveredAfter people covered citywide with the suggested sites added
 * @param population the city's population
 * @param sites the sites in the order chosen
 * @param districts coverage before and after per district, by code
 */
public record SitingPlan(OutletKind kind, int radiusMeters, int count, List<String> districtCodes, long coveredBefore,
		long coveredAfter, long population, List<Site> sites, List<DistrictChange> districts) {

	/**
	 * One suggested site.
	 *
	 * @param location the centre of the chosen population cell
	 * @param districtCode the district it lies in
	 * @param addedCoveredPopulation people it newly covers, given the sites chosen before it
	 */
	public record Site(GeoPoint location, String districtCode, long addedCoveredPopulation) {
	}

	/**
	 * @param code district code
	 * @param population its population
	 * @param coveredBefore covered before
	 * @param coveredAfter covered after
	 */
	public record DistrictChange(String code, long population, long coveredBefore, long coveredAfter) {
	}
}
