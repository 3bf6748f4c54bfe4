package org.cheguan.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cheguan.evaluation.RatingGiven;
import org.cheguan.evaluation.RatingLevel;
import org.cheguan.evaluation.RectificationMoved;
import org.cheguan.evaluation.RectificationOpened;
import org.cheguan.evaluation.RectificationStatus;
import org.cheguan.hotline.HotlineTicketClosed;
import org.cheguan.hotline.HotlineTicketEscalated;
import org.cheguan.hotline.HotlineTicketOpened;
import org.cheguan.hotline.StaffCommended;
import org.cheguan.shared.OfficeTime;
import org.cheguan.transactions.ServiceRecords;
import org.cheguan.transactions.ServiceRendered;
import org.cheguan.transactions.ServiceType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the reporting rollups (schema {@code reporting}) from the events of transactions, evaluation and hotline,
 * handed over by {@link RollupListeners}. Each update runs in one transaction and first claims the event's key in {@code processed_event}: a redelivered
 * event finds its key taken and changes nothing, so no figure is ever counted twice.
 *
 * <p>Office day: the Asia/Shanghai date of the fact ({@link OfficeTime#ZONE}). A rating counts on the office day of
 * the service it rates, not the day it was given (51号: a rating belongs to the service), so a closed period changes
 * only when a service of that period is rated late.
 */
@Component
class Rollups {

	/** The outlet key of a fact without an outlet (mobile office, online, hotline). */
	static final UUID NO_OUTLET = new UUID(0, 0);

	/** Waits of this many minutes or more share the last histogram bucket. */
	static final int WAIT_CAP = 240;

	private final JdbcClient jdbc;

	private final ServiceRecords services;

	Rollups(JdbcClient jdbc, ServiceRecords services) {
		this.jdbc = jdbc;
		this.services = services;
	}

	static LocalDate officeDay(Instant instant) {
		return instant.atZone(OfficeTime.ZONE).toLocalDate();
	}

	private boolean claim(String key) {
		return jdbc.sql("insert into reporting.processed_event (event_key) values (:key) on conflict do nothing")
			.param("key", key)
			.update() == 1;
	}

	@Transactional
	void on(ServiceRendered event) {
		if (!claim("service:" + event.serviceRecordId())) {
			return;
		}
		var day = officeDay(event.completedAt());
		var outlet = event.outletId() == null ? NO_OUTLET : event.outletId();
		var staff = event.staffUsername() == null ? "" : event.staffUsername();
		jdbc.sql("""
				insert into reporting.service_fact (service_record_id, office_day, outlet_key, department, staff,
				  service_type, channel) values (:id, :day, :outlet, :department, :staff, :type, :channel)
				on conflict do nothing""")
			.param("id", event.serviceRecordId()).param("day", day).param("outlet", outlet)
			.param("department", key(event.department())).param("staff", staff).param("type", event.type().name())
			.param("channel", event.channel().name())
			.update();
		Integer wait = event.waitMinutes();
		jdbc.sql("""
				insert into reporting.daily_service as d (office_day, outlet_key, department, staff, service_type,
				  channel, services, wait_sum, wait_count)
				values (:day, :outlet, :department, :staff, :type, :channel, 1, :waitSum, :waitCount)
				on conflict (office_day, outlet_key, department, staff, service_type, channel) do update set
				  services = d.services + 1, wait_sum = d.wait_sum + excluded.wait_sum,
				  wait_count = d.wait_count + excluded.wait_count""")
			.param("day", day).param("outlet", outlet).param("department", key(event.department()))
			.param("staff", staff).param("type", event.type().name()).param("channel", event.channel().name())
			.param("waitSum", wait == null ? 0 : Math.max(0, wait)).param("waitCount", wait == null ? 0 : 1)
			.update();
		jdbc.sql("""
				insert into reporting.monthly_service as m (month, department, staff, service_type, channel, services,
				  wait_sum, wait_count)
				values (:month, :department, :staff, :type, :channel, 1, :waitSum, :waitCount)
				on conflict (month, department, staff, service_type, channel) do update set
				  services = m.services + 1, wait_sum = m.wait_sum + excluded.wait_sum,
				  wait_count = m.wait_count + excluded.wait_count""")
			.param("month", day.withDayOfMonth(1)).param("department", key(event.department()))
			.param("staff", staff).param("type", event.type().name()).param("channel", event.channel().name())
			.param("waitSum", wait == null ? 0 : Math.max(0, wait)).param("waitCount", wait == null ? 0 : 1)
			.update();
		if (wait != null) {
			jdbc.sql("""
					insert into reporting.monthly_wait as w (month, minutes, services) values (:month, :minutes, 1)
					on conflict (month, minutes) do update set services = w.services + 1""")
				.param("month", day.withDayOfMonth(1)).param("minutes", Math.min(WAIT_CAP, Math.max(0, wait)))
				.update();
			jdbc.sql("""
					insert into reporting.daily_wait as w (office_day, outlet_key, department, channel, minutes, services)
					values (:day, :outlet, :department, :channel, :minutes, 1)
					on conflict (office_day, outlet_key, department, channel, minutes) do update set
					  services = w.services + 1""")
				.param("day", day).param("outlet", outlet).param("department", key(event.department()))
				.param("channel", event.channel().name()).param("minutes", Math.min(WAIT_CAP, Math.max(0, wait)))
				.update();
		}
	}

	/**
	 * Serialises the handling of one rating (its counting and its voiding) until the end of the transaction, so that a
	 * void handled in parallel with the rating itself is applied exactly once either way.
	 */
	private void lockRating(UUID ratingId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
			.param("key", "reporting.rating:" + ratingId)
			.query((rs, row) -> 1)
			.list();
	}

	private boolean voided(UUID ratingId) {
		return jdbc.sql("select exists (select 1 from reporting.processed_event where event_key = :key)")
			.param("key", "rating-voided:" + ratingId)
			.query(Boolean.class)
			.single();
	}

	@Transactional
	void on(RatingGiven event) {
		var level = RatingLevel.of(event.score());
		lockRating(event.ratingId());
		if (!claim("rating:" + event.ratingId())) {
			return;
		}
		var day = serviceDay(event.serviceRecordId(), event.givenOn());
		var outlet = event.outletId() == null ? NO_OUTLET : event.outletId();
		var staff = event.staffUsername() == null ? "" : event.staffUsername();
		// voided on appeal before this rating was handled (listeners run in parallel): listed, never counted
		var voided = voided(event.ratingId());
		if (level.isBad()) {
			jdbc.sql("""
					insert into reporting.bad_rating (rating_id, service_record_id, office_day, given_on, score,
					  outlet_key, department, staff, service_type, channel, voided)
					values (:id, :service, :day, :given, :score, :outlet, :department, :staff, :type, :channel, :voided)
					on conflict do nothing""")
				.param("id", event.ratingId()).param("service", event.serviceRecordId()).param("day", day)
				.param("given", event.givenOn()).param("score", level.score()).param("outlet", outlet)
				.param("department", key(event.department())).param("staff", staff)
				.param("type", event.serviceType().name()).param("channel", event.channel().name())
				.param("voided", voided)
				.update();
		}
		if (!voided) {
			count(day, outlet, key(event.department()), staff, event.serviceType().name(), event.channel().name(),
					level.score(), 1);
		}
	}

	/** Adds {@code delta} (1 or -1) ratings of a score to the daily and monthly cubes. */
	private void count(LocalDate day, UUID outlet, String department, String staff, String type, String channel,
			int score, int delta) {
		var column = "rating_" + score;
		jdbc.sql("insert into reporting.daily_service as d (office_day, outlet_key, department, staff, service_type,"
				+ " channel, " + column + ") values (:day, :outlet, :department, :staff, :type, :channel, :delta)"
				+ " on conflict (office_day, outlet_key, department, staff, service_type, channel) do update set "
				+ column + " = d." + column + " + :delta")
			.param("day", day).param("outlet", outlet).param("department", department)
			.param("staff", staff).param("type", type).param("channel", channel).param("delta", delta)
			.update();
		jdbc.sql("insert into reporting.monthly_service as m (month, department, staff, service_type, channel, "
				+ column + ") values (:month, :department, :staff, :type, :channel, :delta)"
				+ " on conflict (month, department, staff, service_type, channel) do update set "
				+ column + " = m." + column + " + :delta")
			.param("month", day.withDayOfMonth(1)).param("department", department)
			.param("staff", staff).param("type", type).param("channel", channel).param("delta", delta)
			.update();
	}

	/**
	 * A rating voided on appeal (申诉复核 upheld) stops counting in the ratings of its period: the period of the
	 * service it rated, closed or not. This is a correction, like a late rating, and the only other way a closed
	 * period changes. Exactly once: the bad_rating row is flagged in the statement that finds it unflagged, and a void
	 * seen before the rating itself is remembered so the rating is never counted.
	 */
	private void voidRating(UUID ratingId) {
		lockRating(ratingId);
		if (!claim("rating-voided:" + ratingId)) {
			return;
		}
		jdbc.sql("""
				update reporting.bad_rating set voided = true where rating_id = :id and not voided
				returning office_day, outlet_key, department, staff, service_type, channel, score""")
			.param("id", ratingId)
			.query((rs, row) -> {
				count(rs.getObject(1, LocalDate.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getInt(7), -1);
				return null;
			})
			.list();
	}

	/**
	 * The office day of the rated service: from this module's own service facts, else from the transactions API (the
	 * rating may be handled before the service event), else the rating's own day.
	 */
	private LocalDate serviceDay(UUID serviceRecordId, LocalDate givenOn) {
		var known = jdbc.sql("select office_day from reporting.service_fact where service_record_id = :id")
			.param("id", serviceRecordId)
			.query(LocalDate.class)
			.optional();
		if (known.isPresent()) {
			return known.get();
		}
		return services.find(serviceRecordId).map(record -> officeDay(record.completedAt())).orElse(givenOn);
	}

	@Transactional
	void on(RectificationOpened event) {
		jdbc.sql("""
				insert into reporting.rectification (rectification_id, rating_id, staff, status, reply_due_on,
				  rectify_due_on) values (:id, :rating, :staff, 'OPEN', :reply, :rectify)
				on conflict (rectification_id) do update set rating_id = excluded.rating_id,
				  staff = excluded.staff, reply_due_on = excluded.reply_due_on, rectify_due_on = excluded.rectify_due_on
				""")
			.param("id", event.rectificationId()).param("rating", event.ratingId()).param("staff", event.staffUsername())
			.param("reply", event.replyDueOn()).param("rectify", event.rectifyDueOn())
			.update();
	}

	/**
	 * A rectification step (evaluation's RectificationMoved): the status, unless a later step was applied already
	 * (steps are handled in parallel); a reply or rectification counted as a deadline met or missed for the staff
	 * member concerned, on the step's office day (on time = on or before the deadline that applied); a VOIDED step
	 * voids the rating ({@link #voidRating}).
	 */
	@Transactional
	void on(RectificationMoved event) {
		// the step may arrive before the opening (listeners run in parallel): keep it, the opening fills the rest
		jdbc.sql("""
				insert into reporting.rectification as r (rectification_id, rating_id, staff, status, status_at)
				values (:id, :rating, :staff, :status, :at)
				on conflict (rectification_id) do update set status = excluded.status, status_at = excluded.status_at,
				  rating_id = coalesce(r.rating_id, excluded.rating_id), staff = coalesce(r.staff, excluded.staff)
				where r.status_at is null or r.status_at <= excluded.status_at""")
			.param("id", event.rectificationId()).param("rating", event.ratingId())
			.param("staff", event.staffUsername()).param("status", event.to().name())
			.param("at", Timestamp.from(event.at()))
			.update();
		boolean deadlineStep = event.from() == RectificationStatus.OPEN && event.to() == RectificationStatus.REPLIED
				|| event.from() == RectificationStatus.REPLIED && (event.to() == RectificationStatus.RECTIFIED
						|| event.to() == RectificationStatus.CLOSED);
		if (deadlineStep && event.staffUsername() != null
				&& claim("rectification-step:" + event.rectificationId() + ":" + event.from())) {
			jdbc.sql("""
					insert into reporting.daily_rectification_step as s (office_day, staff, steps, on_time)
					values (:day, :staff, 1, :onTime)
					on conflict (office_day, staff) do update set steps = s.steps + 1, on_time = s.on_time + excluded.on_time
					""")
				.param("day", event.on()).param("staff", event.staffUsername())
				.param("onTime", event.on().isAfter(event.dueOn()) ? 0 : 1)
				.update();
		}
		var rating = event.ratingId();
		if (event.to() == RectificationStatus.VOIDED && rating != null) {
			voidRating(rating);
		}
	}

	@Transactional
	void on(HotlineTicketOpened event) {
		if (!claim("ticket-opened:" + event.ticketId())) {
			return;
		}
		jdbc.sql("""
				insert into reporting.ticket_fact (ticket_id, number, kind, channel, department, opened_at, due_at)
				values (:id, :number, :kind, :channel, :department, :opened, :due)
				on conflict (ticket_id) do update set number = excluded.number, channel = excluded.channel,
				  opened_at = excluded.opened_at, due_at = excluded.due_at""")
			.param("id", event.ticketId()).param("number", event.number()).param("kind", event.kind().name())
			.param("channel", event.channel().name()).param("department", key(event.department()))
			.param("opened", Timestamp.from(event.openedAt())).param("due", Timestamp.from(event.dueAt()))
			.update();
		hotline(officeDay(event.openedAt()), key(event.department()), event.kind().name(), "", "opened");
		classify(event.ticketId());
	}

	/**
	 * Counts a closing as on time or overdue once both the deadline (opening) and the closing are known, exactly once
	 * (the flag is set in the same statement that finds the ticket unclassified). On time means closed at or before
	 * the deadline of the opening event.
	 */
	private void classify(UUID ticketId) {
		var closing = jdbc.sql("""
				update reporting.ticket_fact set classified = true
				where ticket_id = :id and not classified and closed_at is not null and due_at is not null
				returning closed_at <= due_at, closed_at, department, kind, agent""")
			.param("id", ticketId)
			.query((rs, row) -> new Object[] { rs.getBoolean(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), rs.getString(5) })
			.optional();
		closing.ifPresent(c -> hotline(officeDay((Instant) c[1]), (String) c[2], (String) c[3], (String) c[4],
				(Boolean) c[0] ? "closed_on_time" : "closed_overdue"));
	}

	/**
	 * Only the first closing of a ticket counts (a reopened ticket closed again is one ticket answered).
	 */
	@Transactional
	void on(HotlineTicketClosed event) {
		if (!claim("ticket-closed:" + event.ticketId())) {
			return;
		}
		jdbc.sql("""
				insert into reporting.ticket_fact (ticket_id, kind, channel, department, opened_at, closed_at, agent)
				values (:id, :kind, :channel, :department, :opened, :closed, :agent)
				on conflict (ticket_id) do update set closed_at = excluded.closed_at, agent = excluded.agent""")
			.param("id", event.ticketId()).param("kind", event.kind().name()).param("channel", event.channel().name())
			.param("department", key(event.department())).param("opened", Timestamp.from(event.openedAt()))
			.param("closed", Timestamp.from(event.closedAt())).param("agent", event.agent())
			.update();
		hotline(officeDay(event.closedAt()), key(event.department()), event.kind().name(), event.agent(), "closed");
		classify(event.ticketId());
	}

	@Transactional
	void on(HotlineTicketEscalated event) {
		if (!claim("ticket-escalated:" + event.ticketId())) {
			return;
		}
		jdbc.sql("""
				insert into reporting.ticket_fact (ticket_id, number, kind, department, due_at, escalated_at)
				values (:id, :number, :kind, :department, :due, :at)
				on conflict (ticket_id) do update set escalated_at = excluded.escalated_at,
				  due_at = coalesce(reporting.ticket_fact.due_at, excluded.due_at)""")
			.param("id", event.ticketId()).param("number", event.number()).param("kind", event.kind().name())
			.param("department", key(event.department())).param("due", Timestamp.from(event.dueAt()))
			.param("at", Timestamp.from(event.escalatedAt()))
			.update();
		hotline(officeDay(event.escalatedAt()), key(event.department()), event.kind().name(), "", "escalated");
		classify(event.ticketId());
	}

	@Transactional
	void on(StaffCommended event) {
		if (!claim("commendation:" + event.commendationId())) {
			return;
		}
		jdbc.sql("""
				insert into reporting.daily_commendation as c (office_day, staff, department, commendations)
				values (:day, :staff, :department, 1)
				on conflict (office_day, staff, department) do update set commendations = c.commendations + 1""")
			.param("day", officeDay(event.commendedAt())).param("staff", event.staffUsername())
			.param("department", key(event.department()))
			.update();
	}

	/**
	 * The one key of a department in every rollup (ServiceType.Department.canonical): events of the hotline and
	 * commendations name departments as staff accounts and routing write them (考试科), services by code.
	 *
	 * @param department a code or a name, or null
	 * @return the department's code, a name the office does not know as given, or empty for none
	 */
	static String key(@Nullable String department) {
		return department == null || department.isBlank() ? "" : ServiceType.Department.canonical(department);
	}

	private void hotline(LocalDate day, String department, String kind, String agent, String column) {
		jdbc.sql("insert into reporting.daily_hotline as h (office_day, department, kind, agent, " + column
				+ ") values (:day, :department, :kind, :agent, 1) on conflict (office_day, department, kind, agent)"
				+ " do update set " + column + " = h." + column + " + 1")
			.param("day", day).param("department", department).param("kind", kind).param("agent", agent)
			.update();
	}
}
