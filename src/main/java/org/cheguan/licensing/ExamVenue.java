package org.cheguan.licensing;

import java.util.Set;
import java.util.UUID;

import org.cheguan.shared.DistrictCode;
import org.cheguan.shared.GeoPoint;

/**
 * An exam venue (考场): where theory and skills tests are held.
 *
 * @param id venue id
 * @param name name, e.g. 南湖考场
 * @param districtCode GB/T 2260 district it lies in
 * @param location WGS84 location
 * @param subjects the subjects it holds
 * @param demo whether it was generated as demo data (not a real venue)
 */
public record ExamVenue(UUID id, String name, DistrictCode districtCode, GeoPoint location, Set<Subject> subjects,
		boolean demo) {
}
