/**
 * Evaluation (好差评): one rating per service rendered and the rectification of bad ratings (国办发〔2019〕51号,
 * GB/T 39734-2020, GB/T 39735-2020). Learns about services only from events. Not built yet.
 */
@ApplicationModule(displayName = "Evaluation (好差评)", allowedDependencies = { "identity", "outlets", "transactions" })
@NullMarked
package org.cheguan.evaluation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
