package org.cheguan.ebikes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A registered e-bike as shown to staff and to its owner; personal data masked.
 *
 * @param id the registration id
 * @param plate the local plate
 * @param electronicPermitId the electronic permit id (电子行驶证)
 * @param frameNumber frame number
 * @param brand brand
 * @param model model
 * @param certificateNumber CCC certificate of conformity number
 * @param manufacturedOn manufacture date
 * @param standard the standard it was checked against
 * @param maxSpeedKmh maximum design speed, km/h
 * @param massKg mass, kg
 * @param batteryType battery chemistry
 * @param batteryVoltage battery nominal voltage, V
 * @param motorPowerWatts motor rated continuous power, W
 * @param ownerIdNumber the owner's ID number, masked
 * @param ownerName the owner's name, masked, or null
 * @param outletId where it was registered
 * @param registeredAt when
 */
public record Ebike(UUID id, String plate, String electronicPermitId, String frameNumber, String brand, String model,
		String certificateNumber, LocalDate manufacturedOn, EbikeStandard standard, BigDecimal maxSpeedKmh,
		BigDecimal massKg, BatteryType batteryType, BigDecimal batteryVoltage, int motorPowerWatts,
		String ownerIdNumber, @Nullable String ownerName, UUID outletId, Instant registeredAt) {
}
