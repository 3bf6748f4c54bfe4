/**
 * Outlets (服务网点): Wuhan's districts (GB/T 2260, 2020 census, boundary polygons) and, as it lands, the outlets of
 * every kind, their services and opening hours, nearest-open search, coverage analysis, siting and mobile-office visits.
 */
@ApplicationModule(displayName = "Outlets (服务网点)", allowedDependencies = {  })
@NullMarked
package org.cheguan.outlets;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
