package org.cheguan.outlets;

import java.util.Set;
import java.util.UUID;

import org.cheguan.shared.DistrictCode;
import org.cheguan.shared.GeoPoint;

/**
 * A service outlet (服务网点).
 *
 * @param id identifier
 * @param name display name (generated demo names end with a demo mark)
 * @param kind kind of outlet
 * @param districtCode GB/T 2260 code of the district it lies in
 * @param location WGS84 location
 * @param services business-type codes the outlet accepts, UPPER_SNAKE, e.g. DL_RENEWAL (see {@link ServiceMatrix})
 * @param demo whether it is generated demo data, not a real outlet
 */
public record Outlet(UUID id, String name, OutletKind kind, DistrictCode districtCode, GeoPoint location,
		Set<String> services, boolean demo) {

	/** Copies the services so that the record stays immutable. */
	public Outlet {
		services = Set.copyOf(services);
	}

	/**
	 * @param service a business-type code
	 * @return whether the outlet accepts it
	 */
	public boolean offers(String service) {
		return services.contains(service);
	}
}
