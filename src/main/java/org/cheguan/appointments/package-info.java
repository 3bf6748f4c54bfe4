/**
 * Appointments (预约与排队): window appointments, queue tickets, priority and enterprise windows. Not built yet.
 */
@ApplicationModule(displayName = "Appointments (预约与排队)", allowedDependencies = { "identity", "outlets" })
@NullMarked
package org.cheguan.appointments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
