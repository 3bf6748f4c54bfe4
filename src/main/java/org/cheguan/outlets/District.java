package org.cheguan.outlets;

import java.util.List;

import org.cheguan.shared.DistrictCode;
import org.cheguan.shared.GeoPoint;
import org.locationtech.jts.geom.Geometry;

/**
 * One of Wuhan's 13 administrative districts (GB/T 2260, city 420100).
 *
 * @param code GB/T 2260 code, e.g. 420106
 * @param name Chinese name, e.g. 武昌区
 * @param nameEn English name, e.g. Wuchang
 * @param kind central district or new-city district (新城区)
 * @param population 2020 census resident population over the district's polygon: its own figure plus the functional
 *        zones it hosts
 * @param censusPopulation the district's own figure in the census bulletin, without hosted zones
 * @param hostedZones functional zones whose population is folded into this district
 * @param centroid approximate centre point (WGS84)
 * @param boundary boundary polygon(s) in lon/lat (x = longitude, y = latitude), about 100 m precision
 */
public record District(DistrictCode code, String name, String nameEn, Kind kind, long population,
		long censusPopulation, List<FunctionalZone> hostedZones, GeoPoint centroid, Geometry boundary) {

	/** Whether a district is one of the 7 central districts or the 6 new-city districts. */
	public enum Kind {
		/** 中心城区. */
		CENTRAL,
		/** 新城区: the seed's "new-city districts", where outlets are thinner on the ground. */
		NEW
	}

	/**
	 * A functional zone of the census bulletin (功能区), not a GB/T 2260 district.
	 *
	 * @param id the bulletin's label, e.g. ZONE-DHGX
	 * @param name Chinese name
	 * @param population 2020 census resident population
	 */
	public record FunctionalZone(String id, String name, long population) {
	}

	/**
	 * @param point a place
	 * @return whether the place lies inside this district's boundary
	 */
	public boolean contains(GeoPoint point) {
		// A point-in-area test, not Geometry.covers: the source polygons have small self-intersections at about 100 m
		// precision, on which the full topology relate throws a TopologyException.
		return org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator.locate(
				new org.locationtech.jts.geom.Coordinate(point.longitude(), point.latitude()),
				boundary) != org.locationtech.jts.geom.Location.EXTERIOR;
	}
}
