/**
 * Hotline (12123 热线): tickets (consultation, help, complaint, praise, suggestion), deadlines in working time,
 * commendations, and an Open311 GeoReport v2 face. Not built yet.
 */
@ApplicationModule(displayName = "Hotline (12123 热线)", allowedDependencies = { "identity", "outlets" })
@NullMarked
package org.cheguan.hotline;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
