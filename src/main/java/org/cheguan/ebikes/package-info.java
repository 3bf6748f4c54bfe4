/**
 * E-bikes (电动自行车): registration of e-bikes at an e-bike registration point against the national standard of the
 * bike's manufacture date (GB 17761-2018 before 2025-09-01, GB 17761-2024 from then; {@link org.cheguan.ebikes.EbikeRules}),
 * local plates under a configurable format, electronic permits. Publishes {@link org.cheguan.ebikes.EbikeRegistered}
 * for every registration completed, so that the service is recorded.
 */
@ApplicationModule(displayName = "E-bikes (电动自行车)", allowedDependencies = { "identity", "outlets" })
@NullMarked
package org.cheguan.ebikes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
