package org.cheguan.appointments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.shared.Channel;
import org.cheguan.shared.Conflict;
import org.cheguan.shared.DomainRuleViolation;
import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.NotFound;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.shared.StateChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walk-in queue tickets (排队取号) and the window console: take a ticket, call the next one to a window, serve,
 * complete or mark absent.
 *
 * <p>Numbers are per outlet, office day and prefix ({@link QueueRules}), drawn from a counter row advanced by one
 * atomic {@code INSERT … ON CONFLICT DO UPDATE … RETURNING}: concurrent takers get consecutive distinct numbers, a
 * number is never given twice (a unique constraint guards it too), and a restarted process continues from the
 * database. A window calls the next waiting ticket with {@code FOR UPDATE SKIP LOCKED}, so K windows calling at once
 * get K different tickets. At the human windows, holders aged {@value QueueRules#PRIORITY_AGE} or over come first.
 * Completing a ticket publishes {@link QueueTicketCompleted}; every transition publishes {@link StateChanged}.
 */
@Service
@Transactional
public class QueueTickets {

	private final JdbcClient jdbc;

	private final OutletCheck outlets;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	QueueTickets(JdbcClient jdbc, OutletCheck outlets, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.outlets = outlets;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Issues the next number for a service at an outlet that is open now.
	 *
	 * @param outletId the outlet
	 * @param service a business-type code the outlet accepts
	 * @param lane general or enterprise
	 * @param idNumber the holder's ID number when given (decides the elderly priority), else null
	 * @param citizenId the holder when known, else null
	 * @return the ticket, {@code WAITING}
	 * @throws DomainRuleViolation when the outlet does not offer the service or is closed now
	 */
	public QueueTicket take(UUID outletId, String service, TicketLane lane, @Nullable ResidentIdNumber idNumber,
			@Nullable CitizenId citizenId) {
		AppointmentBooking.requireService(service);
		outlets.requireOffers(outletId, service);
		var now = clock.instant();
		if (!outlets.isOpenAt(outletId, now)) {
			throw new DomainRuleViolation(QueueRules.RULE_SLOT, "appointments.queue.closed");
		}
		var officeDate = QueueRules.officeDate(now);
		lane = QueueRules.lane(service, lane);
		var prefix = QueueRules.prefix(service, lane);
		var priority = lane == TicketLane.GENERAL && QueueRules.priority(idNumber, officeDate);
		var number = nextNumber(outletId, officeDate, prefix);
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into appointments.ticket (id, outlet_id, office_date, prefix, number, service, lane, priority,
				  citizen_id, status, issued_at)
				values (:id, :outlet, :date, :prefix, :number, :service, :lane, :priority, :citizen, 'WAITING', :now)""")
			.param("id", id)
			.param("outlet", outletId)
			.param("date", officeDate)
			.param("prefix", prefix)
			.param("number", number)
			.param("service", service)
			.param("lane", lane.name())
			.param("priority", priority)
			.param("citizen", citizenId == null ? null : citizenId.value())
			.param("now", Timestamp.from(now))
			.update();
		events.publishEvent(StateChanged.created("appointments.ticket.issued", "queue-ticket", id.toString(),
				QueueRules.display(prefix, number) + " " + service + " " + lane + (priority ? " priority" : "")));
		return ticket(id, null);
	}

	/**
	 * The next number of a counter: one atomic upsert, so concurrent takers never share a number and a restarted
	 * process goes on from the database.
	 */
	int nextNumber(UUID outletId, LocalDate officeDate, String prefix) {
		return jdbc.sql("""
				insert into appointments.ticket_counter (outlet_id, office_date, prefix, last_number)
				values (:outlet, :date, :prefix, 1)
				on conflict (outlet_id, office_date, prefix)
				do update set last_number = appointments.ticket_counter.last_number + 1
				returning last_number""")
			.param("outlet", outletId)
			.param("date", officeDate)
			.param("prefix", prefix)
			.query(Integer.class)
			.single();
	}

	/**
	 * Calls the next waiting ticket of today to a window: in the general lane holders aged
	 * {@value QueueRules#PRIORITY_AGE} or over first, then in order of issue; in the enterprise lane in order of issue.
	 * Tickets locked by another window's call are skipped, never given twice.
	 *
	 * @param outletId the outlet
	 * @param window the window's label, e.g. {@code 3}
	 * @param lane the lane the window serves
	 * @param staffUsername the clerk at the window
	 * @return the called ticket, or empty when nobody waits
	 * @throws Conflict when the window still has a called or served ticket
	 */
	public Optional<QueueTicket> callNext(UUID outletId, String window, TicketLane lane, String staffUsername) {
		requireWindow(window);
		var now = clock.instant();
		var officeDate = QueueRules.officeDate(now);
		var open = jdbc.sql("""
				select prefix, number from appointments.ticket
				where outlet_id = :outlet and window_label = :window and status in ('CALLED', 'SERVING')
				  and office_date = :date limit 1""")
			.param("outlet", outletId)
			.param("window", window)
			.param("date", officeDate)
			.query((rs, n) -> QueueRules.display(rs.getString(1), rs.getInt(2)))
			.optional();
		if (open.isPresent()) {
			throw Conflict.of("appointments.window.busy", window, open.get());
		}
		Optional<UUID> called;
		try {
			called = callOne(outletId, officeDate, lane, now, window, staffUsername);
		}
		catch (DuplicateKeyException ex) {
			// Another call from the same window won meanwhile (unique open ticket per window).
			throw Conflict.of("appointments.window.busy", window, "…");
		}
		called.ifPresent(id -> {
			var ticket = ticket(id, null);
			events.publishEvent(new StateChanged("appointments.ticket.called", "queue-ticket", id.toString(),
					ticket.number() + " WAITING", "CALLED to window " + window + " by " + staffUsername));
		});
		return called.map(id -> ticket(id, null));
	}

	private Optional<UUID> callOne(UUID outletId, LocalDate officeDate, TicketLane lane, Instant now, String window,
			String staffUsername) {
		return jdbc.sql("""
				with next as (
				  select id from appointments.ticket
				  where outlet_id = :outlet and office_date = :date and lane = :lane and status = 'WAITING'
				  order by priority desc, issued_order
				  limit 1
				  for update skip locked)
				update appointments.ticket t set status = 'CALLED', called_at = :now, window_label = :window,
				  staff_username = :staff
				from next where t.id = next.id
				returning t.id""")
			.param("outlet", outletId)
			.param("date", officeDate)
			.param("lane", lane.name())
			.param("now", Timestamp.from(now))
			.param("window", window)
			.param("staff", staffUsername)
			.query(UUID.class)
			.optional();
	}

	/**
	 * The clerk begins serving a called ticket.
	 *
	 * @param ticketId the ticket
	 * @param staffUsername the clerk
	 * @return the ticket, {@code SERVING}
	 * @throws Conflict when it is not {@code CALLED}
	 */
	public QueueTicket serve(UUID ticketId, String staffUsername) {
		var now = clock.instant();
		transition(ticketId, "status = 'SERVING', served_at = :now, staff_username = :staff", "status = 'CALLED'", now,
				staffUsername);
		events.publishEvent(new StateChanged("appointments.ticket.serving", "queue-ticket", ticketId.toString(),
				"CALLED", "SERVING by " + staffUsername));
		return ticket(ticketId, null);
	}

	/**
	 * Completes a called or served ticket and publishes {@link QueueTicketCompleted} with the wait (issue to call)
	 * and the service time (start of service, or the call, to completion) in whole minutes.
	 *
	 * @param ticketId the ticket
	 * @param staffUsername the clerk
	 * @return the ticket, {@code COMPLETED}
	 * @throws Conflict when it is neither {@code CALLED} nor {@code SERVING}
	 */
	public QueueTicket complete(UUID ticketId, String staffUsername) {
		var now = clock.instant();
		transition(ticketId, "status = 'COMPLETED', finished_at = :now, staff_username = :staff",
				"status in ('CALLED', 'SERVING')", now, staffUsername);
		var ticket = ticket(ticketId, null);
		var calledAt = ticket.calledAt() == null ? ticket.issuedAt() : ticket.calledAt();
		var serviceStart = ticket.servedAt() == null ? calledAt : ticket.servedAt();
		events.publishEvent(new StateChanged("appointments.ticket.completed", "queue-ticket", ticketId.toString(),
				ticket.number() + " " + (ticket.servedAt() == null ? "CALLED" : "SERVING"),
				"COMPLETED by " + staffUsername));
		events.publishEvent(new QueueTicketCompleted(ticket.id(), ticket.number(), ticket.officeDate(),
				ticket.outletId(), ticket.service(), ticket.citizenId(),
				ticket.window() == null ? "" : ticket.window(), staffUsername, Channel.WINDOW, ticket.issuedAt(),
				calledAt, now, Duration.between(ticket.issuedAt(), calledAt).toMinutes(),
				Duration.between(serviceStart, now).toMinutes()));
		return ticket;
	}

	/**
	 * Marks a called ticket whose holder did not come to the window.
	 *
	 * @param ticketId the ticket
	 * @param staffUsername the clerk
	 * @return the ticket, {@code NO_SHOW}
	 * @throws Conflict when it is not {@code CALLED}
	 */
	public QueueTicket markNoShow(UUID ticketId, String staffUsername) {
		var now = clock.instant();
		transition(ticketId, "status = 'NO_SHOW', finished_at = :now, staff_username = :staff", "status = 'CALLED'",
				now, staffUsername);
		events.publishEvent(new StateChanged("appointments.ticket.no-show", "queue-ticket", ticketId.toString(),
				"CALLED", "NO_SHOW by " + staffUsername));
		return ticket(ticketId, null);
	}

	/**
	 * @param id a ticket
	 * @param owner the signed-in citizen, or null for staff
	 * @return the ticket
	 * @throws NotFound when there is none, or it is not the citizen's
	 */
	@Transactional(readOnly = true)
	public QueueTicket ticket(UUID id, @Nullable CitizenId owner) {
		return jdbc.sql("select * from appointments.ticket where id = :id")
			.param("id", id)
			.query(QueueTickets::row)
			.optional()
			.filter(ticket -> owner == null || owner.equals(ticket.citizenId()))
			.orElseThrow(() -> new NotFound("queue-ticket", id));
	}

	/**
	 * @param ticket a ticket
	 * @return how many waiting tickets a window of its lane will call before it (0 when it is next or not waiting)
	 */
	@Transactional(readOnly = true)
	public int ahead(QueueTicket ticket) {
		if (ticket.status() != TicketStatus.WAITING) {
			return 0;
		}
		return jdbc.sql("""
				select count(*) from appointments.ticket t, appointments.ticket me
				where me.id = :id and t.outlet_id = me.outlet_id and t.office_date = me.office_date
				  and t.lane = me.lane and t.status = 'WAITING' and t.id <> me.id
				  and (t.priority and not me.priority or t.priority = me.priority and t.issued_order < me.issued_order)""")
			.param("id", ticket.id())
			.query(Integer.class)
			.single();
	}

	/**
	 * @param outletId an outlet
	 * @param lane a lane
	 * @return today's waiting tickets of the lane, in calling order
	 */
	@Transactional(readOnly = true)
	public List<QueueTicket> waiting(UUID outletId, TicketLane lane) {
		return jdbc.sql("""
				select * from appointments.ticket
				where outlet_id = :outlet and office_date = :date and lane = :lane and status = 'WAITING'
				order by priority desc, issued_order limit 200""")
			.param("outlet", outletId)
			.param("date", QueueRules.officeDate(clock.instant()))
			.param("lane", lane.name())
			.query(QueueTickets::row)
			.list();
	}

	/**
	 * @param outletId an outlet
	 * @param window a window label
	 * @return the ticket now called to or served at the window today, if any
	 */
	@Transactional(readOnly = true)
	public Optional<QueueTicket> atWindow(UUID outletId, String window) {
		return jdbc.sql("""
				select * from appointments.ticket
				where outlet_id = :outlet and window_label = :window and office_date = :date
				  and status in ('CALLED', 'SERVING')
				order by called_at desc limit 1""")
			.param("outlet", outletId)
			.param("window", window)
			.param("date", QueueRules.officeDate(clock.instant()))
			.query(QueueTickets::row)
			.optional();
	}

	/**
	 * @param citizenId a citizen
	 * @return the citizen's tickets of today, newest first
	 */
	@Transactional(readOnly = true)
	public List<QueueTicket> todayOf(CitizenId citizenId) {
		return jdbc.sql("""
				select * from appointments.ticket where citizen_id = :citizen and office_date = :date
				order by issued_order desc limit 20""")
			.param("citizen", citizenId.value())
			.param("date", QueueRules.officeDate(clock.instant()))
			.query(QueueTickets::row)
			.list();
	}

	private void transition(UUID ticketId, String set, String when, Instant now, String staffUsername) {
		var changed = jdbc.sql("update appointments.ticket set " + set + " where id = :id and " + when)
			.param("id", ticketId)
			.param("now", Timestamp.from(now))
			.param("staff", staffUsername)
			.update();
		if (changed != 1) {
			var current = ticket(ticketId, null);
			throw Conflict.of("appointments.ticket.state", current.number(), current.status().name());
		}
	}

	static void requireWindow(String window) {
		if (window.isBlank() || window.length() > 16 || !window.chars().allMatch(Character::isLetterOrDigit)) {
			throw new InvalidValue(InvalidValue.VALIDATION, "appointments.window", null);
		}
	}

	private static QueueTicket row(ResultSet rs, int n) throws SQLException {
		var citizen = rs.getObject("citizen_id", UUID.class);
		return new QueueTicket(rs.getObject("id", UUID.class),
				QueueRules.display(rs.getString("prefix"), rs.getInt("number")), rs.getObject("outlet_id", UUID.class),
				rs.getObject("office_date", LocalDate.class), rs.getString("service"),
				TicketLane.valueOf(rs.getString("lane")), rs.getBoolean("priority"),
				citizen == null ? null : new CitizenId(citizen), TicketStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("issued_at").toInstant(), instant(rs, "called_at"), instant(rs, "served_at"),
				instant(rs, "finished_at"), rs.getString("window_label"), rs.getString("staff_username"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		var timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
