package org.cheguan.vehicles;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cheguan.shared.IssuingAuthority;
import org.cheguan.shared.ResidentIdNumber;
import org.jspecify.annotations.Nullable;

/**
 * The port to other vehicle management offices (跨省通办 file exchange, domain-rules.md §2: since 2019 the file is
 * transferred online and the owner deals only with the destination office). The demo adapter keeps other offices'
 * files in a table; a real adapter would talk to the national exchange through a broker (architecture.md, Beyond one
 * machine). Implementations must be safe to call inside the caller's transaction and idempotent per case and kind.
 */
public interface InterOfficeExchange {

	/**
	 * Reads a vehicle file held by another office.
	 *
	 * @param authority the origin office, e.g. 甘A
	 * @param vin the vehicle
	 * @return the file, or empty when that office holds none for the VIN
	 */
	Optional<OriginFile> originFile(IssuingAuthority authority, String vin);

	/**
	 * Asks the origin office (and, when data must be re-sent, the provincial technology department) to clear the
	 * blockers of a coordination case.
	 *
	 * @param caseId the case
	 * @param authority the origin office
	 * @param vin the vehicle
	 * @param blockers what blocks the transfer-in
	 */
	void requestClearance(UUID caseId, IssuingAuthority authority, String vin, List<Blocker> blockers);

	/**
	 * Records that the origin office answered a case; the demo adapter simulates the origin closing its pending
	 * business.
	 *
	 * @param caseId the case
	 * @param authority the origin office
	 * @param vin the vehicle
	 */
	void originResponded(UUID caseId, IssuingAuthority authority, String vin);

	/**
	 * Tells the origin office that the file was taken over: it archives its copy.
	 *
	 * @param authority the origin office
	 * @param vin the vehicle
	 */
	void archive(IssuingAuthority authority, String vin);

	/**
	 * Hands a local file to another office (transfer-out, the mirror of a transfer-in).
	 *
	 * @param destination the receiving office
	 * @param file the file as it leaves
	 */
	void send(IssuingAuthority destination, OriginFile file);

	/**
	 * A vehicle file as another office holds it.
	 *
	 * @param vin the vehicle
	 * @param plate its plate there
	 * @param ownerIdHash keyed look-up hash of the owner's ID number (PersonalDataCipher), never the number itself
	 * @param ownerIdMasked the owner's ID number, masked
	 * @param statusCodes its status codes there
	 * @param pendingBusiness business still open there (在办业务), empty when none
	 * @param type vehicle type
	 * @param usage usage
	 * @param energy energy
	 * @param seats seats
	 * @param model model
	 * @param manufacturedOn manufacture date
	 * @param registeredOn initial registration date
	 * @param insuranceValidUntil compulsory insurance validity, or null
	 * @param inspectionValidUntil inspection validity, or null
	 */
	record OriginFile(String vin, String plate, String ownerIdHash, String ownerIdMasked, Set<StatusCode> statusCodes,
			List<String> pendingBusiness, VehicleType type, Usage usage, Energy energy, int seats, String model,
			LocalDate manufacturedOn, LocalDate registeredOn, @Nullable LocalDate insuranceValidUntil,
			@Nullable LocalDate inspectionValidUntil) {

		/**
		 * @param idNumber an ID number
		 * @param hash the look-up hash function
		 * @return whether it is this file's owner
		 */
		boolean ownedBy(ResidentIdNumber idNumber, java.util.function.Function<String, String> hash) {
			return ownerIdHash.equals(hash.apply(idNumber.value()));
		}
	}
}
