package org.cheguan.vehicles;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.identity.Citizens;
import org.cheguan.shared.Conflict;
import org.cheguan.shared.DomainRuleViolation;
import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.IssuingAuthority;
import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.NotFound;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.PersonalDataCipher;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.shared.StateChanged;
import org.cheguan.shared.Vin;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations of every kind on a local vehicle (公安部令第164号, domain-rules.md §2): initial registration with plate
 * selection, ownership transfer within the city (with the single-ID service and the overdue flag), change, mortgage
 * and its release, deregistration, transfer-out, and the status marks that other authorities set (查封, 暂扣, …).
 * Every blocker refuses with the exact reason. Every change publishes {@link StateChanged} (masked) and every service a
 * {@link VehicleServiceCompleted} event, in the transaction of the change.
 */
@Service
@Transactional
public class VehicleRegistrations {

	private final JdbcClient jdbc;

	private final Citizens citizens;

	private final Plates plates;

	private final VehicleRules rules;

	private final InspectionSchedule schedule;

	private final InterOfficeExchange exchange;

	private final PersonalDataCipher cipher;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	VehicleRegistrations(JdbcClient jdbc, Citizens citizens, Plates plates, VehicleRules rules,
			InspectionSchedule schedule, InterOfficeExchange exchange, PersonalDataCipher cipher, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.citizens = citizens;
		this.plates = plates;
		this.rules = rules;
		this.schedule = schedule;
		this.exchange = exchange;
		this.cipher = cipher;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Registers a new vehicle and issues its plate, registration certificate, vehicle licence and electronic vehicle
	 * licence.
	 *
	 * @param application the application
	 * @param context where and by whom
	 * @return the documents issued
	 * @throws Conflict when the VIN is registered already or the number is taken
	 * @throws DomainRuleViolation when the plate does not fit the vehicle or the local rule, or the dates are wrong
	 */
	public RegistrationResult register(NewRegistration application, ServiceContext context) {
		var now = clock.instant();
		var today = OfficeTime.today(clock);
		if (application.manufacturedOn().isAfter(today)) {
			throw new InvalidValue(InvalidValue.VALIDATION, "vehicles.registration.future-manufacture", null,
					application.manufacturedOn());
		}
		if (application.seats() < 1 || application.seats() > 99) {
			throw new InvalidValue(InvalidValue.VALIDATION, "vehicles.registration.seats", null, application.seats());
		}
		if (application.type().smallOrMicroPassenger() && application.seats() > 9) {
			throw new DomainRuleViolation("GA 802 小型载客汽车", "vehicles.registration.small-seats", application.seats());
		}
		rules.checkPlateFits(application.plate(), application.type(), application.energy());
		if (application.selfComposed()) {
			rules.checkSelfComposed(application.plate());
		}
		var vin = application.vin().value();
		if (jdbc.sql("select count(*) from vehicles.vehicle where vin = :vin").param("vin", vin).query(Integer.class).single() > 0) {
			throw Conflict.of("vehicles.registration.vin-registered", vin);
		}
		var owner = owner(application.ownerIdNumber(), application.ownerMobile(), application.ownerName());
		plates.claim(application.plate(), context.requester(), vin);
		var identityCheck = rules.identityCheckRequired(application.type(), application.usage(),
				application.domesticModelApproved(), application.accidentBeforeRegistration(),
				application.manufacturedOn(), today);
		var facts = new InspectionSchedule.Facts(application.type(), application.usage(), application.seats(),
				application.van(), application.manufacturedOn(), today, false, false);
		var first = schedule.first(facts);
		var certificate = String.format("420%09d",
				jdbc.sql("select nextval('vehicles.certificate_number_seq')").query(Long.class).single());
		var licenceFile = String.format("4201%08d",
				jdbc.sql("select nextval('vehicles.licence_file_seq')").query(Long.class).single());
		var electronic = "DZXSZ" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
		jdbc.sql("""
				insert into vehicles.vehicle (vin, plate, owner_id, owner_id_masked, owner_name_masked, vehicle_type, usage, energy,
				  seats, van, model, manufactured_on, registered_on, registration_certificate, licence_file_number,
				  electronic_licence_id, identity_check_required, insurance_valid_until, status_codes, state,
				  inspection_valid_until, created_at, updated_at)
				values (:vin, :plate, :owner, :ownerMasked, :nameMasked, :type, :usage, :energy, :seats, :van, :model,
				  :manufactured, :today, :certificate, :licenceFile, :electronic, :check, :insurance, 'A', 'REGISTERED',
				  :inspection, :now, :now)""")
			.param("vin", vin)
			.param("plate", application.plate().value())
			.param("owner", owner.value())
			.param("ownerMasked", application.ownerIdNumber().masked())
			.param("nameMasked", Citizens.maskName(application.ownerName()))
			.param("type", application.type().name())
			.param("usage", application.usage().name())
			.param("energy", application.energy().name())
			.param("seats", application.seats())
			.param("van", application.van())
			.param("model", application.model().strip())
			.param("manufactured", application.manufacturedOn())
			.param("today", today)
			.param("certificate", certificate)
			.param("licenceFile", licenceFile)
			.param("electronic", electronic)
			.param("check", identityCheck)
			.param("insurance", application.insuranceValidUntil())
			.param("inspection", first.dueOn())
			.param("now", Timestamp.from(now))
			.update();
		var id = history(vin, "REGISTRATION", "plate " + application.plate() + ", owner "
				+ application.ownerIdNumber().masked() + (identityCheck ? ", identity check" : ", 免查验"), context, now);
		events.publishEvent(StateChanged.created("vehicles.vehicle.registered", "vehicle", vin,
				application.plate() + " " + application.type() + " owner " + application.ownerIdNumber().masked()));
		events.publishEvent(new VehicleRegistered(id, owner, context.outletId(), context.channel(),
				context.staffUsername(), started(context, now), now, application.plate().value(), vin));
		var view = view(vin);
		return new RegistrationResult(application.plate().value(), vin, identityCheck, certificate, licenceFile,
				electronic, today, view.inspection());
	}

	/**
	 * @param vin a VIN
	 * @return the vehicle, owner masked
	 * @throws NotFound when this office holds no such vehicle
	 */
	@Transactional(readOnly = true)
	public VehicleView view(String vin) {
		return toView(row(vin));
	}

	/**
	 * @param vin a VIN
	 * @return the current owner, for access checks
	 * @throws NotFound when this office holds no such vehicle
	 */
	@Transactional(readOnly = true)
	public CitizenId owner(String vin) {
		return row(vin).owner();
	}

	/**
	 * @param owner a citizen
	 * @return the citizen's vehicles registered here, by plate
	 */
	@Transactional(readOnly = true)
	public List<VehicleView> ofOwner(CitizenId owner) {
		return jdbc.sql("select " + VehicleRow.COLUMNS + " from vehicles.vehicle where owner_id = :owner order by plate")
			.param("owner", owner.value())
			.query(VehicleRow::map)
			.list()
			.stream()
			.map(this::toView)
			.toList();
	}

	/**
	 * Transfers ownership within the city (转让登记). For a small or micro non-commercial passenger car the buyer's ID
	 * card is all that is asked (一证通办); for other vehicles a buyer registered outside this city shows a residence
	 * permit. Applying more than 30 days after delivery is flagged (第二十五条), not refused.
	 *
	 * @param vin the vehicle
	 * @param buyerIdNumber the buyer
	 * @param buyerName the buyer's name
	 * @param buyerMobile the buyer's mobile, needed only when the buyer is new to the office
	 * @param deliveredOn delivery date, or null for today
	 * @param mortgageeConsents whether the mortgagee applies jointly (a mortgaged vehicle needs it)
	 * @param residencePermitNumber the buyer's residence permit, when the single-ID service does not apply
	 * @param context where and by whom
	 * @return the outcome
	 * @throws DomainRuleViolation naming every blocker (seized, detained, stolen, unprocessed violations or accidents,
	 *         customs, scrapping, mortgage without consent)
	 */
	public TransferResult transfer(String vin, ResidentIdNumber buyerIdNumber, String buyerName,
			@Nullable MobileNumber buyerMobile, @Nullable LocalDate deliveredOn, boolean mortgageeConsents,
			@Nullable String residencePermitNumber, ServiceContext context) {
		var now = clock.instant();
		var today = OfficeTime.today(clock);
		var row = lockRegistered(vin);
		VehicleRules.refuseIfBlocked(VehicleRules.blockers(row.statusCodes(), row.mortgagee(), mortgageeConsents,
				rules.policy().authority().toString()), "vehicles.transfer.blocked");
		var singleId = VehicleRules.singleIdService(row.type(), row.usage());
		var local = buyerIdNumber.value().startsWith(rules.policy().localAddressPrefix());
		if (!singleId && !local && (residencePermitNumber == null || residencePermitNumber.isBlank())) {
			throw new DomainRuleViolation(VehicleRules.RULE_SINGLE_ID, "vehicles.transfer.residence-permit");
		}
		var delivered = deliveredOn == null ? today : deliveredOn;
		if (delivered.isAfter(today)) {
			throw new InvalidValue(InvalidValue.VALIDATION, "vehicles.transfer.future-delivery", null, delivered);
		}
		var buyer = owner(buyerIdNumber, buyerMobile, buyerName);
		if (buyer.equals(row.owner())) {
			throw new DomainRuleViolation(VehicleRules.RULE_BLOCKERS, "vehicles.transfer.same-owner");
		}
		var overdue = rules.transferOverdue(delivered, today);
		jdbc.sql("""
				update vehicles.vehicle set owner_id = :owner, owner_id_masked = :masked, owner_name_masked = :name,
				  updated_at = :now where vin = :vin""")
			.param("owner", buyer.value())
			.param("masked", buyerIdNumber.masked())
			.param("name", Citizens.maskName(buyerName))
			.param("now", Timestamp.from(now))
			.param("vin", vin)
			.update();
		var id = history(vin, "TRANSFER", row.ownerIdMasked() + " → " + buyerIdNumber.masked()
				+ (singleId ? ", 一证通办" : "") + (overdue ? ", overdue (delivered " + delivered + ")" : "")
				+ (row.mortgagee() != null ? ", mortgage kept with mortgagee consent" : ""), context, now);
		events.publishEvent(new StateChanged("vehicles.vehicle.transferred", "vehicle", vin,
				"owner " + row.ownerIdMasked(), "owner " + buyerIdNumber.masked() + (overdue ? " (overdue)" : "")));
		events.publishEvent(new OwnershipTransferred(id, buyer, context.outletId(), context.channel(),
				context.staffUsername(), started(context, now), now, row.plate(), vin, row.owner(), overdue));
		return new TransferResult(vin, row.plate(), buyerIdNumber.masked(), today, delivered, overdue, singleId);
	}

	/**
	 * Registers a change (变更登记). Applying more than 10 days after the change is flagged (第十六条).
	 *
	 * @param vin the vehicle
	 * @param kind what changed
	 * @param newValue the new value (a colour, an engine number, a Usage name, …)
	 * @param changedOn when the change was made, or null for today
	 * @param context where and by whom
	 * @return whether it was overdue
	 * @throws DomainRuleViolation naming every blocker
	 */
	public boolean change(String vin, ChangeKind kind, String newValue, @Nullable LocalDate changedOn,
			ServiceContext context) {
		var now = clock.instant();
		var today = OfficeTime.today(clock);
		var row = lockRegistered(vin);
		VehicleRules.refuseIfBlocked(VehicleRules.blockers(row.statusCodes(), null, true,
				rules.policy().authority().toString()), "vehicles.change.blocked");
		var value = newValue.strip();
		if (value.isEmpty() || value.length() > 100) {
			throw new InvalidValue(InvalidValue.VALIDATION, "vehicles.change.value", null);
		}
		if (kind == ChangeKind.USAGE) {
			Usage usage;
			try {
				usage = Usage.valueOf(value);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidValue(InvalidValue.VALIDATION, "vehicles.change.usage", null, value);
			}
			jdbc.sql("update vehicles.vehicle set usage = :usage where vin = :vin").param("usage", usage.name())
				.param("vin", vin).update();
		}
		var on = changedOn == null ? today : changedOn;
		var overdue = rules.changeOverdue(on, today);
		jdbc.sql("update vehicles.vehicle set updated_at = :now where vin = :vin").param("now", Timestamp.from(now))
			.param("vin", vin).update();
		var id = history(vin, "CHANGE", kind + " → " + value + (overdue ? ", overdue (changed " + on + ")" : ""),
				context, now);
		events.publishEvent(new StateChanged("vehicles.vehicle.changed", "vehicle", vin, null, kind + " → " + value));
		events.publishEvent(new VehicleChanged(id, row.owner(), context.outletId(), context.channel(),
				context.staffUsername(), started(context, now), now, row.plate(), vin, kind.name(), overdue));
		return overdue;
	}

	/**
	 * Registers a mortgage (抵押登记).
	 *
	 * @param vin the vehicle
	 * @param mortgagee the mortgagee, e.g. a bank
	 * @param context where and by whom
	 * @throws Conflict when the vehicle is mortgaged already
	 */
	public void registerMortgage(String vin, String mortgagee, ServiceContext context) {
		var now = clock.instant();
		var row = lockRegistered(vin);
		var name = mortgagee.strip();
		if (name.isEmpty() || name.length() > 100) {
			throw new InvalidValue(InvalidValue.VALIDATION, "vehicles.mortgage.mortgagee", null);
		}
		VehicleRules.refuseIfBlocked(VehicleRules.blockers(statusOnly(row.statusCodes(), StatusCode.G, StatusCode.I),
				null, true, rules.policy().authority().toString()), "vehicles.mortgage.blocked");
		if (row.mortgagee() != null) {
			throw Conflict.of("vehicles.mortgage.exists", row.mortgagee());
		}
		jdbc.sql("update vehicles.vehicle set mortgagee = :m, mortgaged_on = :today, updated_at = :now where vin = :vin")
			.param("m", name)
			.param("today", OfficeTime.today(clock))
			.param("now", Timestamp.from(now))
			.param("vin", vin)
			.update();
		var id = history(vin, "MORTGAGE", "mortgagee " + name, context, now);
		events.publishEvent(new StateChanged("vehicles.vehicle.mortgaged", "vehicle", vin, null, "mortgagee " + name));
		events.publishEvent(new MortgageRegistered(id, row.owner(), context.outletId(), context.channel(),
				context.staffUsername(), started(context, now), now, row.plate(), vin));
	}

	/**
	 * Releases the mortgage (解除抵押登记).
	 *
	 * @param vin the vehicle
	 * @param context where and by whom
	 * @throws Conflict when it is not mortgaged
	 */
	public void releaseMortgage(String vin, ServiceContext context) {
		var now = clock.instant();
		var row = lockRegistered(vin);
		if (row.mortgagee() == null) {
			throw Conflict.of("vehicles.mortgage.none");
		}
		jdbc.sql("update vehicles.vehicle set mortgagee = null, mortgaged_on = null, updated_at = :now where vin = :vin")
			.param("now", Timestamp.from(now))
			.param("vin", vin)
			.update();
		var id = history(vin, "MORTGAGE_RELEASE", "mortgagee " + row.mortgagee(), context, now);
		events.publishEvent(new StateChanged("vehicles.vehicle.mortgage-released", "vehicle", vin,
				"mortgagee " + row.mortgagee(), null));
		events.publishEvent(new MortgageReleased(id, row.owner(), context.outletId(), context.channel(),
				context.staffUsername(), started(context, now), now, row.plate(), vin));
	}

	/**
	 * Deregisters a vehicle (注销登记): status E, the plate retired. A seized or detained vehicle, or one still
	 * mortgaged, is refused.
	 *
	 * @param vin the vehicle
	 * @param reason why
	 * @param context where and by whom
	 * @throws DomainRuleViolation naming every blocker
	 */
	public void deregister(String vin, DeregistrationReason reason, ServiceContext context) {
		var now = clock.instant();
		var row = lockRegistered(vin);
		// scrapping (P) is the usual reason to deregister, so it does not block here
		var blocking = EnumSet.noneOf(StatusCode.class);
		for (var code : row.statusCodes()) {
			if (code.blocksTransfer() && code != StatusCode.P) {
				blocking.add(code);
			}
		}
		VehicleRules.refuseIfBlocked(VehicleRules.blockers(blocking, row.mortgagee(), false,
				rules.policy().authority().toString()), "vehicles.deregistration.blocked");
		setState(vin, "DEREGISTERED", EnumSet.of(StatusCode.E), now);
		plates.retire(row.plate());
		var id = history(vin, "DEREGISTRATION", reason.name(), context, now);
		events.publishEvent(new StateChanged("vehicles.vehicle.deregistered", "vehicle", vin, "REGISTERED",
				"DEREGISTERED " + reason));
		events.publishEvent(new VehicleDeregistered(id, row.owner(), context.outletId(), context.channel(),
				context.staffUsername(), started(context, now), now, row.plate(), vin, reason.name()));
	}

	/**
	 * Transfers a vehicle's file out to another office (转出), the mirror of a transfer-in: refused on every blocker;
	 * the file is sent through the exchange, the vehicle gets status B and its plate is retired here.
	 *
	 * @param vin the vehicle
	 * @param destination the receiving office, not this one
	 * @param context where and by whom
	 * @throws DomainRuleViolation naming every blocker
	 */
	public void transferOut(String vin, IssuingAuthority destination, ServiceContext context) {
		var now = clock.instant();
		if (destination.equals(rules.policy().authority())) {
			throw new InvalidValue(InvalidValue.VALIDATION, "vehicles.transfer-out.same-office", null, destination);
		}
		var row = lockRegistered(vin);
		VehicleRules.refuseIfBlocked(VehicleRules.blockers(row.statusCodes(), row.mortgagee(), false,
				rules.policy().authority().toString()), "vehicles.transfer-out.blocked");
		var idNumber = citizens.profile(row.owner()).idNumber();
		exchange.send(destination, new InterOfficeExchange.OriginFile(vin, row.plate(),
				cipher.lookupHash(idNumber.value()), idNumber.masked(), row.statusCodes(), List.of(), row.type(),
				row.usage(), row.energy(), row.seats(), row.model(), row.manufacturedOn(), row.registeredOn(),
				row.insuranceValidUntil(), row.inspectionValidUntil()));
		setState(vin, "TRANSFERRED_OUT", EnumSet.of(StatusCode.B), now);
		jdbc.sql("update vehicles.vehicle set destination_authority = :d where vin = :vin").param("d", destination.toString())
			.param("vin", vin).update();
		plates.retire(row.plate());
		var id = history(vin, "TRANSFER_OUT", "to " + destination, context, now);
		events.publishEvent(new StateChanged("vehicles.vehicle.transferred-out", "vehicle", vin, "REGISTERED",
				"TRANSFERRED_OUT to " + destination));
		events.publishEvent(new VehicleTransferredOut(id, row.owner(), context.outletId(), context.channel(),
				context.staffUsername(), started(context, now), now, row.plate(), vin, destination.toString()));
	}

	/**
	 * Adds a status code set by another authority or by this office (a court seizure, a detention, a theft report, an
	 * unprocessed violation …).
	 *
	 * @param vin the vehicle
	 * @param code the code
	 * @param reason why, kept in the history
	 * @param actor who
	 * @return the codes after
	 */
	public String mark(String vin, StatusCode code, String reason, String actor) {
		var row = lockRow(vin);
		var codes = EnumSet.copyOf(row.statusCodes());
		codes.add(code);
		return writeCodes(row, codes, "mark " + code + " " + reason.strip(), actor);
	}

	/**
	 * Removes a status code (the authority released it).
	 *
	 * @param vin the vehicle
	 * @param code the code
	 * @param actor who
	 * @return the codes after
	 */
	public String clear(String vin, StatusCode code, String actor) {
		var row = lockRow(vin);
		var codes = EnumSet.copyOf(row.statusCodes());
		codes.remove(code);
		return writeCodes(row, codes.isEmpty() ? EnumSet.of(StatusCode.A) : codes, "clear " + code, actor);
	}

	// ---- used by transfer-ins and inspections ----------------------------------------------------------------

	/** Inserts a vehicle transferred in from another office with a new local plate (already claimed). */
	void insertTransferredIn(InterOfficeExchange.OriginFile file, String plate, CitizenId owner, String ownerMasked,
			@Nullable String ownerNameMasked, IssuingAuthority origin, Instant now) {
		var certificate = String.format("420%09d",
				jdbc.sql("select nextval('vehicles.certificate_number_seq')").query(Long.class).single());
		var licenceFile = String.format("4201%08d",
				jdbc.sql("select nextval('vehicles.licence_file_seq')").query(Long.class).single());
		var electronic = "DZXSZ" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
		var facts = new InspectionSchedule.Facts(file.type(), file.usage(), file.seats(), false, file.manufacturedOn(),
				file.registeredOn(), false, false);
		var inspection = file.inspectionValidUntil() != null ? file.inspectionValidUntil()
				: schedule.after(facts, OfficeTime.today(clock).minusDays(1)).dueOn();
		jdbc.sql("""
				insert into vehicles.vehicle (vin, plate, owner_id, owner_id_masked, owner_name_masked, vehicle_type, usage, energy,
				  seats, van, model, manufactured_on, registered_on, registration_certificate, licence_file_number,
				  electronic_licence_id, identity_check_required, insurance_valid_until, status_codes, state,
				  inspection_valid_until, origin_authority, created_at, updated_at)
				values (:vin, :plate, :owner, :ownerMasked, :nameMasked, :type, :usage, :energy, :seats, false, :model,
				  :manufactured, :registered, :certificate, :licenceFile, :electronic, true, :insurance, 'A', 'REGISTERED',
				  :inspection, :origin, :now, :now)
				on conflict (vin) do update set plate = excluded.plate, owner_id = excluded.owner_id,
				  owner_id_masked = excluded.owner_id_masked, owner_name_masked = excluded.owner_name_masked,
				  status_codes = 'A', state = 'REGISTERED', origin_authority = excluded.origin_authority,
				  destination_authority = null, updated_at = excluded.updated_at""")
			.param("vin", file.vin())
			.param("plate", plate)
			.param("owner", owner.value())
			.param("ownerMasked", ownerMasked)
			.param("nameMasked", ownerNameMasked)
			.param("type", file.type().name())
			.param("usage", file.usage().name())
			.param("energy", file.energy().name())
			.param("seats", file.seats())
			.param("model", file.model())
			.param("manufactured", file.manufacturedOn())
			.param("registered", file.registeredOn())
			.param("certificate", certificate)
			.param("licenceFile", licenceFile)
			.param("electronic", electronic)
			.param("insurance", file.insuranceValidUntil())
			.param("inspection", inspection)
			.param("origin", origin.toString())
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Records a service in the vehicle's history; the id is also the service event's id. */
	UUID history(String vin, String kind, String summary, ServiceContext context, Instant now) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into vehicles.vehicle_history (id, vin, kind, summary, channel, staff, at)
				values (:id, :vin, :kind, :summary, :channel, :staff, :at)""")
			.param("id", id)
			.param("vin", vin)
			.param("kind", kind)
			.param("summary", summary)
			.param("channel", context.channel().name())
			.param("staff", context.staffUsername())
			.param("at", Timestamp.from(now))
			.update();
		return id;
	}

	/** Finds the citizen, registering them when new (a mobile is then required). */
	CitizenId owner(ResidentIdNumber idNumber, @Nullable MobileNumber mobile, @Nullable String name) {
		if (mobile != null) {
			return citizens.register(idNumber, mobile, name == null || name.isBlank() ? null : name.strip());
		}
		return citizens.findByIdNumber(idNumber)
			.orElseThrow(() -> new InvalidValue(InvalidValue.VALIDATION, "vehicles.owner.mobile-required", null));
	}

	VehicleRow row(String vin) {
		return jdbc.sql("select " + VehicleRow.COLUMNS + " from vehicles.vehicle where vin = :vin")
			.param("vin", normalizedVin(vin))
			.query(VehicleRow::map)
			.optional()
			.orElseThrow(() -> new NotFound("vehicle", vin));
	}

	VehicleRow lockRow(String vin) {
		return jdbc.sql("select " + VehicleRow.COLUMNS + " from vehicles.vehicle where vin = :vin for update")
			.param("vin", normalizedVin(vin))
			.query(VehicleRow::map)
			.optional()
			.orElseThrow(() -> new NotFound("vehicle", vin));
	}

	VehicleView toView(VehicleRow row) {
		var today = OfficeTime.today(clock);
		var facts = row.inspectionFacts();
		var validUntil = row.inspectionValidUntil();
		var inspection = new VehicleView.Inspection(validUntil, schedule.kindOn(facts, validUntil),
				row.registered() && InspectionSchedule.windowOpen(validUntil, today),
				row.registered() && today.isAfter(validUntil), row.signValidUntil(), schedule.exempt(facts));
		var codes = EnumSet.copyOf(row.statusCodes());
		if (inspection.overdue()) {
			codes.add(StatusCode.Q);
		}
		var history = jdbc.sql("select kind, summary, at from vehicles.vehicle_history where vin = :vin order by at, id")
			.param("vin", row.vin())
			.query((rs, n) -> new VehicleView.HistoryEntry(rs.getString(1), rs.getString(2),
					rs.getTimestamp(3).toInstant()))
			.list();
		var normalized = StatusCode.normalize(codes);
		return new VehicleView(row.vin(), row.plate(), row.ownerIdMasked(), row.ownerNameMasked(),
				StatusCode.write(normalized), VehicleRules.labels(normalized), row.state(), row.type(), row.usage(),
				row.energy(), row.seats(), row.model(), row.manufacturedOn(), row.registeredOn(), row.certificate(),
				row.licenceFile(), row.electronicLicence(), row.identityCheckRequired(), row.insuranceValidUntil(),
				inspection, row.mortgagee(), row.originAuthority(), row.destinationAuthority(), history);
	}

	static Instant started(ServiceContext context, Instant now) {
		var started = context.startedAt();
		return started == null || started.isAfter(now) ? now : started;
	}

	private VehicleRow lockRegistered(String vin) {
		var row = lockRow(vin);
		if (!row.registered()) {
			throw new DomainRuleViolation(VehicleRules.RULE_BLOCKERS, "vehicles.vehicle.not-registered", row.state());
		}
		return row;
	}

	private String writeCodes(VehicleRow row, EnumSet<StatusCode> codes, String summary, String actor) {
		var written = StatusCode.write(codes);
		var now = clock.instant();
		jdbc.sql("update vehicles.vehicle set status_codes = :codes, updated_at = :now where vin = :vin")
			.param("codes", written)
			.param("now", Timestamp.from(now))
			.param("vin", row.vin())
			.update();
		history(row.vin(), "STATUS", summary, new ServiceContext(org.cheguan.shared.Channel.WINDOW, null, actor, null),
				now);
		events.publishEvent(new StateChanged("vehicles.vehicle.status-changed", "vehicle", row.vin(),
				StatusCode.write(row.statusCodes()), written));
		return written;
	}

	private void setState(String vin, String state, EnumSet<StatusCode> codes, Instant now) {
		jdbc.sql("update vehicles.vehicle set state = :state, status_codes = :codes, updated_at = :now where vin = :vin")
			.param("state", state)
			.param("codes", StatusCode.write(codes))
			.param("now", Timestamp.from(now))
			.param("vin", vin)
			.update();
	}

	private static EnumSet<StatusCode> statusOnly(java.util.Set<StatusCode> codes, StatusCode... ignored) {
		var result = EnumSet.noneOf(StatusCode.class);
		result.addAll(codes);
		for (var code : ignored) {
			result.remove(code);
		}
		return result;
	}

	private static String normalizedVin(String vin) {
		return vin.strip().toUpperCase(Locale.ROOT);
	}

	/** Validates a VIN given in a path. */
	static Vin vin(String text) {
		return Vin.of(text);
	}
}
