package org.cheguan.vehicles;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.identity.Citizens;
import org.cheguan.shared.Channel;
import org.cheguan.shared.Conflict;
import org.cheguan.shared.DomainRuleViolation;
import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.IssuingAuthority;
import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.NotFound;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.PersonalDataCipher;
import org.cheguan.shared.PlateNumber;
import org.cheguan.shared.ProblemException;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.shared.StateChanged;
import org.cheguan.shared.Vin;
import org.cheguan.shared.WorkingCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Transfers in from another jurisdiction (转入, domain-rules.md §2: since 2019 the owner deals only with the destination
 * office and the file moves online) and the coordination cases that clear what blocks them. The origin file is read
 * through {@link InterOfficeExchange}. Pending business or a blocking status at the origin blocks the transfer-in and
 * opens a case with the origin office (and the provincial technology department when the file must be re-sent); the
 * case moves opened → requested at origin → origin responded → data re-transmitted → resolved, or failed, within a
 * working-day deadline ({@link WorkingCalendar}). Every step publishes {@link CoordinationCaseStepped} (the citizen is
 * told) and {@link StateChanged}; on resolution the transfer-in completes: a local plate is issued, the origin archives
 * its file, and {@link VehicleTransferredIn} is published.
 */
@Service
@Transactional
public class TransferIns {

	/** Source of the online transfer of files between offices. */
	public static final String RULE = "公安部 2019-06-01 跨省转移登记 (domain-rules.md §2)";

	private static final TypeReference<List<Blocker>> BLOCKERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final InterOfficeExchange exchange;

	private final VehicleRegistrations registrations;

	private final Plates plates;

	private final VehiclesPolicy policy;

	private final PersonalDataCipher cipher;

	private final JsonMapper json;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	TransferIns(JdbcClient jdbc, InterOfficeExchange exchange, VehicleRegistrations registrations, Plates plates,
			VehiclesPolicy policy, PersonalDataCipher cipher, JsonMapper json, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.exchange = exchange;
		this.registrations = registrations;
		this.plates = plates;
		this.policy = policy;
		this.cipher = cipher;
		this.json = json;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Applies for a transfer-in. Completes at once when the origin file is clear; otherwise opens (or finds) the
	 * coordination case and returns the blockers; the case is committed either way.
	 *
	 * @param vin the vehicle
	 * @param originPlate its plate at the origin office; the office is read from it
	 * @param ownerIdNumber the owner, who must be the owner on the origin file
	 * @param ownerName the owner's name
	 * @param ownerMobile the owner's mobile, needed when the owner is new to this office
	 * @param context where and by whom
	 * @return completed with a local plate, or blocked with the case
	 * @throws DomainRuleViolation when the origin holds no such file, the plate or the owner does not match
	 * @throws Conflict when the vehicle is registered here already
	 */
	public TransferInOutcome apply(Vin vin, PlateNumber originPlate, ResidentIdNumber ownerIdNumber, String ownerName,
			@Nullable MobileNumber ownerMobile, ServiceContext context) {
		var origin = originPlate.issuingAuthority();
		if (origin.equals(policy.authority())) {
			throw new DomainRuleViolation(RULE, "vehicles.transfer-in.local-plate", originPlate.value());
		}
		var local = jdbc.sql("select state from vehicles.vehicle where vin = :vin").param("vin", vin.value())
			.query(String.class).optional();
		if (local.isPresent() && local.get().equals("REGISTERED")) {
			throw Conflict.of("vehicles.transfer-in.registered-here", vin.value());
		}
		var file = exchange.originFile(origin, vin.value())
			.orElseThrow(() -> new DomainRuleViolation(RULE, "vehicles.transfer-in.no-file", origin.toString(),
					vin.value()));
		if (!file.plate().equals(originPlate.value())) {
			throw new DomainRuleViolation(RULE, "vehicles.transfer-in.plate-mismatch", originPlate.value(),
					file.plate());
		}
		if (!file.ownedBy(ownerIdNumber, cipher::lookupHash)) {
			throw new DomainRuleViolation(RULE, "vehicles.transfer-in.owner-mismatch", origin.toString());
		}
		var owner = registrations.owner(ownerIdNumber, ownerMobile, ownerName);
		var blockers = blockers(file, origin);
		if (!blockers.isEmpty()) {
			var caseId = open(vin.value(), originPlate.value(), origin, owner, Citizens.maskName(ownerName), blockers,
					context);
			return new TransferInOutcome(vin.value(), originPlate.value(), null, blockers, caseId);
		}
		var plate = complete(file, origin, owner, ownerIdNumber.masked(), Citizens.maskName(ownerName), context, null);
		return new TransferInOutcome(vin.value(), originPlate.value(), plate, List.of(), null);
	}

	/**
	 * @param id a case
	 * @return the case with its timeline
	 * @throws NotFound when there is no such case
	 */
	@Transactional(readOnly = true)
	public CoordinationCaseView view(UUID id) {
		var row = row(id);
		var timeline = jdbc.sql("""
				select seq, kind, state, note, actor, at from vehicles.coordination_event where case_id = :id order by seq""")
			.param("id", id)
			.query((rs, n) -> new CoordinationCaseView.Step(rs.getInt(1), rs.getString(2),
					CoordinationState.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
					rs.getTimestamp(6).toInstant()))
			.list();
		var participants = new ArrayList<String>();
		participants.add(row.originAuthority() + " 车管所");
		if (row.blockers().stream().anyMatch(blocker -> blocker.kind().equals("DATA_RETRANSMISSION"))) {
			participants.add(technologyDepartment(IssuingAuthority.of(row.originAuthority())));
		}
		var overdue = !row.state().closed() && OfficeTime.today(clock).isAfter(row.dueOn());
		return new CoordinationCaseView(id, row.vin(), row.originPlate(), row.originAuthority(), row.ownerName(),
				row.state(), row.blockers(), participants, row.openedAt(), row.dueOn(), overdue, row.closedAt(),
				row.localPlate(), timeline);
	}

	/**
	 * @param id a case
	 * @return the citizen whose transfer-in waits on it, for access checks
	 * @throws NotFound when there is no such case
	 */
	@Transactional(readOnly = true)
	public CitizenId citizen(UUID id) {
		return row(id).citizen();
	}

	/**
	 * @param citizen a citizen
	 * @return the citizen's cases, newest first
	 */
	@Transactional(readOnly = true)
	public List<CoordinationCaseView> ofCitizen(CitizenId citizen) {
		return jdbc.sql("select id from vehicles.coordination_case where citizen_id = :c order by opened_at desc")
			.param("c", citizen.value())
			.query(UUID.class)
			.list()
			.stream()
			.map(this::view)
			.toList();
	}

	/**
	 * @param limit at most this many
	 * @return open cases, oldest deadline first
	 */
	@Transactional(readOnly = true)
	public List<CoordinationCaseView> open(int limit) {
		return jdbc.sql("""
				select id from vehicles.coordination_case where state not in ('RESOLVED', 'FAILED') order by due_on, opened_at
				limit :limit""")
			.param("limit", limit)
			.query(UUID.class)
			.list()
			.stream()
			.map(this::view)
			.toList();
	}

	/**
	 * Records a step of a case. {@code REQUESTED_AT_ORIGIN} (again) from opened, {@code ORIGIN_RESPONDED} after the
	 * request, {@code DATA_RETRANSMITTED} after the response (the file is read again: when clear, the case resolves
	 * and the transfer-in completes at once), {@code RESOLVED} after the re-transmission (same check), {@code FAILED}
	 * from any open state, {@code NOTE} any time while open.
	 *
	 * @param id the case
	 * @param kind the step
	 * @param note free text, or null
	 * @param actor who records it
	 * @return the case after the step
	 * @throws Conflict when the step does not follow from the current state
	 */
	public CoordinationCaseView record(UUID id, String kind, @Nullable String note, String actor) {
		var row = lock(id);
		var text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > 1000) {
			throw new InvalidValue(InvalidValue.VALIDATION, "vehicles.case.note", null);
		}
		if (row.state().closed()) {
			throw Conflict.of("vehicles.case.closed", row.state().name());
		}
		var origin = IssuingAuthority.of(row.originAuthority());
		switch (kind) {
			case "NOTE" -> step(row, "NOTE", row.state(), text, actor, null);
			case "REQUESTED_AT_ORIGIN" -> {
				require(row, kind, CoordinationState.OPENED, CoordinationState.REQUESTED_AT_ORIGIN);
				exchange.requestClearance(id, origin, row.vin(), row.blockers());
				step(row, kind, CoordinationState.REQUESTED_AT_ORIGIN, text, actor, null);
			}
			case "ORIGIN_RESPONDED" -> {
				require(row, kind, CoordinationState.REQUESTED_AT_ORIGIN);
				exchange.originResponded(id, origin, row.vin());
				step(row, kind, CoordinationState.ORIGIN_RESPONDED, text, actor, null);
			}
			case "DATA_RETRANSMITTED" -> {
				require(row, kind, CoordinationState.ORIGIN_RESPONDED);
				step(row, kind, CoordinationState.DATA_RETRANSMITTED, text, actor, null);
				tryResolve(lock(id), actor);
			}
			case "RESOLVED" -> {
				require(row, kind, CoordinationState.DATA_RETRANSMITTED);
				if (!tryResolve(row, actor)) {
					throw Conflict.of("vehicles.case.still-blocked");
				}
			}
			case "FAILED" -> {
				step(row, kind, CoordinationState.FAILED, text, actor, null);
				close(id, null);
			}
			default -> throw new InvalidValue(InvalidValue.VALIDATION, "vehicles.case.kind", null, kind);
		}
		return view(id);
	}

	// ---- internals ----------------------------------------------------------------------------------------------

	private List<Blocker> blockers(InterOfficeExchange.OriginFile file, IssuingAuthority origin) {
		var result = new ArrayList<Blocker>();
		for (var business : file.pendingBusiness()) {
			result.add(new Blocker("PENDING_BUSINESS", origin.toString(), business));
		}
		result.addAll(VehicleRules.blockers(file.statusCodes(), null, true, origin.toString()));
		if (!file.pendingBusiness().isEmpty()) {
			// once the origin closes its business the file must be re-sent to the national exchange
			result.add(new Blocker("DATA_RETRANSMISSION", technologyDepartment(origin), "车辆档案数据需重新传输"));
		}
		return result;
	}

	private static String technologyDepartment(IssuingAuthority origin) {
		return origin.province() + " 省公安厅科技信息化部门";
	}

	private UUID open(String vin, String originPlate, IssuingAuthority origin, CitizenId owner,
			@Nullable String ownerName, List<Blocker> blockers, ServiceContext context) {
		var existing = jdbc.sql("select id from vehicles.coordination_case where vin = :vin and state not in ('RESOLVED', 'FAILED')")
			.param("vin", vin)
			.query(UUID.class)
			.optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		var now = clock.instant();
		var id = UUID.randomUUID();
		var inserted = jdbc.sql("""
				insert into vehicles.coordination_case (id, vin, origin_plate, origin_authority, citizen_id, owner_name_masked,
				  state, blockers, opened_at, due_on, channel, outlet_id, staff)
				values (:id, :vin, :plate, :origin, :citizen, :name, 'OPENED', :blockers, :now, :due, :channel, :outlet,
				  :staff)
				on conflict do nothing""")
			.param("id", id)
			.param("vin", vin)
			.param("plate", originPlate)
			.param("origin", origin.toString())
			.param("citizen", owner.value())
			.param("name", ownerName)
			.param("blockers", json.writeValueAsString(blockers))
			.param("now", Timestamp.from(now))
			.param("due", deadline(OfficeTime.today(clock)))
			.param("channel", context.channel().name())
			.param("outlet", context.outletId())
			.param("staff", context.staffUsername())
			.update();
		if (inserted != 1) {
			return jdbc.sql("select id from vehicles.coordination_case where vin = :vin and state not in ('RESOLVED', 'FAILED')")
				.param("vin", vin)
				.query(UUID.class)
				.single();
		}
		var actor = context.staffUsername() == null ? "system" : context.staffUsername();
		events.publishEvent(StateChanged.created("vehicles.coordination-case.opened", "coordination-case",
				id.toString(), vin + " from " + origin + ": " + blockers.size() + " blocker(s)"));
		var row = lock(id);
		step(row, "OPENED", CoordinationState.OPENED, null, actor, null);
		exchange.requestClearance(id, origin, vin, blockers);
		step(lock(id), "REQUESTED_AT_ORIGIN", CoordinationState.REQUESTED_AT_ORIGIN, null, "system", null);
		return id;
	}

	/** Reads the origin file again; when clear, completes the transfer-in and resolves the case. */
	private boolean tryResolve(CaseRow row, String actor) {
		var origin = IssuingAuthority.of(row.originAuthority());
		var file = exchange.originFile(origin, row.vin());
		if (file.isEmpty()) {
			return false;
		}
		var remaining = blockers(file.get(), origin);
		remaining.removeIf(blocker -> blocker.kind().equals("DATA_RETRANSMISSION"));
		if (!remaining.isEmpty()) {
			return false;
		}
		var context = new ServiceContext(Channel.valueOf(row.channel()), row.outletId(), row.staff(), row.openedAt());
		var plate = complete(file.get(), origin, row.citizen(), file.get().ownerIdMasked(), row.ownerName(), context,
				row.id());
		step(row, "RESOLVED", CoordinationState.RESOLVED, null, actor, plate);
		close(row.id(), plate);
		return true;
	}

	private String complete(InterOfficeExchange.OriginFile file, IssuingAuthority origin, CitizenId owner,
			String ownerMasked, @Nullable String ownerName, ServiceContext context, @Nullable UUID caseId) {
		var now = clock.instant();
		var plate = plates.issueAny(file.type().plateKind(file.energy()), file.vin());
		registrations.insertTransferredIn(file, plate.value(), owner, ownerMasked, ownerName, origin, now);
		exchange.archive(origin, file.vin());
		var id = registrations.history(file.vin(), "TRANSFER_IN", "from " + origin + " (" + file.plate() + ") → "
				+ plate + ", origin file archived", context, now);
		events.publishEvent(new StateChanged("vehicles.vehicle.transferred-in", "vehicle", file.vin(),
				file.plate() + " at " + origin, plate + " here, owner " + ownerMasked));
		events.publishEvent(new VehicleTransferredIn(id, owner, context.outletId(), context.channel(),
				context.staffUsername(), VehicleRegistrations.started(context, now), now, plate.value(), file.vin(),
				file.plate(), caseId));
		return plate.value();
	}

	private void step(CaseRow row, String kind, CoordinationState state, @Nullable String note, String actor,
			@Nullable String localPlate) {
		var now = clock.instant();
		var seq = row.steps() + 1;
		jdbc.sql("""
				insert into vehicles.coordination_event (case_id, seq, kind, state, note, actor, at)
				values (:id, :seq, :kind, :state, :note, :actor, :at)""")
			.param("id", row.id())
			.param("seq", seq)
			.param("kind", kind)
			.param("state", state.name())
			.param("note", note)
			.param("actor", actor)
			.param("at", Timestamp.from(now))
			.update();
		jdbc.sql("update vehicles.coordination_case set state = :state, steps = :seq where id = :id")
			.param("state", state.name())
			.param("seq", seq)
			.param("id", row.id())
			.update();
		if (!kind.equals("NOTE")) {
			events.publishEvent(new StateChanged("vehicles.coordination-case." + kind.toLowerCase(java.util.Locale.ROOT),
					"coordination-case", row.id().toString(), row.state().name(), state.name()));
			events.publishEvent(new CoordinationCaseStepped(row.id(), seq, row.citizen(), state, row.vin(),
					row.originAuthority(), row.dueOn(), localPlate, now));
		}
	}

	private void close(UUID id, @Nullable String plate) {
		jdbc.sql("update vehicles.coordination_case set closed_at = :now, local_plate = :plate where id = :id")
			.param("now", Timestamp.from(clock.instant()))
			.param("plate", plate)
			.param("id", id)
			.update();
	}

	private static void require(CaseRow row, String kind, CoordinationState... allowed) {
		for (var state : allowed) {
			if (row.state() == state) {
				return;
			}
		}
		throw Conflict.of("vehicles.case.transition", kind, row.state().name());
	}

	/** The deadline: N working days after today; outside the calendar's years, weekdays only. */
	LocalDate deadline(LocalDate today) {
		try {
			return WorkingCalendar.official().plusWorkingDays(today, policy.caseWorkingDays());
		}
		catch (ProblemException | IllegalArgumentException ex) {
			var date = today;
			var counted = 0;
			while (counted < policy.caseWorkingDays()) {
				date = date.plusDays(1);
				if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
					counted++;
				}
			}
			return date;
		}
	}

	private CaseRow row(UUID id) {
		return query(id, "");
	}

	private CaseRow lock(UUID id) {
		return query(id, " for update");
	}

	private CaseRow query(UUID id, String suffix) {
		return jdbc.sql("""
				select id, vin, origin_plate, origin_authority, citizen_id, owner_name_masked, state, blockers, opened_at,
				  due_on, closed_at, local_plate, channel, outlet_id, staff, steps
				from vehicles.coordination_case where id = :id""" + suffix)
			.param("id", id)
			.query((rs, n) -> new CaseRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), new CitizenId(rs.getObject(5, UUID.class)), rs.getString(6),
					CoordinationState.valueOf(rs.getString(7)), json.readValue(rs.getString(8), BLOCKERS),
					rs.getTimestamp(9).toInstant(), rs.getObject(10, LocalDate.class),
					rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant(), rs.getString(12),
					rs.getString(13), rs.getObject(14, UUID.class), rs.getString(15), rs.getInt(16)))
			.optional()
			.orElseThrow(() -> new NotFound("coordination-case", id));
	}

	private record CaseRow(UUID id, String vin, String originPlate, String originAuthority, CitizenId citizen,
			@Nullable String ownerName, CoordinationState state, List<Blocker> blockers, Instant openedAt,
			LocalDate dueOn, @Nullable Instant closedAt, @Nullable String localPlate, String channel,
			@Nullable UUID outletId, @Nullable String staff, int steps) {
	}
}
