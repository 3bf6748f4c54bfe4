/**
 * Audit (审计): the append-only audit trail of every state change (actor, action, target, time, before and after
 * summary), its rows chained by SHA-256 so that any edit or deletion is detected by {@code verify}. Listens to the
 * shared {@code StateChanged} event in the writer's transaction; no business rule calls it.
 */
@ApplicationModule(displayName = "Audit (审计)", allowedDependencies = {  })
@NullMarked
package org.cheguan.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
