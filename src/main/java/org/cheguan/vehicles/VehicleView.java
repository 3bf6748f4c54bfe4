package org.cheguan.vehicles;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A vehicle as the API and the pages show it; the owner's ID number and name are masked (GB/T 35273-2020 §6.3).
 *
 * @param vin the vehicle
 * @param plate its plate
 * @param ownerIdNumber the owner's ID number, masked
 * @param ownerName the owner's name, masked
 * @param status status codes, e.g. {@code A} or {@code GK}
 * @param statusLabels their meanings
 * @param state REGISTERED, TRANSFERRED_OUT or DEREGISTERED
 * @param vehicleType type
 * @param usage usage
 * @param energy energy
 * @param seats seats
 * @param model model
 * @param manufacturedOn manufacture date
 * @param registeredOn initial registration date
 * @param registrationCertificateNumber 登记证书编号
 * @param vehicleLicenceFileNumber 行驶证档案编号
 * @param electronicVehicleLicenceId 电子行驶证 id
 * @param identityCheckRequired whether the identity check (查验) was required at registration
 * @param insuranceValidUntil compulsory insurance validity
 * @param inspection inspection validity, the next due point and the sign
 * @param mortgagee the mortgagee, or null
 * @param originAuthority the office it was transferred in from, or null
 * @param destinationAuthority the office it was transferred out to, or null
 * @param history the services rendered on it, oldest first
 */
public record VehicleView(String vin, String plate, String ownerIdNumber, @Nullable String ownerName, String status,
		String statusLabels, String state, VehicleType vehicleType, Usage usage, Energy energy, int seats, String model,
		LocalDate manufacturedOn, LocalDate registeredOn, String registrationCertificateNumber,
		String vehicleLicenceFileNumber, String electronicVehicleLicenceId, boolean identityCheckRequired,
		@Nullable LocalDate insuranceValidUntil, Inspection inspection, @Nullable String mortgagee,
		@Nullable String originAuthority, @Nullable String destinationAuthority, List<HistoryEntry> history) {

	/** @return each status code of {@link #status} on its own (A, or G and K), for pages that name them in their language */
	public List<String> statusCodes() {
		return status.chars().mapToObj(code -> String.valueOf((char) code)).toList();
	}

	/**
	 * @param nextDueOn last day of the current inspection validity (检验有效期至)
	 * @param kind what that due point asks: sign online or a station test
	 * @param windowOpen whether the owner may apply now (3 months before)
	 * @param overdue whether the validity has ended
	 * @param signValidUntil validity of the last electronic sign issued, or null
	 * @param exempt whether the car is on a reform layer's exemption (免检)
	 */
	public record Inspection(LocalDate nextDueOn, InspectionKind kind, boolean windowOpen, boolean overdue,
			@Nullable LocalDate signValidUntil, boolean exempt) {
	}

	/**
	 * @param kind the service, e.g. REGISTRATION
	 * @param summary masked summary
	 * @param at when
	 */
	public record HistoryEntry(String kind, String summary, java.time.Instant at) {
	}
}
