package org.cheguan.outlets;

import java.util.List;

/**
 * How much of the population lives within a radius of an outlet of a kind (population from the 2020 census spread
 * evenly over each district's polygon, see docs/outlets.md).
 *
 * @param kind the kind of outlet
 * @param radiusMeters the radius, metres (straight line)
 * @param outlets number of outlets of the kind counted
 * @param population the city's population
 * @param coveredPopulation people within the radius of at least one outlet
 * @param districts the same per district, by code
 */
public record CoverageReport(OutletKind kind, int radiusMeters, int outlets, long population, long coveredPopulation,
		List<DistrictCoverage> districts) {

	/** @return covered share of the city, 0 to 1 */
	public double coveredShare() {
		return population == 0 ? 0 : (double) coveredPopulation / population;
	}

	/**
	 * One district's coverage.
	 *
	 * @param code GB/T 2260 code
	 * @param name Chinese name
	 * @param population resident population (2020 census, functional zones folded in)
	 * @param coveredPopulation people within the radius of an outlet
	 * @param outlets outlets of the kind inside the district
	 */
	public record DistrictCoverage(String code, String name, long population, long coveredPopulation, int outlets) {

		/** @return people beyond the radius of every outlet */
		public long uncoveredPopulation() {
			return population - coveredPopulation;
		}

		/** @return covered share, 0 to 1 */
		public double coveredShare() {
			return population == 0 ? 0 : (double) coveredPopulation / population;
		}
	}
}
