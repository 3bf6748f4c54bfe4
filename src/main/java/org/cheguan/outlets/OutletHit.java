package org.cheguan.outlets;

import org.jspecify.annotations.Nullable;

/**
 * One result of a search.
 *
 * @param outlet the outlet
 * @param distanceMeters great-circle distance from the search point in metres, or null when no point was given
 */
public record OutletHit(Outlet outlet, @Nullable Double distanceMeters) {
}
