/**
 * Demo (演示): a living demo office. In the demo profile, before the platform takes its first request, a month of
 * office history is generated through the real public services of the business modules, day by day with the office
 * clock walked through the past (docs/demo.md). Nothing depends on this module; it is no business module and may use
 * the platform clock.
 */
@ApplicationModule(displayName = "Demo (演示)", allowedDependencies = { "platform", "identity", "outlets", "licensing",
		"vehicles", "ebikes", "appointments", "hotline", "transactions", "evaluation", "notifications" })
@NullMarked
package org.cheguan.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
