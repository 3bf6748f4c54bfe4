package org.cheguan.vehicles;

import java.time.LocalDate;

/**
 * What a registration hands the owner.
 *
 * @param plate the plate issued
 * @param vin the vehicle
 * @param identityCheckRequired whether the vehicle must be shown for the identity check (查验), false when exempt
 * @param registrationCertificateNumber 机动车登记证书 number
 * @param vehicleLicenceFileNumber 行驶证 file number
 * @param electronicVehicleLicenceId 电子行驶证 id, pushed to the owner's 12123
 * @param registeredOn registration date
 * @param inspection the first inspection due point
 */
public record RegistrationResult(String plate, String vin, boolean identityCheckRequired,
		String registrationCertificateNumber, String vehicleLicenceFileNumber, String electronicVehicleLicenceId,
		LocalDate registeredOn, VehicleView.Inspection inspection) {
}
