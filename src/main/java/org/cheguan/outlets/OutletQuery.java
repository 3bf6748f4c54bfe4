package org.cheguan.outlets;

import java.time.Instant;

import org.cheguan.shared.DistrictCode;
import org.cheguan.shared.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * A search of the outlet network; every filter is optional.
 *
 * @param kind only this kind
 * @param district only this district
 * @param service only outlets accepting this business-type code
 * @param near sort by distance from this point (metres, great circle)
 * @param openAt only outlets open at this instant
 * @param limit at most this many, 1 to {@value Outlets#MAX_LIMIT}
 */
public record OutletQuery(@Nullable OutletKind kind, @Nullable DistrictCode district, @Nullable String service,
		@Nullable GeoPoint near, @Nullable Instant openAt, int limit) {

	/**
	 * @param kind a kind
	 * @param near a point
	 * @param limit how many
	 * @return the nearest outlets of a kind
	 */
	public static OutletQuery nearest(OutletKind kind, GeoPoint near, int limit) {
		return new OutletQuery(kind, null, null, near, null, limit);
	}
}
