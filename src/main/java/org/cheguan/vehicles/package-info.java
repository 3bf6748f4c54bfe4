/**
 * Vehicles (机动车): vehicles, plates and plate selection, registrations of every kind, transfers in and out of the
 * city with inter-office coordination cases, inspection (公安部令第164号). Not built yet.
 */
@ApplicationModule(displayName = "Vehicles (机动车)", allowedDependencies = { "identity", "outlets" })
@NullMarked
package org.cheguan.vehicles;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
