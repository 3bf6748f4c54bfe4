/**
 * Vehicles (机动车): vehicles, plates and plate selection, registrations of every kind, transfers in and out of the
 * city with inter-office coordination cases, inspection (公安部令第164号, GA 36-2018, 道路交通安全法实施条例 第十六条;
 * domain-rules.md §2–4). Entry points: {@link org.cheguan.vehicles.VehicleRegistrations} (registration, transfer,
 * change, mortgage, deregistration, transfer-out, status marks), {@link org.cheguan.vehicles.Plates} (pools and
 * issuing), {@link org.cheguan.vehicles.TransferIns} (transfer-in and coordination cases, through the
 * {@link org.cheguan.vehicles.InterOfficeExchange} port) and {@link org.cheguan.vehicles.Inspections} (electronic sign,
 * reminders). Every service completed publishes a {@link org.cheguan.vehicles.VehicleServiceCompleted} event.
 */
@ApplicationModule(displayName = "Vehicles (机动车)", allowedDependencies = { "identity", "outlets" })
@NullMarked
package org.cheguan.vehicles;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
