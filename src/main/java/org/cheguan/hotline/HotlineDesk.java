package org.cheguan.hotline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.identity.StaffAccount;
import org.cheguan.identity.StaffAccounts;
import org.cheguan.outlets.Outlet;
import org.cheguan.outlets.Outlets;
import org.cheguan.shared.Conflict;
import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.NotFound;
import org.cheguan.shared.PersonalDataCipher;
import org.cheguan.shared.StateChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 12123 hotline desk: opens tickets with a deadline in working time ({@link HotlinePolicy}), routes them to a
 * department ({@link Routing}), records their timeline, escalates overdue ones, closes them, and turns praise naming a
 * staff member into a {@link Commendation}. Every change is audited ({@link StateChanged}, masked) in its transaction.
 *
 * <p>Publishes {@link HotlineTicketOpened}, {@link HotlineTicketProgressed}, {@link HotlineTicketEscalated},
 * {@link HotlineTicketClosed}, {@link StaffCommended} and {@link StaffComplaintFiled}.
 */
@Service
@Transactional
public class HotlineDesk {

	/** Longest description kept. */
	public static final int MAX_DESCRIPTION = 2000;

	/** Longest note of a timeline entry. */
	public static final int MAX_NOTE = 500;

	/** Longest note sent to the caller by SMS. */
	public static final int MAX_PROGRESS_NOTE = 200;

	/** Largest page of a list. */
	public static final int MAX_PAGE_SIZE = 1000;

	/** Kinds of timeline entry staff may record. */
	public static final List<String> EVENT_KINDS = List.of("ACCEPT", "PROGRESS", "NOTE", "TRANSFER", "ESCALATE",
			"CLOSE", "REOPEN");

	private final JdbcClient jdbc;

	private final StaffAccounts staff;

	private final Outlets outlets;

	private final PersonalDataCipher cipher;

	private final HotlinePolicy policy;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	HotlineDesk(JdbcClient jdbc, StaffAccounts staff, Outlets outlets, PersonalDataCipher cipher, HotlinePolicy policy,
			Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.outlets = outlets;
		this.cipher = cipher;
		this.policy = policy;
		this.clock = clock;
		this.events = events;
	}

	/** @return the deadline policy (working time and response times) */
	public HotlinePolicy policy() {
		return policy;
	}

	/**
	 * Opens a ticket: routes it, sets its deadline, credits a commendation for praise naming a staff member, and
	 * tells evaluation about a complaint naming one.
	 *
	 * @param request the ticket
	 * @param source {@code agent}, {@code citizen} or {@code open311}
	 * @param agent who opened it: a staff user name, {@code citizen} or {@code open311}
	 * @return the ticket opened
	 * @throws InvalidValue (400 validation) for an empty or too long description, an unknown staff member or an
	 *         unknown outlet
	 */
	public TicketView open(NewTicket request, String source, String agent) {
		return openAt(request, source, agent, clock.instant());
	}

	/** As {@link #open}, at a given moment: demo data opens tickets in the past. */
	TicketView openAt(NewTicket request, String source, String agent, Instant now) {
		var description = request.description().strip();
		if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
			throw new InvalidValue(InvalidValue.VALIDATION, "hotline.ticket.description", null, MAX_DESCRIPTION);
		}
		var named = request.staff() == null || request.staff().isBlank() ? null : staffMember(request.staff());
		if (request.outletId() != null && outlets.find(request.outletId()).isEmpty()) {
			throw new InvalidValue(InvalidValue.VALIDATION, "hotline.ticket.outlet-unknown", null, request.outletId());
		}
		var due = policy.dueAt(request.kind(), now);
		var department = Routing.departmentFor(request.kind(), description, named == null ? null : named.department());
		var id = UUID.randomUUID();
		var number = "RX" + String.format(Locale.ROOT, "%08d",
				jdbc.sql("select nextval('hotline.ticket_number_seq')").query(Long.class).single());
		var mobile = request.callerMobile();
		jdbc.sql("""
				insert into hotline.ticket (id, number, kind, channel, source, status, department, description,
				  caller_mobile_cipher, caller_mobile_masked, citizen_id, staff_username, outlet_id, agent, latitude,
				  longitude, address, opened_at, due_at, updated_at)
				values (:id, :number, :kind, :channel, :source, 'OPEN', :department, :description, :mobileCipher,
				  :mobileMasked, :citizen, :staff, :outlet, :agent, :lat, :lon, :address, :now, :due, :now)""")
			.param("id", id)
			.param("number", number)
			.param("kind", request.kind().name())
			.param("channel", request.channel().name())
			.param("source", source)
			.param("department", department)
			.param("description", description)
			.param("mobileCipher", mobile == null ? null : cipher.encrypt(mobile.value()))
			.param("mobileMasked", mobile == null ? null : mobile.masked())
			.param("citizen", request.citizen() == null ? null : request.citizen().value())
			.param("staff", named == null ? null : named.username())
			.param("outlet", request.outletId())
			.param("agent", agent)
			.param("lat", request.latitude())
			.param("lon", request.longitude())
			.param("address", request.address())
			.param("now", Timestamp.from(now))
			.param("due", Timestamp.from(due))
			.update();
		appendEvent(id, "OPENED", request.kind().chineseName() + " → " + department, agent, now);
		events.publishEvent(StateChanged.created("hotline.ticket.opened", "hotline-ticket", id.toString(),
				number + " " + request.kind() + " via " + request.channel() + " from "
						+ (mobile == null ? "unknown" : mobile.masked()) + " to " + department + ", due " + due));
		events.publishEvent(new HotlineTicketOpened(id, number, request.kind(), request.channel().serviceChannel(),
				department, now, due));
		if (named != null && request.kind() == TicketKind.PRAISE) {
			commend(id, number, named, description, now, agent);
		}
		if (named != null && request.kind() == TicketKind.COMPLAINT) {
			events.publishEvent(new StaffComplaintFiled(id, named.username(), named.department(), request.citizen(),
					request.outletId(), now, due));
		}
		return details(id);
	}

	/**
	 * Records a timeline entry and the transition it implies: ACCEPT (open → in progress), PROGRESS (the caller is
	 * told the note by SMS), NOTE (internal), TRANSFER (the note names the new department), ESCALATE (supervisors
	 * take it over), CLOSE (the note is the answer; the caller is told), REOPEN (a closed ticket back in progress).
	 *
	 * @param id the ticket
	 * @param kind one of {@link #EVENT_KINDS}, any case
	 * @param note what was said or done; required except for ACCEPT, ESCALATE and REOPEN
	 * @param actor the staff user name
	 * @return the ticket after the change
	 * @throws NotFound when the ticket does not exist
	 * @throws InvalidValue (400) for an unknown kind or a missing or too long note
	 * @throws Conflict (409) when the ticket's state does not allow it (closing a closed ticket, reopening an open one)
	 */
	public TicketView record(UUID id, String kind, @Nullable String note, String actor) {
		return recordAt(id, kind, note, actor, clock.instant());
	}

	/** As {@link #record}, at a given moment: demo data records a past timeline. */
	TicketView recordAt(UUID id, String kind, @Nullable String note, String actor, Instant now) {
		var event = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
		if (!EVENT_KINDS.contains(event)) {
			throw new InvalidValue(InvalidValue.VALIDATION, "hotline.event.kind", null, String.join(", ", EVENT_KINDS));
		}
		var text = note == null ? "" : note.strip();
		var noteRequired = !List.of("ACCEPT", "ESCALATE", "REOPEN").contains(event);
		var limit = event.equals("PROGRESS") ? MAX_PROGRESS_NOTE : MAX_NOTE;
		if ((noteRequired && text.isEmpty()) || text.length() > limit) {
			throw new InvalidValue(InvalidValue.VALIDATION, "hotline.event.note", null, limit);
		}
		var ticket = row(id);
		var closed = ticket.status == TicketStatus.CLOSED;
		if (closed && !event.equals("REOPEN") && !event.equals("NOTE")) {
			throw Conflict.of("hotline.ticket.closed", ticket.number);
		}
		switch (event) {
			case "ACCEPT", "PROGRESS" -> transition(ticket, TicketStatus.IN_PROGRESS, now, null);
			case "TRANSFER" -> {
				if (text.length() > 100) {
					throw new InvalidValue(InvalidValue.VALIDATION, "hotline.event.note", null, 100);
				}
				jdbc.sql("update hotline.ticket set department = :department, status = 'IN_PROGRESS', updated_at = :now where id = :id")
					.param("department", text)
					.param("now", Timestamp.from(now))
					.param("id", id)
					.update();
				events.publishEvent(new StateChanged("hotline.ticket.transferred", "hotline-ticket", id.toString(),
						"department=" + ticket.department, "department=" + text));
			}
			case "ESCALATE" -> escalate(ticket, now, actor);
			case "CLOSE" -> close(ticket, text, now, actor);
			case "REOPEN" -> {
				if (!closed) {
					throw Conflict.of("hotline.ticket.not-closed", ticket.number);
				}
				jdbc.sql("""
						update hotline.ticket set status = 'IN_PROGRESS', closed_at = null, closed_by = null,
						  resolution = null, updated_at = :now where id = :id""")
					.param("now", Timestamp.from(now))
					.param("id", id)
					.update();
				events.publishEvent(new StateChanged("hotline.ticket.reopened", "hotline-ticket", id.toString(),
						"CLOSED", "IN_PROGRESS"));
			}
			default -> events.publishEvent(new StateChanged("hotline.ticket.noted", "hotline-ticket", id.toString(),
					null, "note by " + actor));
		}
		var eventId = appendEvent(id, event, text.isEmpty() ? null : text, actor, now);
		if (event.equals("PROGRESS")) {
			events.publishEvent(new HotlineTicketProgressed(id, eventId, ticket.number, text, now));
		}
		return details(id);
	}

	/**
	 * Escalates every open ticket past its deadline and not yet escalated (督办). Idempotent: one conditional UPDATE
	 * marks each ticket once, so concurrent or repeated scans escalate nothing twice.
	 *
	 * @return how many tickets were escalated now
	 */
	public int escalateOverdue() {
		var now = clock.instant();
		var escalated = jdbc.sql("""
				update hotline.ticket set escalated_at = :now, updated_at = :now
				where closed_at is null and escalated_at is null and due_at < :now
				returning id, number, kind, department, due_at""")
			.param("now", Timestamp.from(now))
			.query((rs, row) -> new HotlineTicketEscalated(rs.getObject(1, UUID.class), rs.getString(2),
					TicketKind.valueOf(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant(), now))
			.list();
		for (var event : escalated) {
			// the timeline is read by agents in the office's words and time, like the other entries
			appendEvent(event.ticketId(), "ESCALATED", "已超过办理时限 " + java.time.format.DateTimeFormatter
				.ofPattern("yyyy-MM-dd HH:mm").format(event.dueAt().atZone(org.cheguan.shared.OfficeTime.ZONE)), "system",
					now);
			events.publishEvent(new StateChanged("hotline.ticket.escalated", "hotline-ticket",
					event.ticketId().toString(), "due " + event.dueAt(), "escalated (overdue)"));
			events.publishEvent(event);
		}
		return escalated.size();
	}

	/**
	 * @param id a ticket
	 * @return the ticket with its timeline
	 * @throws NotFound when it does not exist
	 */
	@Transactional(readOnly = true)
	public TicketView details(UUID id) {
		var ticket = jdbc.sql("select * from hotline.ticket where id = :id")
			.param("id", id)
			.query(this::view)
			.optional()
			.orElseThrow(() -> new NotFound("hotline-ticket", id));
		var timeline = jdbc.sql("select * from hotline.ticket_event where ticket_id = :id order by at, kind = 'OPENED' desc")
			.param("id", id)
			.query((rs, row) -> new TicketView.Event(rs.getObject("id", UUID.class), rs.getString("kind"),
					rs.getString("note"), rs.getString("actor"), rs.getTimestamp("at").toInstant()))
			.list();
		return withEvents(ticket, timeline);
	}

	/**
	 * @param number a ticket number, e.g. {@code RX00000042}
	 * @return the ticket, if it exists
	 */
	@Transactional(readOnly = true)
	public Optional<TicketView> byNumber(String number) {
		return jdbc.sql("select id from hotline.ticket where number = :number")
			.param("number", number)
			.query(UUID.class)
			.optional()
			.map(this::details);
	}

	/**
	 * The queue: tickets matching the search, without timelines.
	 *
	 * @param search filters and page
	 * @return the page, most urgent first for open tickets (by deadline), newest first otherwise
	 */
	@Transactional(readOnly = true)
	public List<TicketView> search(TicketSearch search) {
		var params = new java.util.HashMap<String, Object>();
		var sql = new StringBuilder("select * from hotline.ticket").append(where(search, params));
		sql.append(search.byDeadline() ? " order by closed_at is not null, due_at, number"
				: " order by opened_at desc, number desc");
		sql.append(" limit :limit offset :offset");
		params.put("limit", search.size());
		params.put("offset", (long) search.page() * search.size());
		return jdbc.sql(sql.toString()).params(params).query(this::view).list();
	}

	/**
	 * @param search filters (page and size ignored)
	 * @return how many tickets match, for the X-Total-Count header
	 */
	@Transactional(readOnly = true)
	public long count(TicketSearch search) {
		var params = new java.util.HashMap<String, Object>();
		return jdbc.sql("select count(*) from hotline.ticket" + where(search, params)).params(params)
			.query(Long.class)
			.single();
	}

	private static String where(TicketSearch search, Map<String, Object> params) {
		var sql = new StringBuilder(" where true");
		if (!search.numbers().isEmpty()) {
			sql.append(" and number in (:numbers)");
			params.put("numbers", search.numbers());
		}
		if (!search.kinds().isEmpty()) {
			sql.append(" and kind in (:kinds)");
			params.put("kinds", search.kinds().stream().map(Enum::name).toList());
		}
		if (!search.statuses().isEmpty()) {
			sql.append(" and status in (:statuses)");
			params.put("statuses", search.statuses().stream().map(Enum::name).toList());
		}
		if (search.from() != null) {
			sql.append(" and opened_at >= :from");
			params.put("from", Timestamp.from(search.from()));
		}
		if (search.to() != null) {
			sql.append(" and opened_at <= :to");
			params.put("to", Timestamp.from(search.to()));
		}
		if (search.escalatedOnly()) {
			sql.append(" and escalated_at is not null and closed_at is null");
		}
		return sql.toString();
	}

	/**
	 * @param id a ticket
	 * @param citizen a citizen
	 * @return whether the ticket was opened by or for that citizen
	 */
	@Transactional(readOnly = true)
	public boolean ownedBy(UUID id, CitizenId citizen) {
		return jdbc.sql("select exists (select 1 from hotline.ticket where id = :id and citizen_id = :citizen)")
			.param("id", id)
			.param("citizen", citizen.value())
			.query(Boolean.class)
			.single();
	}

	/**
	 * The caller's mobile in clear, for the notifications module only (progress messages).
	 *
	 * @param id a ticket
	 * @return the caller's mobile, or empty when the caller left none
	 */
	@Transactional(readOnly = true)
	public Optional<MobileNumber> callerMobile(UUID id) {
		return jdbc.sql("select caller_mobile_cipher from hotline.ticket where id = :id and caller_mobile_cipher is not null")
			.param("id", id)
			.query(String.class)
			.optional()
			.map(sealed -> MobileNumber.of(cipher.decrypt(sealed)));
	}

	/**
	 * @param username a staff user name
	 * @return the commendations credited to them, newest first
	 * @throws NotFound when no such staff account exists
	 */
	@Transactional(readOnly = true)
	public List<Commendation> commendationsOf(String username) {
		var account = staff.find(username).orElseThrow(() -> new NotFound("staff-account", username));
		return jdbc.sql("""
				select c.*, t.number from hotline.commendation c join hotline.ticket t on t.id = c.ticket_id
				where c.staff_username = :username order by c.commended_at desc, t.number desc""")
			.param("username", account.username())
			.query((rs, row) -> new Commendation(rs.getObject("id", UUID.class), rs.getObject("ticket_id", UUID.class),
					rs.getString("number"), rs.getString("staff_username"), rs.getString("staff_display_name"),
					rs.getString("department"), rs.getString("note"), rs.getTimestamp("commended_at").toInstant()))
			.list();
	}

	/**
	 * @param id an outlet id
	 * @return the outlet, if it exists (for showing its name)
	 */
	@Transactional(readOnly = true)
	public Optional<Outlet> outlet(UUID id) {
		return outlets.find(id);
	}

	/** @return every staff account that can be named in a ticket, by user name */
	@Transactional(readOnly = true)
	public List<StaffAccount> staffMembers() {
		return staff.list();
	}

	private StaffAccount staffMember(String reference) {
		var text = reference.strip();
		var byName = staff.find(text);
		if (byName.isPresent()) {
			return byName.get();
		}
		try {
			var id = UUID.fromString(text);
			return staff.list().stream().filter(account -> account.id().equals(id)).findFirst()
				.orElseThrow(() -> new InvalidValue(InvalidValue.VALIDATION, "hotline.ticket.staff-unknown", null, text));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValue(InvalidValue.VALIDATION, "hotline.ticket.staff-unknown", null, text);
		}
	}

	private void commend(UUID ticketId, String number, StaffAccount member, String note, Instant now, String agent) {
		var id = UUID.randomUUID();
		var inserted = jdbc.sql("""
				insert into hotline.commendation (id, ticket_id, staff_username, staff_display_name, department, note,
				  commended_at) values (:id, :ticket, :username, :name, :department, :note, :now)
				on conflict (ticket_id) do nothing""")
			.param("id", id)
			.param("ticket", ticketId)
			.param("username", member.username())
			.param("name", member.displayName())
			.param("department", member.department())
			.param("note", note)
			.param("now", Timestamp.from(now))
			.update();
		if (inserted == 1) {
			appendEvent(ticketId, "COMMENDED", member.displayName(), agent, now);
			events.publishEvent(StateChanged.created("hotline.commendation.credited", "commendation", id.toString(),
					"ticket " + number + " credits " + member.username()));
			events.publishEvent(new StaffCommended(id, ticketId, member.username(), member.department(), now));
		}
	}

	private void transition(Row ticket, TicketStatus to, Instant now, @Nullable String action) {
		if (ticket.status == to) {
			return;
		}
		jdbc.sql("update hotline.ticket set status = :to, updated_at = :now where id = :id")
			.param("to", to.name())
			.param("now", Timestamp.from(now))
			.param("id", ticket.id)
			.update();
		events.publishEvent(new StateChanged(action == null ? "hotline.ticket.accepted" : action, "hotline-ticket",
				ticket.id.toString(), ticket.status.name(), to.name()));
	}

	private void escalate(Row ticket, Instant now, String actor) {
		var updated = jdbc.sql("""
				update hotline.ticket set escalated_at = :now, updated_at = :now
				where id = :id and escalated_at is null and closed_at is null""")
			.param("now", Timestamp.from(now))
			.param("id", ticket.id)
			.update();
		if (updated != 1) {
			throw Conflict.of("hotline.ticket.already-escalated", ticket.number);
		}
		events.publishEvent(new StateChanged("hotline.ticket.escalated", "hotline-ticket", ticket.id.toString(),
				"not escalated", "escalated by " + actor));
		events.publishEvent(new HotlineTicketEscalated(ticket.id, ticket.number, ticket.kind, ticket.department,
				ticket.dueAt, now));
	}

	private void close(Row ticket, String resolution, Instant now, String actor) {
		var updated = jdbc.sql("""
				update hotline.ticket set status = 'CLOSED', closed_at = :now, closed_by = :actor, resolution = :resolution,
				  updated_at = :now where id = :id and status <> 'CLOSED'""")
			.param("now", Timestamp.from(now))
			.param("actor", actor)
			.param("resolution", resolution)
			.param("id", ticket.id)
			.update();
		if (updated != 1) {
			throw Conflict.of("hotline.ticket.closed", ticket.number);
		}
		events.publishEvent(new StateChanged("hotline.ticket.closed", "hotline-ticket", ticket.id.toString(),
				ticket.status.name(), "CLOSED by " + actor));
		events.publishEvent(new HotlineTicketClosed(ticket.id, ticket.kind, ticket.channel.serviceChannel(),
				ticket.citizen, actor, ticket.department, ticket.openedAt, now, ticket.staffNamed, ticket.outletId));
	}

	private UUID appendEvent(UUID ticketId, String kind, @Nullable String note, String actor, Instant at) {
		var id = UUID.randomUUID();
		jdbc.sql("insert into hotline.ticket_event (id, ticket_id, kind, note, actor, at) values (:id, :ticket, :kind, :note, :actor, :at)")
			.param("id", id)
			.param("ticket", ticketId)
			.param("kind", kind)
			.param("note", note)
			.param("actor", actor)
			.param("at", Timestamp.from(at))
			.update();
		return id;
	}

	private Row row(UUID id) {
		return jdbc.sql("select * from hotline.ticket where id = :id for update")
			.param("id", id)
			.query((rs, n) -> new Row(id, rs.getString("number"), TicketKind.valueOf(rs.getString("kind")),
					TicketChannel.valueOf(rs.getString("channel")), TicketStatus.valueOf(rs.getString("status")),
					rs.getString("department"),
					rs.getObject("citizen_id") == null ? null : new CitizenId(rs.getObject("citizen_id", UUID.class)),
					rs.getString("staff_username"), rs.getObject("outlet_id", UUID.class),
					rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("due_at").toInstant()))
			.optional()
			.orElseThrow(() -> new NotFound("hotline-ticket", id));
	}

	private TicketView view(ResultSet rs, int row) throws SQLException {
		return new TicketView(rs.getObject("id", UUID.class), rs.getString("number"),
				TicketKind.valueOf(rs.getString("kind")), TicketChannel.valueOf(rs.getString("channel")),
				rs.getString("source"), TicketStatus.valueOf(rs.getString("status")), rs.getString("department"),
				rs.getString("description"), rs.getString("caller_mobile_masked"), rs.getObject("citizen_id") != null,
				rs.getString("staff_username"), rs.getObject("outlet_id", UUID.class), rs.getString("agent"),
				rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("due_at").toInstant(),
				instant(rs, "escalated_at"), instant(rs, "closed_at"), rs.getString("resolution"),
				(Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"), rs.getString("address"),
				rs.getTimestamp("updated_at").toInstant(), List.of());
	}

	private static TicketView withEvents(TicketView t, List<TicketView.Event> events) {
		return new TicketView(t.id(), t.number(), t.kind(), t.channel(), t.source(), t.status(), t.department(),
				t.description(), t.callerMobile(), t.knownCitizen(), t.staffNamed(), t.outletId(), t.agent(),
				t.openedAt(), t.dueAt(), t.escalatedAt(), t.closedAt(), t.resolution(), t.latitude(), t.longitude(),
				t.address(), t.updatedAt(), new ArrayList<>(events));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		var value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private record Row(UUID id, String number, TicketKind kind, TicketChannel channel, TicketStatus status,
			String department, @Nullable CitizenId citizen, @Nullable String staffNamed, @Nullable UUID outletId,
			Instant openedAt, Instant dueAt) {
	}
}
