package org.cheguan.vehicles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.jspecify.annotations.Nullable;

/** One row of {@code vehicles.vehicle}, as the services read it. */
record VehicleRow(String vin, String plate, CitizenId owner, String ownerIdMasked, @Nullable String ownerNameMasked,
		VehicleType type, Usage usage, Energy energy, int seats, boolean van, String model, LocalDate manufacturedOn,
		LocalDate registeredOn, String certificate, String licenceFile, String electronicLicence,
		boolean identityCheckRequired, @Nullable LocalDate insuranceValidUntil, Set<StatusCode> statusCodes,
		String state, boolean illegalModification, boolean injuryAccident, LocalDate inspectionValidUntil,
		@Nullable LocalDate signValidUntil, @Nullable String mortgagee, @Nullable String originAuthority,
		@Nullable String destinationAuthority) {

	static final String COLUMNS = """
			vin, plate, owner_id, owner_id_masked, owner_name_masked, vehicle_type, usage, energy, seats, van, model,
			manufactured_on, registered_on, registration_certificate, licence_file_number, electronic_licence_id,
			identity_check_required, insurance_valid_until, status_codes, state, illegal_modification, injury_accident,
			inspection_valid_until, sign_valid_until, mortgagee, origin_authority, destination_authority""";

	static VehicleRow map(ResultSet rs, int row) throws SQLException {
		return new VehicleRow(rs.getString(1), rs.getString(2), new CitizenId(rs.getObject(3, UUID.class)),
				rs.getString(4), rs.getString(5), VehicleType.valueOf(rs.getString(6)), Usage.valueOf(rs.getString(7)),
				Energy.valueOf(rs.getString(8)), rs.getInt(9), rs.getBoolean(10), rs.getString(11),
				rs.getObject(12, LocalDate.class), rs.getObject(13, LocalDate.class), rs.getString(14),
				rs.getString(15), rs.getString(16), rs.getBoolean(17), rs.getObject(18, LocalDate.class),
				StatusCode.parse(rs.getString(19)), rs.getString(20), rs.getBoolean(21), rs.getBoolean(22),
				rs.getObject(23, LocalDate.class), rs.getObject(24, LocalDate.class), rs.getString(25),
				rs.getString(26), rs.getString(27));
	}

	InspectionSchedule.Facts inspectionFacts() {
		return new InspectionSchedule.Facts(type, usage, seats, van, manufacturedOn, registeredOn,
				illegalModification, injuryAccident);
	}

	boolean registered() {
		return state.equals("REGISTERED");
	}
}
