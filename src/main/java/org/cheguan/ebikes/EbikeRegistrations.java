package org.cheguan.ebikes;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.identity.Citizens;
import org.cheguan.outlets.OutletKind;
import org.cheguan.outlets.Outlets;
import org.cheguan.shared.Channel;
import org.cheguan.shared.Conflict;
import org.cheguan.shared.DomainRuleViolation;
import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.NotFound;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.StateChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-bike registration (电动自行车登记) at an e-bike registration point: the bike is checked against the GB 17761 standard
 * of its manufacture date ({@link EbikeRules}), the owner is found or registered as a citizen, a local plate (random
 * or chosen, format {@link EbikeProperties}) and an electronic permit id are issued. Plates, permit ids and frame
 * numbers are unique by database constraint, so concurrent registrations never share a plate. Every registration is
 * audited ({@link StateChanged}) and publishes {@link EbikeRegistered} in its transaction.
 */
@Service
@Transactional
@EnableConfigurationProperties(EbikeProperties.class)
public class EbikeRegistrations {

	/** Largest page a caller may ask for. */
	public static final int MAX_PAGE_SIZE = 200;

	/** Random plates tried before giving up (the plate space is nearly full). */
	static final int PLATE_ATTEMPTS = 20;

	/** Rule of the registration point: only outlets of kind EBIKE_REGISTRATION register e-bikes (glossary). */
	public static final String RULE_REGISTRATION_POINT = "CHEGUAN-ebike-registration-point";

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Citizens citizens;

	private final Outlets outlets;

	private final EbikeProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	EbikeRegistrations(JdbcClient jdbc, Citizens citizens, Outlets outlets, EbikeProperties properties, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.citizens = citizens;
		this.outlets = outlets;
		this.properties = properties;
		this.clock = clock;
		this.events = events;
	}

	/** @return the local plate format in force */
	public EbikeProperties format() {
		return properties;
	}

	/**
	 * Registers an e-bike and issues its plate and electronic permit.
	 *
	 * @param request what the clerk recorded
	 * @param channel how the citizen is served (WINDOW at a registration point)
	 * @param staffUsername the clerk, or null
	 * @return the registered e-bike
	 * @throws NotFound when the outlet does not exist
	 * @throws DomainRuleViolation {@code ebikes.registration.not-a-registration-point} when the outlet is not an e-bike
	 * registration point; {@code ebikes.registration.over-limits} listing every exceeded limit
	 * ({@link EbikeRules#requireCompliant})
	 * @throws InvalidValue {@code invalid-plate} when a chosen plate has not the local format; {@code validation} when
	 * the owner is unknown and no mobile is given, or the manufacture date is in the future
	 * @throws Conflict when the frame number is already registered, or the chosen plate taken
	 */
	public Ebike register(NewEbikeRegistration request, Channel channel, @Nullable String staffUsername) {
		var outlet = outlets.get(request.outletId());
		if (outlet.kind() != OutletKind.EBIKE_REGISTRATION) {
			throw new DomainRuleViolation(RULE_REGISTRATION_POINT, "ebikes.registration.not-a-registration-point",
					outlet.name());
		}
		var today = OfficeTime.today(clock);
		if (request.bike().manufacturedOn().isAfter(today)) {
			throw new InvalidValue(InvalidValue.VALIDATION, "ebikes.registration.made-in-future", null,
					request.bike().manufacturedOn());
		}
		EbikeRules.requireCompliant(request.bike());
		var chosen = request.plate() == null || request.plate().isBlank() ? null
				: request.plate().strip().toUpperCase(Locale.ROOT);
		if (chosen != null && !properties.isLocalPlate(chosen)) {
			throw new InvalidValue(InvalidValue.PLATE, "ebikes.plate.format", null, chosen, properties.platePrefix(),
					properties.plateLength());
		}
		var frame = request.frameNumber().strip().toUpperCase(Locale.ROOT);
		if (frameRegistered(frame)) {
			throw Conflict.of("ebikes.registration.frame-registered", frame);
		}
		var citizen = citizens.findByIdNumber(request.ownerIdNumber()).orElseGet(() -> {
			if (request.ownerMobile() == null) {
				throw new InvalidValue(InvalidValue.VALIDATION, "ebikes.registration.mobile-required", null);
			}
			return citizens.register(request.ownerIdNumber(), request.ownerMobile(), request.ownerName().strip());
		});
		var id = UUID.randomUUID();
		var now = clock.instant();
		var year = today.getYear();
		String plate = null;
		for (int attempt = 0; attempt < (chosen == null ? PLATE_ATTEMPTS : 1) && plate == null; attempt++) {
			var candidate = chosen != null ? chosen : randomPlate();
			var permit = properties.permitPrefix() + year + digits(10);
			// ON CONFLICT DO NOTHING keeps the transaction usable when the plate (or, rarely, the permit id) is taken
			var inserted = jdbc.sql("""
					insert into ebikes.ebike (id, plate, electronic_permit_id, frame_number, citizen_id, owner_id_masked,
					  owner_name_masked, brand, model, certificate_number, manufactured_on, standard, max_speed_kmh, mass_kg,
					  battery_type, battery_voltage, motor_power_watts, outlet_id, channel, staff_username, registered_at)
					values (:id, :plate, :permit, :frame, :citizen, :idMasked, :nameMasked, :brand, :model, :certificate,
					  :madeOn, :standard, :speed, :mass, :battery, :voltage, :power, :outlet, :channel, :staff, :now)
					on conflict do nothing""")
				.param("id", id)
				.param("plate", candidate)
				.param("permit", permit)
				.param("frame", frame)
				.param("citizen", citizen.value())
				.param("idMasked", request.ownerIdNumber().masked())
				.param("nameMasked", Citizens.maskName(request.ownerName()))
				.param("brand", request.brand().strip())
				.param("model", request.model().strip())
				.param("certificate", String.valueOf(request.bike().certificateNumber()).strip())
				.param("madeOn", request.bike().manufacturedOn())
				.param("standard", request.bike().standard().name())
				.param("speed", request.bike().maxSpeedKmh())
				.param("mass", request.bike().massKg())
				.param("battery", request.bike().batteryType().name())
				.param("voltage", request.bike().batteryVoltage())
				.param("power", request.bike().motorPowerWatts())
				.param("outlet", outlet.id())
				.param("channel", channel.name())
				.param("staff", staffUsername)
				.param("now", Timestamp.from(now))
				.update();
			if (inserted == 1) {
				plate = candidate;
			}
			else if (frameRegistered(frame)) {
				throw Conflict.of("ebikes.registration.frame-registered", frame);
			}
		}
		if (plate == null) {
			throw chosen != null ? Conflict.of("ebikes.plate.taken", chosen) : Conflict.of("ebikes.plate.exhausted");
		}
		events.publishEvent(StateChanged.created("ebikes.ebike.registered", "ebike", id.toString(),
				"plate=" + plate + ", frame=" + frame + ", owner=" + request.ownerIdNumber().masked() + ", standard="
						+ request.bike().standard().code() + ", outlet=" + outlet.id()));
		events.publishEvent(new EbikeRegistered(id, citizen, outlet.id(), channel, staffUsername, now, plate));
		return byPlate(plate);
	}

	/**
	 * @param plate a plate
	 * @return the e-bike with that plate, owner masked
	 * @throws NotFound when no e-bike has it
	 */
	@Transactional(readOnly = true)
	public Ebike byPlate(String plate) {
		return jdbc.sql("select * from ebikes.ebike where plate = :plate")
			.param("plate", plate.strip().toUpperCase(Locale.ROOT))
			.query(EbikeRegistrations::ebike)
			.optional()
			.orElseThrow(() -> new NotFound("ebike", plate));
	}

	/**
	 * @param plate a plate
	 * @return the owner of the e-bike with that plate
	 * @throws NotFound when no e-bike has it
	 */
	@Transactional(readOnly = true)
	public CitizenId owner(String plate) {
		return jdbc.sql("select citizen_id from ebikes.ebike where plate = :plate")
			.param("plate", plate.strip().toUpperCase(Locale.ROOT))
			.query(UUID.class)
			.optional()
			.map(CitizenId::new)
			.orElseThrow(() -> new NotFound("ebike", plate));
	}

	/**
	 * @param citizen an owner
	 * @param page page number from 0
	 * @param size page size, 1 to {@link #MAX_PAGE_SIZE}
	 * @return the citizen's e-bikes, latest registration first
	 */
	@Transactional(readOnly = true)
	public List<Ebike> ofCitizen(CitizenId citizen, int page, int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidValue(InvalidValue.VALIDATION, "ebikes.page", null, MAX_PAGE_SIZE);
		}
		return jdbc.sql("""
				select * from ebikes.ebike where citizen_id = :citizen order by registered_at desc, plate
				limit :size offset :offset""")
			.param("citizen", citizen.value())
			.param("size", size)
			.param("offset", (long) page * size)
			.query(EbikeRegistrations::ebike)
			.list();
	}

	private boolean frameRegistered(String frame) {
		return jdbc.sql("select count(*) from ebikes.ebike where frame_number = :frame").param("frame", frame)
			.query(Integer.class).single() > 0;
	}

	private String randomPlate() {
		var alphabet = properties.plateAlphabet();
		var plate = new StringBuilder(properties.platePrefix());
		for (int i = 0; i < properties.plateLength(); i++) {
			plate.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return plate.toString();
	}

	private static String digits(int count) {
		var text = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			text.append((char) ('0' + random.nextInt(10)));
		}
		return text.toString();
	}

	private static Ebike ebike(ResultSet rs, int row) throws SQLException {
		return new Ebike(rs.getObject("id", UUID.class), rs.getString("plate"), rs.getString("electronic_permit_id"),
				rs.getString("frame_number"), rs.getString("brand"), rs.getString("model"),
				rs.getString("certificate_number"), rs.getObject("manufactured_on", java.time.LocalDate.class),
				EbikeStandard.valueOf(rs.getString("standard")), rs.getBigDecimal("max_speed_kmh"),
				rs.getBigDecimal("mass_kg"), BatteryType.valueOf(rs.getString("battery_type")),
				rs.getBigDecimal("battery_voltage"), rs.getInt("motor_power_watts"), rs.getString("owner_id_masked"),
				rs.getString("owner_name_masked"), rs.getObject("outlet_id", UUID.class),
				rs.getTimestamp("registered_at").toInstant());
	}
}
