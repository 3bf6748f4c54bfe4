package org.cheguan.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.shared.Conflict;
import org.cheguan.shared.Forbidden;
import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.NotFound;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.StateChanged;
import org.cheguan.shared.WorkingCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rectification of bad ratings and complaints (差评整改, 国办发〔2019〕51号: 谁办理、谁负责; verify → rectify → give
 * feedback → review). Deadlines are working days from {@link WorkingCalendar} ({@link RectificationTerms}). Every
 * step is a conditional UPDATE on the expected status, so two clerks acting at once cannot both move it; every step
 * publishes {@link StateChanged} for the audit trail (the actor is the signed-in user).
 */
@Service
@Transactional
public class Rectifications {

	/** Longest note of a step, in characters. */
	public static final int MAX_NOTE = 1000;

	private final JdbcClient jdbc;

	private final RectificationTerms terms;

	private final int escalationWorkingDays;

	private final WorkingCalendar calendar;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Rectifications(JdbcClient jdbc, RectificationTerms terms, EvaluationSettings settings, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.terms = terms;
		this.escalationWorkingDays = settings.escalationWorkingDays();
		// the official calendar, not a bean: another module may define its own without making injection ambiguous
		this.calendar = WorkingCalendar.official();
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Opens a rectification, once per source fact: opening again with the same source and key returns the first.
	 * The reply and rectification due dates count working days from {@code openedOn}; a return visit is required when
	 * the citizen is named (51号: 实名差评回访率 100%). Publishes {@link RectificationOpened} when new. For a hotline
	 * complaint about a staff member, call it with source {@code hotline.complaint} and the ticket id as key.
	 *
	 * @param request what opens it
	 * @return the rectification
	 */
	public RectificationView open(OpenRectification request) {
		var id = UUID.randomUUID();
		var replyDue = terms.replyDue(calendar, request.openedOn());
		var rectifyDue = terms.rectifyDue(calendar, request.openedOn());
		var summary = request.summary().length() > 500 ? request.summary().substring(0, 500) : request.summary();
		var inserted = jdbc.sql("""
				insert into evaluation.rectification (id, source, source_key, rating_id, service_record_id, citizen_id,
				  staff_username, department, summary, named, opened_on, reply_due_on, rectify_due_on, status,
				  return_visit_required, opened_at)
				values (:id, :source, :key, :rating, :service, :citizen, :staff, :department, :summary, :named, :openedOn,
				  :replyDue, :rectifyDue, 'OPEN', :named, :now)
				on conflict (source, source_key) do nothing""")
			.param("id", id)
			.param("source", request.source())
			.param("key", request.sourceKey())
			.param("rating", request.ratingId())
			.param("service", request.serviceRecordId())
			.param("citizen", request.citizenId() == null ? null : request.citizenId().value())
			.param("staff", request.staffUsername())
			.param("department", request.department())
			.param("summary", summary)
			.param("named", request.named())
			.param("openedOn", request.openedOn())
			.param("replyDue", replyDue)
			.param("rectifyDue", rectifyDue)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		if (inserted == 0) {
			return jdbc.sql("select * from evaluation.rectification where source = :source and source_key = :key")
				.param("source", request.source())
				.param("key", request.sourceKey())
				.query(this::map)
				.single();
		}
		events.publishEvent(new RectificationOpened(id, request.source(), request.ratingId(), request.staffUsername(),
				replyDue, rectifyDue));
		events.publishEvent(StateChanged.created("evaluation.rectification.opened", "rectification", id.toString(),
				request.source() + " reply by " + replyDue + " rectify by " + rectifyDue));
		return get(id);
	}

	/**
	 * @param id a rectification
	 * @return it
	 * @throws NotFound when it does not exist
	 */
	@Transactional(readOnly = true)
	public RectificationView get(UUID id) {
		return jdbc.sql("select * from evaluation.rectification where id = :id")
			.param("id", id)
			.query(this::map)
			.optional()
			.orElseThrow(() -> new NotFound("rectification", id));
	}

	/**
	 * @param ratingId a rating
	 * @return the rectification it opened, or null
	 */
	@Transactional(readOnly = true)
	public @Nullable RectificationView ofRating(UUID ratingId) {
		return jdbc.sql("select * from evaluation.rectification where rating_id = :id")
			.param("id", ratingId)
			.query(this::map)
			.optional()
			.orElse(null);
	}

	/**
	 * Lists rectifications, the most urgent first (next deadline, then opening).
	 *
	 * @param status only this status, or null for all
	 * @param page zero-based page
	 * @param size 1 to 500
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public List<RectificationView> list(@Nullable RectificationStatus status, int page, int size) {
		if (page < 0 || size < 1 || size > 500) {
			throw new InvalidValue(InvalidValue.VALIDATION, "problem.validation.page", null, page, size, 500);
		}
		return jdbc.sql("""
				select * from evaluation.rectification where (cast(:status as text) is null or status = :status)
				order by case when status in ('OPEN', 'APPEALED') then reply_due_on else rectify_due_on end,
				  opened_at, id
				limit :limit offset :offset""")
			.param("status", status == null ? null : status.name())
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(this::map)
			.list();
	}

	/**
	 * Escalates (督办, to the 支队) every rectification whose step is overdue by more than
	 * {@code cheguan.evaluation.escalation-working-days} (3, the Hubei practice) working days: not replied by the reply
	 * due date (status OPEN), or not rectified by the rectification due date (status REPLIED). The escalation day is
	 * {@link #escalationDueOn} of the missed deadline; the case is escalated on the first office day after it. Once for
	 * the reply and once for the rectification at most; the status does not change (the step is still owed). Each
	 * escalation is audited ({@code evaluation.rectification.escalated}, actor system) and publishes
	 * {@link RectificationEscalated}. Idempotent: a conditional UPDATE marks each case, so a repeated scan escalates
	 * nothing twice.
	 *
	 * @param today the office date of the scan
	 * @return how many cases were escalated now
	 */
	public int escalateOverdue(LocalDate today) {
		var candidates = jdbc.sql("""
				select id, status, reply_due_on, rectify_due_on from evaluation.rectification
				where (status = 'OPEN' and reply_due_on < :today and escalated_for is null)
				   or (status = 'REPLIED' and rectify_due_on < :today and escalated_for is distinct from 'RECTIFY')""")
			.param("today", today)
			.query((rs, row) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class) })
			.list();
		var escalated = 0;
		var now = clock.instant();
		for (var row : candidates) {
			var id = (UUID) row[0];
			var replyStep = "OPEN".equals(row[1]);
			var missed = (LocalDate) (replyStep ? row[2] : row[3]);
			var escalationDue = escalationDueOn(missed);
			if (!today.isAfter(escalationDue)) {
				continue;
			}
			var step = replyStep ? "REPLY" : "RECTIFY";
			var marked = jdbc.sql("""
					update evaluation.rectification
					set escalated_at = :now, escalated_for = :step, escalation_due_on = :escalationDue
					where id = :id and status = :status and escalated_for is distinct from :step
					returning rating_id, staff_username, department""")
				.param("now", Timestamp.from(now)).param("step", step).param("escalationDue", escalationDue)
				.param("id", id).param("status", row[1])
				.query((rs, r) -> new RectificationEscalated(id, rs.getObject(1, UUID.class), rs.getString(2),
						rs.getString(3), step, missed, escalationDue, today))
				.optional();
			if (marked.isPresent()) {
				events.publishEvent(marked.get());
				events.publishEvent(new StateChanged("evaluation.rectification.escalated", "rectification",
						id.toString(), row[1] + " due " + missed, "escalated to the 支队 (" + step + " overdue)"));
				escalated++;
			}
		}
		return escalated;
	}

	/**
	 * @param missedDeadline a reply or rectification due date
	 * @return the last working day of the grace after it ({@code escalation-working-days} working days on the
	 *         official calendar, holidays skipped, make-up working days counted); the case escalates the day after
	 */
	public LocalDate escalationDueOn(LocalDate missedDeadline) {
		return RectificationTerms.escalationDue(calendar, missedDeadline, escalationWorkingDays);
	}

	/**
	 * Verified and replied to the rater (核实答复); a named rater is told by SMS ({@link RectificationReplied}).
	 *
	 * @param id rectification
	 * @param note the reply
	 * @param actor staff user name
	 * @return the rectification
	 * @throws Conflict when it is not open
	 */
	public RectificationView reply(UUID id, String note, String actor) {
		var text = note(note);
		var replied = move(id, RectificationStatus.OPEN, RectificationStatus.REPLIED,
				"reply = :note, replied_at = :now, replied_by = :actor", text, actor, "evaluation.rectification.replied");
		var rater = jdbc.sql("select citizen_id from evaluation.rectification where id = :id").param("id", id)
			.query(UUID.class).optional().orElse(null);
		if (replied.named() && rater != null) {
			// the rater is told (反馈); an anonymous rater asked not to be contacted
			events.publishEvent(new RectificationReplied(id, new CitizenId(rater),
					text.length() > 40 ? text.substring(0, 39) + "…" : text, replied.rectifyDueOn()));
		}
		return replied;
	}

	/**
	 * Rectified (整改). Closes it at once when no return visit is required.
	 *
	 * @param id rectification
	 * @param note what was done
	 * @param actor staff user name
	 * @return the rectification
	 * @throws Conflict when it has not been replied to
	 */
	public RectificationView rectify(UUID id, String note, String actor) {
		var text = note(note);
		var current = get(id);
		var next = current.returnVisitRequired() ? RectificationStatus.RECTIFIED : RectificationStatus.CLOSED;
		return move(id, RectificationStatus.REPLIED, next,
				"rectification_note = :note, rectified_at = :now, rectified_by = :actor", text, actor,
				"evaluation.rectification.rectified");
	}

	/**
	 * The return visit to the named rater (回访), which closes it.
	 *
	 * @param id rectification
	 * @param note what the citizen said
	 * @param actor staff user name
	 * @return the rectification
	 * @throws Conflict when it is not rectified yet
	 */
	public RectificationView returnVisit(UUID id, String note, String actor) {
		var text = note(note);
		return move(id, RectificationStatus.RECTIFIED, RectificationStatus.CLOSED,
				"return_visit_note = :note, return_visit_at = :now, return_visit_by = :actor", text, actor,
				"evaluation.rectification.return-visit");
	}

	/**
	 * The staff concerned appeals the rating as malicious or mistaken (申诉复核); a supervisor decides.
	 *
	 * @param id rectification
	 * @param reason why
	 * @param actor staff user name
	 * @return the rectification
	 * @throws Conflict when it is neither open nor replied, or was appealed before
	 */
	public RectificationView appeal(UUID id, String reason, String actor) {
		var text = note(reason);
		var updated = jdbc.sql("""
				update evaluation.rectification set status = 'APPEALED', status_before_appeal = status,
				  appeal_reason = :note, appealed_at = :now, appealed_by = :actor
				where id = :id and status in ('OPEN', 'REPLIED') and appeal_reason is null""")
			.param("id", id).param("note", text).param("now", Timestamp.from(clock.instant())).param("actor", actor)
			.update();
		if (updated != 1) {
			throw refused(id, "APPEALED");
		}
		events.publishEvent(new StateChanged("evaluation.rectification.appealed", "rectification", id.toString(),
				null, "appealed by " + actor));
		var appealed = get(id);
		var before = jdbc.sql("select status_before_appeal from evaluation.rectification where id = :id")
			.param("id", id).query(String.class).single();
		moved(appealed, RectificationStatus.valueOf(before));
		return appealed;
	}

	/**
	 * A supervisor decides an appeal. Upheld: the rating is excluded from statistics and the rectification voided.
	 * Rejected: the rectification goes back to where it was. The decider may not be the one who appealed.
	 *
	 * @param id rectification
	 * @param upheld whether the rating is found malicious or mistaken
	 * @param note the decision's reasons
	 * @param supervisor the supervisor's user name
	 * @return the rectification
	 * @throws Conflict when no appeal is pending
	 * @throws Forbidden when the supervisor appealed it themselves
	 */
	public RectificationView decideAppeal(UUID id, boolean upheld, String note, String supervisor) {
		var text = note(note);
		var current = get(id);
		var appealedBy = jdbc.sql("select appealed_by from evaluation.rectification where id = :id").param("id", id)
			.query(String.class).optional().orElse(null);
		if (supervisor.equals(appealedBy)) {
			throw new Forbidden("evaluation.appeal.own");
		}
		var updated = jdbc.sql("""
				update evaluation.rectification set
				  status = case when :upheld then 'VOIDED' else status_before_appeal end,
				  appeal_decision = :decision, appeal_decided_at = :now, appeal_decided_by = :actor,
				  reply = coalesce(reply, case when :upheld then :note else null end)
				where id = :id and status = 'APPEALED'""")
			.param("id", id).param("upheld", upheld).param("decision", upheld ? "UPHELD" : "REJECTED")
			.param("now", Timestamp.from(clock.instant())).param("actor", supervisor).param("note", text)
			.update();
		if (updated != 1) {
			throw refused(id, upheld ? "VOIDED" : "REJECTED");
		}
		if (upheld && current.ratingId() != null) {
			jdbc.sql("update evaluation.rating set excluded = true where id = :id").param("id", current.ratingId())
				.update();
		}
		events.publishEvent(new StateChanged("evaluation.rectification.appeal-decided", "rectification",
				id.toString(), "APPEALED", (upheld ? "UPHELD" : "REJECTED") + " by " + supervisor + ": " + text));
		var decided = get(id);
		moved(decided, RectificationStatus.APPEALED);
		return decided;
	}

	/**
	 * The rater rates the rectification: 3 满意, 2 基本满意, 1 不满意 (domain-rules.md §7). Once.
	 *
	 * @param id rectification
	 * @param rater the citizen
	 * @param score 1 to 3
	 * @return the rectification
	 * @throws NotFound when the citizen is not the one who rated or complained
	 * @throws Conflict when it is not rectified yet or was rated already
	 */
	public RectificationView followUp(UUID id, CitizenId rater, int score) {
		if (score < 1 || score > 3) {
			throw new InvalidValue(InvalidValue.VALIDATION, "evaluation.follow-up.score", null, score);
		}
		var current = get(id);
		var owner = jdbc.sql("select citizen_id from evaluation.rectification where id = :id").param("id", id)
			.query(UUID.class).optional().orElse(null);
		if (!rater.value().equals(owner)) {
			throw new NotFound("rectification", id);
		}
		var updated = jdbc.sql("""
				update evaluation.rectification set follow_up_score = :score, follow_up_at = :now
				where id = :id and status in ('RECTIFIED', 'CLOSED') and follow_up_score is null""")
			.param("id", id).param("score", score).param("now", Timestamp.from(clock.instant())).update();
		if (updated != 1) {
			throw Conflict.of("evaluation.follow-up.refused", current.status());
		}
		events.publishEvent(new StateChanged("evaluation.rectification.follow-up", "rectification", id.toString(),
				null, "rated " + score + " by the citizen"));
		return get(id);
	}

	private RectificationView move(UUID id, RectificationStatus from, RectificationStatus to, String set, String note,
			String actor, String action) {
		var updated = jdbc.sql("update evaluation.rectification set status = :to, " + set
				+ " where id = :id and status = :from")
			.param("id", id).param("from", from.name()).param("to", to.name()).param("note", note)
			.param("now", Timestamp.from(clock.instant())).param("actor", actor)
			.update();
		if (updated != 1) {
			throw refused(id, to.name());
		}
		events.publishEvent(new StateChanged(action, "rectification", id.toString(), from.name(), to.name()));
		var moved = get(id);
		moved(moved, from);
		return moved;
	}

	/** Publishes {@link RectificationMoved} for a step just taken, with the deadline that applied to it. */
	private void moved(RectificationView now, RectificationStatus from) {
		var dueOn = from == RectificationStatus.OPEN || from == RectificationStatus.APPEALED ? now.replyDueOn()
				: now.rectifyDueOn();
		events.publishEvent(new RectificationMoved(now.id(), now.ratingId(), now.staffUsername(), from, now.status(),
				OfficeTime.today(clock), clock.instant(), dueOn));
	}

	private RuntimeException refused(UUID id, String wanted) {
		var current = get(id); // 404 when it does not exist
		return Conflict.of("evaluation.rectification.refused", current.status(), wanted);
	}

	private static String note(@Nullable String note) {
		if (note == null || note.isBlank() || note.strip().length() > MAX_NOTE) {
			throw new InvalidValue(InvalidValue.VALIDATION, "evaluation.rectification.note", null, MAX_NOTE);
		}
		return note.strip();
	}

	private RectificationView map(ResultSet rs, int row) throws SQLException {
		var status = RectificationStatus.valueOf(rs.getString("status"));
		var replyDue = rs.getObject("reply_due_on", LocalDate.class);
		var rectifyDue = rs.getObject("rectify_due_on", LocalDate.class);
		var dueOn = status == RectificationStatus.OPEN || status == RectificationStatus.APPEALED ? replyDue : rectifyDue;
		var today = OfficeTime.today(clock);
		var overdue = (status == RectificationStatus.OPEN || status == RectificationStatus.REPLIED)
				&& today.isAfter(dueOn);
		var followUp = rs.getObject("follow_up_score");
		return new RectificationView(rs.getObject("id", UUID.class), rs.getObject("rating_id", UUID.class),
				rs.getString("source"), rs.getObject("service_record_id", UUID.class), rs.getString("staff_username"),
				rs.getString("department"), rs.getString("summary"), rs.getBoolean("named"),
				rs.getObject("opened_on", LocalDate.class), replyDue, rectifyDue, dueOn, status, overdue,
				rs.getString("reply"), rs.getString("rectification_note"), rs.getBoolean("return_visit_required"),
				rs.getString("return_visit_note"), rs.getString("appeal_reason"), rs.getString("appeal_decision"),
				rs.getString("appeal_decided_by"), followUp == null ? null : ((Number) followUp).intValue(),
				rs.getTimestamp("opened_at").toInstant(),
				rs.getTimestamp("escalated_at") == null ? null : rs.getTimestamp("escalated_at").toInstant(),
				rs.getString("escalated_for"));
	}
}
