/**
 * E-bikes (电动自行车): registration, plates and electronic driving permits under GB 17761. Not built yet.
 */
@ApplicationModule(displayName = "E-bikes (电动自行车)", allowedDependencies = { "identity", "outlets" })
@NullMarked
package org.cheguan.ebikes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
