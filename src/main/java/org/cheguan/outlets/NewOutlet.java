package org.cheguan.outlets;

import java.util.Set;

import org.cheguan.shared.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * A new outlet; its district is found from its location.
 *
 * @param name unique name
 * @param kind kind
 * @param location WGS84 location, inside a Wuhan district
 * @param services business-type codes, or null or empty for the kind's default ({@link ServiceMatrix})
 * @param hours opening hours
 */
public record NewOutlet(String name, OutletKind kind, GeoPoint location, @Nullable Set<String> services,
		OpeningHours hours) {
}
