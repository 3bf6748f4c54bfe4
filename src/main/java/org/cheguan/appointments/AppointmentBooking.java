package org.cheguan.appointments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.shared.Channel;
import org.cheguan.shared.Conflict;
import org.cheguan.shared.DomainRuleViolation;
import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.NotFound;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.StateChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Window appointments (预约): slots with seats per outlet and service; a citizen books, cancels or reschedules (at most
 * {@value QueueRules#MAX_CHANGES} times); a clerk records attendance or a no-show; one reminder goes out the day
 * before; an appointment can be downloaded as iCalendar.
 *
 * <p>Capacity is the database's: a seat is taken by one conditional {@code UPDATE … SET booked = booked + 1 WHERE
 * booked < capacity}, so of any number of concurrent bookings of the last seat exactly one succeeds; a check constraint
 * guards the same invariant. Every state change publishes {@link StateChanged} in its transaction.
 *
 * <p>Owner checks: methods taking an {@code owner} see only that citizen's appointments (anything else is
 * {@link NotFound}, api-contract.md); staff pass null.
 */
@Service
@Transactional
public class AppointmentBooking {

	/** Most seats one slot may have. */
	public static final int MAX_CAPACITY = 500;

	/** How long before its start an appointment is reminded. */
	public static final Duration REMINDER_LEAD = Duration.ofHours(24);

	private static final String SELECT_VIEW = """
			select a.id, a.slot_id, s.outlet_id, s.service, s.starts_at, s.ends_at, a.status, a.changes, a.citizen_id,
			  a.created_at
			from appointments.appointment a join appointments.slot s on s.id = a.slot_id""";

	private final JdbcClient jdbc;

	private final OutletCheck outlets;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	AppointmentBooking(JdbcClient jdbc, OutletCheck outlets, Clock clock, ApplicationEventPublisher events,
			MessageSource messages) {
		this.jdbc = jdbc;
		this.outlets = outlets;
		this.clock = clock;
		this.events = events;
		this.messages = messages;
	}

	/**
	 * @param outletId an outlet
	 * @return its name, for messages and calendar entries
	 */
	@Transactional(readOnly = true)
	public String outletName(UUID outletId) {
		return outlets.name(outletId);
	}

	/**
	 * @param service a business-type code
	 * @param locale the language
	 * @return its name in that language (message {@code appointments.service-name.<code>}), or the code itself
	 */
	public String serviceName(String service, Locale locale) {
		return messages.getMessage("appointments.service-name." + service, null, service, locale);
	}

	/**
	 * @param service a business-type code
	 * @return its Chinese name, for SMS texts
	 */
	public String serviceName(String service) {
		return serviceName(service, Locale.SIMPLIFIED_CHINESE);
	}

	// ---- slots ----------------------------------------------------------------------------------------------------

	/**
	 * Opens a slot. The outlet must offer the service and be open at its start and just before its end.
	 *
	 * @param outletId the outlet
	 * @param service a business-type code the outlet accepts
	 * @param startsAt start, in the future
	 * @param endsAt end, after the start
	 * @param capacity seats, 1 to {@value #MAX_CAPACITY}
	 * @return the slot
	 * @throws InvalidValue on a bad capacity or times
	 * @throws DomainRuleViolation when the outlet does not offer the service or is closed then
	 * @throws Conflict when the outlet already has a slot for the service at that start
	 */
	public AppointmentSlot openSlot(UUID outletId, String service, Instant startsAt, Instant endsAt, int capacity) {
		if (capacity < 1 || capacity > MAX_CAPACITY) {
			throw new InvalidValue(InvalidValue.VALIDATION, "appointments.slot.capacity", null, MAX_CAPACITY);
		}
		if (!endsAt.isAfter(startsAt) || Duration.between(startsAt, endsAt).toHours() >= 12) {
			throw new InvalidValue(InvalidValue.VALIDATION, "appointments.slot.times", null);
		}
		requireService(service);
		if (!startsAt.isAfter(clock.instant())) {
			throw new DomainRuleViolation(QueueRules.RULE_SLOT, "appointments.slot.past");
		}
		outlets.requireOffers(outletId, service);
		if (!outlets.isOpenAt(outletId, startsAt) || !outlets.isOpenAt(outletId, endsAt.minusSeconds(60))) {
			throw new DomainRuleViolation(QueueRules.RULE_SLOT, "appointments.slot.closed");
		}
		var id = insertSlot(outletId, service, startsAt, endsAt, capacity, false)
			.orElseThrow(() -> Conflict.of("appointments.slot.exists"));
		events.publishEvent(StateChanged.created("appointments.slot.opened", "appointment-slot", id.toString(),
				service + " " + startsAt + " capacity=" + capacity));
		return slot(id);
	}

	/** Inserts a slot unless one exists for the outlet, service and start; for the demo plan, unchecked. */
	Optional<UUID> insertSlot(UUID outletId, String service, Instant startsAt, Instant endsAt, int capacity,
			boolean demo) {
		var id = UUID.randomUUID();
		var inserted = jdbc.sql("""
				insert into appointments.slot (id, outlet_id, service, starts_at, ends_at, capacity, booked, demo, created_at)
				values (:id, :outlet, :service, :starts, :ends, :capacity, 0, :demo, :now)
				on conflict (outlet_id, service, starts_at) do nothing""")
			.param("id", id)
			.param("outlet", outletId)
			.param("service", service)
			.param("starts", Timestamp.from(startsAt))
			.param("ends", Timestamp.from(endsAt))
			.param("capacity", capacity)
			.param("demo", demo)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		return inserted == 1 ? Optional.of(id) : Optional.empty();
	}

	/**
	 * @param outletId the outlet
	 * @param service a business-type code, or null for every service
	 * @param date an office date (Asia/Shanghai)
	 * @return the outlet's slots that day, by start
	 */
	@Transactional(readOnly = true)
	public List<AppointmentSlot> slots(UUID outletId, @Nullable String service, LocalDate date) {
		var from = date.atStartOfDay(OfficeTime.ZONE).toInstant();
		var to = date.plusDays(1).atStartOfDay(OfficeTime.ZONE).toInstant();
		return jdbc.sql("""
				select * from appointments.slot where outlet_id = :outlet and starts_at >= :from and starts_at < :to
				  and (cast(:service as text) is null or service = :service)
				order by starts_at, service""")
			.param("outlet", outletId)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("service", service)
			.query(AppointmentBooking::slotRow)
			.list();
	}

	/**
	 * @param id a slot
	 * @return the slot
	 * @throws NotFound when there is no such slot
	 */
	@Transactional(readOnly = true)
	public AppointmentSlot slot(UUID id) {
		return jdbc.sql("select * from appointments.slot where id = :id")
			.param("id", id)
			.query(AppointmentBooking::slotRow)
			.optional()
			.orElseThrow(() -> new NotFound("appointment-slot", id));
	}

	/**
	 * @return the last slot start of the demo plan, if any; for extending the plan as the clock moves
	 */
	@Transactional(readOnly = true)
	Optional<Instant> lastDemoSlotStart() {
		return jdbc.sql("select max(starts_at) from appointments.slot where demo")
			.query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.single();
	}

	// ---- booking --------------------------------------------------------------------------------------------------

	/**
	 * Books a seat in a future slot for a citizen.
	 *
	 * @param citizenId the citizen
	 * @param slotId the slot
	 * @return the appointment, {@code BOOKED}
	 * @throws NotFound when there is no such slot
	 * @throws DomainRuleViolation when the slot has started
	 * @throws Conflict {@code capacity-exhausted} when the slot is full; {@code conflict} when the citizen already
	 *         holds a seat in it
	 */
	public AppointmentView book(CitizenId citizenId, UUID slotId) {
		var slot = slot(slotId);
		var now = clock.instant();
		if (!slot.startsAt().isAfter(now)) {
			throw new DomainRuleViolation(QueueRules.RULE_SLOT, "appointments.slot.past");
		}
		takeSeat(slotId);
		var id = UUID.randomUUID();
		var inserted = jdbc.sql("""
				insert into appointments.appointment (id, slot_id, citizen_id, status, changes, booked_by, created_at,
				  updated_at)
				values (:id, :slot, :citizen, 'BOOKED', 0, :by, :now, :now)
				on conflict (slot_id, citizen_id) where status = 'BOOKED' do nothing""")
			.param("id", id)
			.param("slot", slotId)
			.param("citizen", citizenId.value())
			.param("by", actor())
			.param("now", Timestamp.from(now))
			.update();
		if (inserted != 1) {
			// Rolls back the seat taken above.
			throw Conflict.of("appointments.already-booked");
		}
		events.publishEvent(StateChanged.created("appointments.appointment.booked", "appointment", id.toString(),
				slot.service() + " " + slot.startsAt() + " slot=" + slotId));
		events.publishEvent(new AppointmentBooked(id, citizenId, slot.outletId(), slot.service(), slot.startsAt(),
				slot.endsAt()));
		return view(id, null);
	}

	/**
	 * Cancels a booked appointment before its slot starts and frees its seat.
	 *
	 * @param id the appointment
	 * @param owner the signed-in citizen, or null for staff
	 * @return the appointment, {@code CANCELLED}
	 * @throws NotFound when there is no such appointment (or not the owner's)
	 * @throws Conflict when it is not booked any more
	 * @throws DomainRuleViolation when its slot has started
	 */
	public AppointmentView cancel(UUID id, @Nullable CitizenId owner) {
		var current = view(id, owner);
		requireBooked(current);
		requireNotStarted(current);
		var changed = jdbc.sql("""
				update appointments.appointment set status = 'CANCELLED', updated_at = :now
				where id = :id and status = 'BOOKED' and slot_id = :slot""")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.param("slot", current.slotId())
			.update();
		if (changed != 1) {
			throw Conflict.of("appointments.not-booked");
		}
		releaseSeat(current.slotId());
		events.publishEvent(new StateChanged("appointments.appointment.cancelled", "appointment", id.toString(),
				"BOOKED " + current.startsAt(), "CANCELLED"));
		return view(id, null);
	}

	/**
	 * Moves a booked appointment to another future slot: the new seat is taken (or the change fails whole), the old
	 * one freed. At most {@value QueueRules#MAX_CHANGES} changes per appointment ({@link QueueRules#RULE_CHANGES}).
	 *
	 * @param id the appointment
	 * @param slotId the new slot
	 * @param owner the signed-in citizen, or null for staff
	 * @return the appointment in its new slot
	 * @throws DomainRuleViolation after {@value QueueRules#MAX_CHANGES} changes, or when either slot has started
	 * @throws Conflict {@code capacity-exhausted} when the new slot is full; {@code conflict} when not booked
	 */
	public AppointmentView reschedule(UUID id, UUID slotId, @Nullable CitizenId owner) {
		var current = view(id, owner);
		requireBooked(current);
		if (!QueueRules.mayChange(current.changes())) {
			throw new DomainRuleViolation(QueueRules.RULE_CHANGES, "appointments.changes.exhausted",
					QueueRules.MAX_CHANGES);
		}
		requireNotStarted(current);
		if (slotId.equals(current.slotId())) {
			throw Conflict.of("appointments.same-slot");
		}
		var target = slot(slotId);
		var now = clock.instant();
		if (!target.startsAt().isAfter(now)) {
			throw new DomainRuleViolation(QueueRules.RULE_SLOT, "appointments.slot.past");
		}
		int changed;
		try {
			changed = jdbc.sql("""
					update appointments.appointment set slot_id = :target, changes = changes + 1, reminded_at = null,
					  updated_at = :now
					where id = :id and status = 'BOOKED' and slot_id = :slot and changes < :max""")
				.param("target", slotId)
				.param("now", Timestamp.from(now))
				.param("id", id)
				.param("slot", current.slotId())
				.param("max", QueueRules.MAX_CHANGES)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw Conflict.of("appointments.already-booked");
		}
		if (changed != 1) {
			// A concurrent change won; tell what the appointment is now.
			var raced = view(id, owner);
			requireBooked(raced);
			if (!QueueRules.mayChange(raced.changes())) {
				throw new DomainRuleViolation(QueueRules.RULE_CHANGES, "appointments.changes.exhausted",
						QueueRules.MAX_CHANGES);
			}
			throw Conflict.of("appointments.changed-meanwhile");
		}
		takeSeat(slotId);
		releaseSeat(current.slotId());
		var after = view(id, null);
		events.publishEvent(new StateChanged("appointments.appointment.rescheduled", "appointment", id.toString(),
				current.startsAt() + " changes=" + current.changes(),
				after.startsAt() + " changes=" + after.changes()));
		events.publishEvent(new AppointmentBooked(id, after.citizenId(), after.outletId(), after.service(),
				after.startsAt(), after.endsAt()));
		return after;
	}

	/**
	 * Records that the citizen came and was served at a window on the day of the appointment.
	 *
	 * @param id the appointment
	 * @param staffUsername the clerk
	 * @return the appointment, {@code ATTENDED}
	 * @throws DomainRuleViolation on another office day than the slot's
	 * @throws Conflict when it is not booked
	 */
	public AppointmentView attend(UUID id, String staffUsername) {
		var current = view(id, null);
		requireBooked(current);
		var now = clock.instant();
		if (!QueueRules.officeDate(now).equals(QueueRules.officeDate(current.startsAt()))) {
			throw new DomainRuleViolation(QueueRules.RULE_SLOT, "appointments.attend.other-day",
					QueueRules.officeDate(current.startsAt()));
		}
		finish(id, "ATTENDED", now, staffUsername);
		events.publishEvent(new StateChanged("appointments.appointment.attended", "appointment", id.toString(),
				"BOOKED", "ATTENDED by " + staffUsername));
		events.publishEvent(new AppointmentAttended(id, current.citizenId(), current.outletId(), current.service(),
				current.startsAt(), now, staffUsername, Channel.WINDOW));
		return view(id, null);
	}

	/**
	 * Marks a booked appointment whose slot has ended as missed. The seat stays counted: the time has passed.
	 *
	 * @param id the appointment
	 * @param staffUsername the clerk
	 * @return the appointment, {@code NO_SHOW}
	 * @throws DomainRuleViolation before the slot's end
	 * @throws Conflict when it is not booked
	 */
	public AppointmentView markNoShow(UUID id, String staffUsername) {
		var current = view(id, null);
		requireBooked(current);
		var now = clock.instant();
		if (now.isBefore(current.endsAt())) {
			throw new DomainRuleViolation(QueueRules.RULE_SLOT, "appointments.no-show.too-early");
		}
		finish(id, "NO_SHOW", now, staffUsername);
		events.publishEvent(new StateChanged("appointments.appointment.no-show", "appointment", id.toString(),
				"BOOKED", "NO_SHOW by " + staffUsername));
		events.publishEvent(new AppointmentMissed(id, current.citizenId(), current.outletId(), current.service(),
				current.startsAt(), now));
		return view(id, null);
	}

	/**
	 * Marks and announces the reminders now due: booked appointments starting within {@link #REMINDER_LEAD} that have
	 * not been reminded. The mark is set by a conditional update, so each appointment is reminded once (again only
	 * after a reschedule, which clears it).
	 *
	 * @return how many reminders were announced
	 */
	public int remindDue() {
		var now = clock.instant();
		var due = jdbc.sql("""
				with due as (
				  select a.id from appointments.appointment a join appointments.slot s on s.id = a.slot_id
				  where a.status = 'BOOKED' and a.reminded_at is null and s.starts_at > :now and s.starts_at <= :until
				  order by s.starts_at limit 500
				  for update of a skip locked)
				update appointments.appointment a set reminded_at = :now from due where a.id = due.id
				returning a.id""")
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(now.plus(REMINDER_LEAD)))
			.query(UUID.class)
			.list();
		for (var id : due) {
			var view = view(id, null);
			events.publishEvent(new StateChanged("appointments.appointment.reminded", "appointment", id.toString(),
					null, "reminder for " + view.startsAt()));
			events.publishEvent(new AppointmentReminderDue(id, view.citizenId(), view.outletId(), view.service(),
					view.startsAt()));
		}
		return due.size();
	}

	// ---- reading --------------------------------------------------------------------------------------------------

	/**
	 * @param id an appointment
	 * @param owner the signed-in citizen, or null for staff
	 * @return the appointment
	 * @throws NotFound when there is none, or it is another citizen's
	 */
	@Transactional(readOnly = true)
	public AppointmentView view(UUID id, @Nullable CitizenId owner) {
		return jdbc.sql(SELECT_VIEW + " where a.id = :id")
			.param("id", id)
			.query(AppointmentBooking::viewRow)
			.optional()
			.filter(view -> owner == null || view.citizenId().equals(owner))
			.orElseThrow(() -> new NotFound("appointment", id));
	}

	/**
	 * @param citizenId a citizen
	 * @return the citizen's appointments, the next first, then the past ones
	 */
	@Transactional(readOnly = true)
	public List<AppointmentView> of(CitizenId citizenId) {
		return jdbc.sql(SELECT_VIEW + " where a.citizen_id = :citizen order by s.starts_at desc limit 100")
			.param("citizen", citizenId.value())
			.query(AppointmentBooking::viewRow)
			.list();
	}

	/**
	 * @param outletId an outlet
	 * @param date an office date
	 * @return the appointments of that day at the outlet, by start, cancelled ones left out
	 */
	@Transactional(readOnly = true)
	public List<AppointmentView> at(UUID outletId, LocalDate date) {
		return jdbc.sql(SELECT_VIEW + """
				 where s.outlet_id = :outlet and s.starts_at >= :from and s.starts_at < :to and a.status <> 'CANCELLED'
				order by s.starts_at, a.created_at""")
			.param("outlet", outletId)
			.param("from", Timestamp.from(date.atStartOfDay(OfficeTime.ZONE).toInstant()))
			.param("to", Timestamp.from(date.plusDays(1).atStartOfDay(OfficeTime.ZONE).toInstant()))
			.query(AppointmentBooking::viewRow)
			.list();
	}

	/**
	 * @param id an appointment
	 * @param owner the signed-in citizen, or null for staff
	 * @return the appointment as an iCalendar object (RFC 5545)
	 */
	@Transactional(readOnly = true)
	public String calendar(UUID id, @Nullable CitizenId owner) {
		var view = view(id, owner);
		var outlet = outlets.name(view.outletId());
		return AppointmentCalendar.write(view, "车管业务预约 " + serviceName(view.service()) + " · " + outlet, outlet,
				"请携带身份证件按时到达。Please bring your ID card and arrive on time.", clock.instant());
	}

	// ---- internals ------------------------------------------------------------------------------------------------

	private void takeSeat(UUID slotId) {
		var taken = jdbc.sql("update appointments.slot set booked = booked + 1 where id = :id and booked < capacity")
			.param("id", slotId)
			.update();
		if (taken != 1) {
			throw new Conflict("capacity-exhausted", "appointments.slot.full", null, Map.of("slotId", slotId));
		}
	}

	private void releaseSeat(UUID slotId) {
		jdbc.sql("update appointments.slot set booked = booked - 1 where id = :id and booked > 0")
			.param("id", slotId)
			.update();
	}

	private void finish(UUID id, String status, Instant now, String staffUsername) {
		var changed = jdbc.sql("""
				update appointments.appointment set status = :status, attended_at = :now, staff_username = :staff,
				  updated_at = :now
				where id = :id and status = 'BOOKED'""")
			.param("status", status)
			.param("now", Timestamp.from(now))
			.param("staff", staffUsername)
			.param("id", id)
			.update();
		if (changed != 1) {
			throw Conflict.of("appointments.not-booked");
		}
	}

	private void requireBooked(AppointmentView view) {
		if (view.status() != AppointmentStatus.BOOKED) {
			throw Conflict.of("appointments.not-booked");
		}
	}

	private void requireNotStarted(AppointmentView view) {
		if (!view.startsAt().isAfter(clock.instant())) {
			throw new DomainRuleViolation(QueueRules.RULE_SLOT, "appointments.too-late");
		}
	}

	static void requireService(String service) {
		if (service.isBlank() || service.length() > 64 || !service.chars().allMatch(c -> c > 32 && c < 127)) {
			throw new InvalidValue(InvalidValue.VALIDATION, "appointments.service", null);
		}
	}

	private static String actor() {
		var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
			.getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}

	private static AppointmentSlot slotRow(ResultSet rs, int row) throws SQLException {
		return new AppointmentSlot(rs.getObject("id", UUID.class), rs.getObject("outlet_id", UUID.class),
				rs.getString("service"), rs.getTimestamp("starts_at").toInstant(),
				rs.getTimestamp("ends_at").toInstant(), rs.getInt("capacity"), rs.getInt("booked"));
	}

	private static AppointmentView viewRow(ResultSet rs, int row) throws SQLException {
		return new AppointmentView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
				rs.getObject(3, UUID.class), rs.getString(4), rs.getTimestamp(5).toInstant(),
				rs.getTimestamp(6).toInstant(), AppointmentStatus.valueOf(rs.getString(7)), rs.getInt(8),
				new CitizenId(rs.getObject(9, UUID.class)), rs.getTimestamp(10).toInstant());
	}
}
