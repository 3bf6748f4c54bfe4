package org.cheguan.vehicles;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cheguan.shared.IssuingAuthority;
import org.cheguan.shared.PersonalDataCipher;
import org.cheguan.shared.ResidentIdNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo adapter of {@link InterOfficeExchange}: other offices' vehicle files in {@code vehicles.exchange_file},
 * seeded through {@code POST /api/v1/admin/exchange/vehicles} (demo only). It plays the other office too: when the
 * origin responds to a case, its pending business is closed. A broker adapter replaces this class in production.
 */
@Component
@Transactional
class TableExchange implements InterOfficeExchange {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	private final JsonMapper json;

	private final Clock clock;

	TableExchange(JdbcClient jdbc, PersonalDataCipher cipher, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public Optional<OriginFile> originFile(IssuingAuthority authority, String vin) {
		return jdbc.sql("""
				select vin, plate, owner_id_hash, owner_id_masked, status_codes, pending_business, vehicle_type, usage,
				  energy, seats, model, manufactured_on, registered_on, insurance_valid_until, inspection_valid_until
				from vehicles.exchange_file where vin = :vin and authority = :authority and state = 'HELD'""")
			.param("vin", vin)
			.param("authority", authority.toString())
			.query((rs, n) -> new OriginFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					StatusCode.parse(rs.getString(5)), json.readValue(rs.getString(6), STRINGS),
					VehicleType.valueOf(rs.getString(7)), Usage.valueOf(rs.getString(8)),
					Energy.valueOf(rs.getString(9)), rs.getInt(10), rs.getString(11), rs.getObject(12, LocalDate.class),
					rs.getObject(13, LocalDate.class), rs.getObject(14, LocalDate.class),
					rs.getObject(15, LocalDate.class)))
			.optional();
	}

	@Override
	public void requestClearance(UUID caseId, IssuingAuthority authority, String vin, List<Blocker> blockers) {
		// the demo origin office receives the request by reading the case; nothing to send
	}

	@Override
	public void originResponded(UUID caseId, IssuingAuthority authority, String vin) {
		jdbc.sql("""
				update vehicles.exchange_file set pending_business = '[]', status_codes = 'A', updated_at = :now
				where vin = :vin and authority = :authority""")
			.param("now", Timestamp.from(clock.instant()))
			.param("vin", vin)
			.param("authority", authority.toString())
			.update();
	}

	@Override
	public void archive(IssuingAuthority authority, String vin) {
		jdbc.sql("""
				update vehicles.exchange_file set state = 'TRANSFERRED', status_codes = 'B', updated_at = :now
				where vin = :vin and authority = :authority""")
			.param("now", Timestamp.from(clock.instant()))
			.param("vin", vin)
			.param("authority", authority.toString())
			.update();
	}

	@Override
	public void send(IssuingAuthority destination, OriginFile file) {
		upsert(destination, file, "RECEIVED");
	}

	/**
	 * Seeds (or replaces) another office's file, demo only.
	 *
	 * @param plate its plate there; the authority is read from it
	 * @param owner the owner's ID number
	 * @param file the other facts
	 */
	void seed(String plate, ResidentIdNumber owner, OriginFile file) {
		var authority = org.cheguan.shared.PlateNumber.of(plate).issuingAuthority();
		upsert(authority, new OriginFile(file.vin(), plate, cipher.lookupHash(owner.value()), owner.masked(),
				file.statusCodes(), file.pendingBusiness(), file.type(), file.usage(), file.energy(), file.seats(),
				file.model(), file.manufacturedOn(), file.registeredOn(), file.insuranceValidUntil(),
				file.inspectionValidUntil()), "HELD");
	}

	/**
	 * @param vin a VIN
	 * @return the state of the file another office holds: HELD, TRANSFERRED or RECEIVED; null when none
	 */
	@Nullable
	String state(String vin) {
		return jdbc.sql("select state from vehicles.exchange_file where vin = :vin").param("vin", vin).query(String.class)
			.optional().orElse(null);
	}

	private void upsert(IssuingAuthority authority, OriginFile file, String state) {
		jdbc.sql("""
				insert into vehicles.exchange_file (vin, plate, authority, owner_id_hash, owner_id_masked, status_codes,
				  pending_business, vehicle_type, usage, energy, seats, model, manufactured_on, registered_on,
				  insurance_valid_until, inspection_valid_until, state, updated_at)
				values (:vin, :plate, :authority, :hash, :masked, :codes, :pending, :type, :usage, :energy, :seats, :model,
				  :manufactured, :registered, :insurance, :inspection, :state, :now)
				on conflict (vin) do update set plate = excluded.plate, authority = excluded.authority,
				  owner_id_hash = excluded.owner_id_hash, owner_id_masked = excluded.owner_id_masked,
				  status_codes = excluded.status_codes, pending_business = excluded.pending_business,
				  vehicle_type = excluded.vehicle_type, usage = excluded.usage, energy = excluded.energy,
				  seats = excluded.seats, model = excluded.model, manufactured_on = excluded.manufactured_on,
				  registered_on = excluded.registered_on, insurance_valid_until = excluded.insurance_valid_until,
				  inspection_valid_until = excluded.inspection_valid_until, state = excluded.state,
				  updated_at = excluded.updated_at""")
			.param("vin", file.vin())
			.param("plate", file.plate())
			.param("authority", authority.toString())
			.param("hash", file.ownerIdHash())
			.param("masked", file.ownerIdMasked())
			.param("codes", StatusCode.write(file.statusCodes()))
			.param("pending", json.writeValueAsString(file.pendingBusiness()))
			.param("type", file.type().name())
			.param("usage", file.usage().name())
			.param("energy", file.energy().name())
			.param("seats", file.seats())
			.param("model", file.model())
			.param("manufactured", file.manufacturedOn())
			.param("registered", file.registeredOn())
			.param("insurance", file.insuranceValidUntil())
			.param("inspection", file.inspectionValidUntil())
			.param("state", state)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}
}
