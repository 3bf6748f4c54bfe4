package org.cheguan.ebikes;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The technical facts of one e-bike as read from its certificate of conformity (产品合格证) and frame plate, the input
 * of {@link EbikeRules#check}.
 *
 * @param manufacturedOn manufacture date; decides the {@link EbikeStandard}
 * @param maxSpeedKmh maximum design speed, km/h
 * @param massKg complete vehicle mass with battery, kg
 * @param batteryType battery chemistry
 * @param batteryVoltage battery nominal voltage, V
 * @param motorPowerWatts motor rated continuous output power, W
 * @param hasPedals whether the bike can be pedalled
 * @param certificateNumber number of the CCC certificate of conformity, or null/blank when the bike has none
 */
public record EbikeSpecification(LocalDate manufacturedOn, BigDecimal maxSpeedKmh, BigDecimal massKg,
		BatteryType batteryType, BigDecimal batteryVoltage, int motorPowerWatts, boolean hasPedals,
		@Nullable String certificateNumber) {

	/** @return the standard this bike is held to */
	public EbikeStandard standard() {
		return EbikeStandard.forManufactureDate(manufacturedOn);
	}
}
