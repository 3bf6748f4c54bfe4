package org.cheguan.vehicles;

import java.time.LocalDate;

import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.PlateNumber;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.shared.Vin;
import org.jspecify.annotations.Nullable;

/**
 * An initial registration (注册登记) as applied for.
 *
 * @param vin the vehicle
 * @param ownerIdNumber the owner
 * @param ownerName the owner's name
 * @param ownerMobile the owner's mobile; needed only when the owner is not yet known to the office
 * @param type vehicle type
 * @param usage usage
 * @param energy energy
 * @param seats approved seats
 * @param van whether it is a van (面包车)
 * @param model model name
 * @param manufacturedOn manufacture date
 * @param insuranceValidUntil compulsory insurance validity
 * @param domesticModelApproved the model is an approved domestic model (免查验 condition)
 * @param accidentBeforeRegistration it had an accident before registration
 * @param plate the chosen number: from the requester's pool, or self-composed
 * @param selfComposed whether the number is self-composed (checked against the local rule)
 */
public record NewRegistration(Vin vin, ResidentIdNumber ownerIdNumber, String ownerName,
		@Nullable MobileNumber ownerMobile, VehicleType type, Usage usage, Energy energy, int seats, boolean van,
		String model, LocalDate manufacturedOn, @Nullable LocalDate insuranceValidUntil, boolean domesticModelApproved,
		boolean accidentBeforeRegistration, PlateNumber plate, boolean selfComposed) {
}
