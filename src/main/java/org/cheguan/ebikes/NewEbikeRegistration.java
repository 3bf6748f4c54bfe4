package org.cheguan.ebikes;

import java.util.UUID;

import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.ResidentIdNumber;
import org.jspecify.annotations.Nullable;

/**
 * What a clerk records to register an e-bike.
 *
 * @param frameNumber the frame number (车架号), the bike's unique vehicle code, upper case
 * @param ownerIdNumber the owner's resident ID number
 * @param ownerName the owner's name as on the ID card
 * @param ownerMobile the owner's mobile; needed only when the owner is not yet known to the office
 * @param brand brand
 * @param model model
 * @param bike the technical facts checked against GB 17761
 * @param outletId the e-bike registration point where the citizen is served
 * @param plate a plate the citizen chose under the local format, or null for a random free one
 */
public record NewEbikeRegistration(String frameNumber, ResidentIdNumber ownerIdNumber, String ownerName,
		@Nullable MobileNumber ownerMobile, String brand, String model, EbikeSpecification bike, UUID outletId,
		@Nullable String plate) {
}
