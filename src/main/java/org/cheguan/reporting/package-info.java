/**
 * Reporting (日统计 周通报 月讲评): daily statistics, weekly bulletins, monthly reviews with staff rankings and
 * service-model candidates, PDF and Excel documents and the supervisor dashboard, all read from rollups that are kept
 * only from events of transactions, evaluation and hotline (see Rollups).
 */
@ApplicationModule(displayName = "Reporting (日统计 周通报 月讲评)",
		allowedDependencies = { "identity", "outlets", "transactions", "evaluation", "hotline" })
@NullMarked
package org.cheguan.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
