package org.cheguan.licensing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cheguan.shared.Conflict;
import org.cheguan.shared.DistrictCode;
import org.cheguan.shared.DomainRuleViolation;
import org.cheguan.shared.GeoPoint;
import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.NotFound;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.StateChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exam plan (考试计划): venues and their sessions, weekdays and weekends alike (the seed's Sunday exam). Seats are
 * taken and given back only through {@link #takeSeat} and {@link #releaseSeat}, single conditional UPDATEs, so that
 * concurrent bookings never oversell a session.
 */
@Service
@Transactional
public class ExamPlan {

	/** Largest page of sessions a caller may ask for. */
	public static final int MAX_PAGE_SIZE = 500;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ExamPlan(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/** @return every venue, by name */
	@Transactional(readOnly = true)
	public List<ExamVenue> venues() {
		return jdbc.sql("select * from licensing.exam_venue order by demo, name").query(ExamPlan::venue).list();
	}

	/**
	 * @param id a venue
	 * @return the venue
	 * @throws NotFound when it does not exist
	 */
	@Transactional(readOnly = true)
	public ExamVenue venue(UUID id) {
		return jdbc.sql("select * from licensing.exam_venue where id = :id").param("id", id).query(ExamPlan::venue)
			.optional()
			.orElseThrow(() -> new NotFound("exam-venue", id));
	}

	/**
	 * Adds a venue, or returns the existing one of that name.
	 *
	 * @param name name
	 * @param district district code
	 * @param location location
	 * @param subjects subjects held
	 * @param demo whether it is generated demo data
	 * @return the venue
	 */
	public ExamVenue addVenue(String name, DistrictCode district, GeoPoint location, Set<Subject> subjects,
			boolean demo) {
		var id = UUID.randomUUID();
		var inserted = jdbc.sql("""
				insert into licensing.exam_venue (id, name, district_code, latitude, longitude, subjects, demo, created_at)
				values (:id, :name, :district, :lat, :lon, :subjects, :demo, :now) on conflict (name) do nothing""")
			.param("id", id)
			.param("name", name)
			.param("district", district.value())
			.param("lat", location.latitude())
			.param("lon", location.longitude())
			.param("subjects", subjects.stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
			.param("demo", demo)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		if (inserted == 1) {
			events.publishEvent(StateChanged.created("licensing.exam-venue.added", "exam-venue", id.toString(),
					name + " " + district.value()));
		}
		return jdbc.sql("select * from licensing.exam_venue where name = :name").param("name", name)
			.query(ExamPlan::venue).single();
	}

	/**
	 * Adds a session to the plan.
	 *
	 * @param request the session
	 * @return the session
	 * @throws NotFound when the venue does not exist
	 * @throws DomainRuleViolation when the venue does not hold the subject, or the date is past or more than a year ahead
	 * @throws Conflict when the venue already has a session of that subject at that date and time
	 */
	public ExamSession addSession(NewExamSession request) {
		var venue = venue(request.venueId());
		if (!venue.subjects().contains(request.subject())) {
			throw new DomainRuleViolation("CHEGUAN-exam-plan", "licensing.plan.subject-not-held", venue.name(),
					request.subject().name());
		}
		var today = OfficeTime.today(clock);
		if (request.date().isBefore(today)) {
			throw new DomainRuleViolation("CHEGUAN-exam-plan", "licensing.plan.past-date", request.date());
		}
		// a plan is published weeks ahead; a year keeps every date one the database and the calendar can hold
		if (request.date().isAfter(today.plusYears(1))) {
			throw new DomainRuleViolation("CHEGUAN-exam-plan", "licensing.plan.too-far", request.date(),
					today.plusYears(1));
		}
		var session = insertSession(venue.id(), request.subject(), request.date(), request.startTime(),
				request.capacity());
		return session.orElseThrow(() -> Conflict.of("licensing.plan.duplicate-session", venue.name(),
				request.subject().name(), request.date(), request.startTime()));
	}

	/**
	 * Adds a session unless one with the same venue, subject, date and time exists (used to extend the demo plan).
	 *
	 * @return the new session, or empty when it existed
	 */
	Optional<ExamSession> insertSession(UUID venueId, Subject subject, LocalDate date, LocalTime start, int capacity) {
		var id = UUID.randomUUID();
		var inserted = jdbc.sql("""
				insert into licensing.exam_session (id, venue_id, subject, exam_date, start_time, capacity, created_at)
				values (:id, :venue, :subject, :date, :start, :capacity, :now)
				on conflict (venue_id, subject, exam_date, start_time) do nothing""")
			.param("id", id)
			.param("venue", venueId)
			.param("subject", subject.name())
			.param("date", date)
			.param("start", start)
			.param("capacity", capacity)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		if (inserted == 0) {
			return Optional.empty();
		}
		events.publishEvent(StateChanged.created("licensing.exam-session.added", "exam-session", id.toString(),
				subject + " " + date + " " + start + " x" + capacity));
		return Optional.of(session(id));
	}

	/**
	 * @param id a session
	 * @return the session
	 * @throws NotFound when it does not exist
	 */
	@Transactional(readOnly = true)
	public ExamSession session(UUID id) {
		return jdbc.sql("select * from licensing.exam_session where id = :id").param("id", id)
			.query(ExamPlan::session)
			.optional()
			.orElseThrow(() -> new NotFound("exam-session", id));
	}

	/**
	 * Sessions of the plan, by date and time.
	 *
	 * @param subject only this subject, or all
	 * @param from first date, inclusive, or open
	 * @param to last date, inclusive, or open
	 * @param venueId only this venue, or all
	 * @param page zero-based page
	 * @param size sessions per page, 1 to {@value #MAX_PAGE_SIZE}
	 * @return the sessions
	 */
	@Transactional(readOnly = true)
	public List<ExamSession> sessions(@Nullable Subject subject, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable UUID venueId, int page, int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidValue(InvalidValue.VALIDATION, "problem.validation.page", null, page, size, MAX_PAGE_SIZE);
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidValue(InvalidValue.VALIDATION, "licensing.allocation.period", null, from, to);
		}
		return jdbc.sql("""
				select * from licensing.exam_session
				where (cast(:subject as text) is null or subject = :subject)
				  and (cast(:from as date) is null or exam_date >= :from)
				  and (cast(:to as date) is null or exam_date <= :to)
				  and (cast(:venue as uuid) is null or venue_id = :venue)
				order by exam_date, start_time, venue_id, subject
				limit :size offset :offset""")
			.param("subject", subject == null ? null : subject.name())
			.param("from", from)
			.param("to", to)
			.param("venue", venueId)
			.param("size", size)
			.param("offset", (long) page * size)
			.query(ExamPlan::session)
			.list();
	}

	/**
	 * Takes one seat of an open session, atomically.
	 *
	 * @param sessionId the session
	 * @return whether a seat was free and is now taken
	 */
	public boolean takeSeat(UUID sessionId) {
		return jdbc.sql("""
				update licensing.exam_session set booked = booked + 1
				where id = :id and status = 'OPEN' and booked < capacity""")
			.param("id", sessionId)
			.update() == 1;
	}

	/**
	 * Gives a seat back (a cancelled booking).
	 *
	 * @param sessionId the session
	 */
	public void releaseSeat(UUID sessionId) {
		jdbc.sql("update licensing.exam_session set booked = booked - 1 where id = :id and booked > 0")
			.param("id", sessionId)
			.update();
	}

	private static ExamVenue venue(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		var subjects = EnumSet.noneOf(Subject.class);
		Arrays.stream(rs.getString("subjects").split(",")).filter(s -> !s.isBlank()).map(Subject::valueOf)
			.forEach(subjects::add);
		return new ExamVenue(rs.getObject("id", UUID.class), rs.getString("name"),
				DistrictCode.of(rs.getString("district_code")),
				GeoPoint.of(rs.getDouble("latitude"), rs.getDouble("longitude")), subjects, rs.getBoolean("demo"));
	}

	private static ExamSession session(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ExamSession(rs.getObject("id", UUID.class), rs.getObject("venue_id", UUID.class),
				Subject.valueOf(rs.getString("subject")), rs.getObject("exam_date", LocalDate.class),
				rs.getObject("start_time", LocalTime.class), rs.getInt("capacity"), rs.getInt("booked"),
				ExamSession.Status.valueOf(rs.getString("status")));
	}
}
