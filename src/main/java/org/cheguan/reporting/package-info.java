/**
 * Reporting (日统计 周通报 月讲评): daily statistics, weekly bulletins, monthly reviews, rankings, PDF and Excel
 * exports and dashboards, from rollups fed by events only. Not built yet.
 */
@ApplicationModule(displayName = "Reporting (日统计 周通报 月讲评)", allowedDependencies = { "identity", "outlets", "transactions", "evaluation" })
@NullMarked
package org.cheguan.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
