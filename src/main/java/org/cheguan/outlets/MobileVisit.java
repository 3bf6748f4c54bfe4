package org.cheguan.outlets;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cheguan.shared.DistrictCode;
import org.cheguan.shared.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * A visit of the mobile office (流动车管所) to a community, an enterprise or a remote place.
 *
 * @param id identifier
 * @param date the day of the visit (office date)
 * @param place where the van stands, e.g. a square or a factory gate
 * @param community the community (社区), enterprise or village served; counted for the reach
 * @param districtCode the district
 * @param location WGS84 place, or null when not given
 * @param services business-type codes offered on site
 * @param staff usernames of the staff on the van
 * @param demo generated demo data
 */
public record MobileVisit(UUID id, LocalDate date, String place, String community, DistrictCode districtCode,
		@Nullable GeoPoint location, Set<String> services, List<String> staff, boolean demo) {

	/** Copies the collections. */
	public MobileVisit {
		services = Set.copyOf(services);
		staff = List.copyOf(staff);
	}
}
