package org.cheguan.licensing;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cheguan.shared.Conflict;
import org.cheguan.shared.DomainRuleViolation;
import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.NotFound;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.ProblemException;
import org.cheguan.shared.StateChanged;
import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking requests, the fair allocation run and the green channel (domain-rules.md, product decisions and §1.5).
 *
 * <p>Seats are not first come, first served: a request names up to 5 sessions, and when the run for a subject and
 * period happens, requests are ranked by sort time (the application's acceptance for a first Subject 1; otherwise the
 * last exam, or the last cancellation or no-show if later; ties by application id) and each gets its best preference
 * with a free seat ({@link SeatAllocation}). Speed gives no advantage; one pending request per application and
 * subject, and at most {@value #REQUESTS_PER_DAY} requests per application a day, so bots gain nothing. A supervisor's
 * green channel puts one application at the front of the next run or books it straight into a free seat.
 */
@Service
@Transactional
public class ExamBookings {

	/** Booking requests one application may make in a day (withdrawn ones count). */
	public static final int REQUESTS_PER_DAY = 10;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final LicenceApplications applications;

	private final ExamPlan plan;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ExamBookings(JdbcClient jdbc, DataSource dataSource, LicenceApplications applications, ExamPlan plan, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.applications = applications;
		this.plan = plan;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Requests a booking with ranked preferences. Each preference must be an open future session of the subject that
	 * the rules allow for this application on its date.
	 *
	 * @param applicationId the application
	 * @param subject the subject
	 * @param preferences 1 to 5 distinct session ids, most wanted first
	 * @return the pending request
	 * @throws DomainRuleViolation when a rule forbids booking a preferred session
	 * @throws Conflict when a request is already pending or a booking is active for the subject
	 */
	public BookingRequestView request(UUID applicationId, Subject subject, List<UUID> preferences) {
		if (preferences.isEmpty() || preferences.size() > AllocationRequest.MAX_PREFERENCES
				|| new HashSet<>(preferences).size() != preferences.size()) {
			throw new InvalidValue(InvalidValue.VALIDATION, "licensing.booking.preferences", null,
					AllocationRequest.MAX_PREFERENCES);
		}
		var loaded = applications.load(applicationId);
		refuseClosed(loaded.row());
		var today = OfficeTime.today(clock);
		if (activeBooking(applicationId, subject)) {
			throw Conflict.of("licensing.booking.already-booked", subject.chineseName());
		}
		var madeToday = jdbc.sql("""
				select count(*) from licensing.booking_request where application_id = :id and created_at >= :since""")
			.param("id", applicationId)
			.param("since", Timestamp.from(today.atStartOfDay(OfficeTime.ZONE).toInstant()))
			.query(Long.class).single();
		if (madeToday >= REQUESTS_PER_DAY) {
			throw Conflict.of("licensing.booking.too-many-requests", REQUESTS_PER_DAY);
		}
		for (var sessionId : preferences) {
			var session = plan.session(sessionId);
			if (session.subject() != subject || session.status() != ExamSession.Status.OPEN
					|| !session.date().isAfter(today)) {
				throw new DomainRuleViolation(LicensingRules.RULE_EXAM_ORDER, "licensing.booking.session-not-open",
						sessionId.toString());
			}
			loaded.exam().checkCanBook(subject, session.date());
		}
		var id = UUID.randomUUID();
		var now = clock.instant();
		jdbc.sql("""
				insert into licensing.booking_request (id, application_id, subject, preferences, sort_time, created_at)
				values (:id, :application, :subject, :preferences, :now, :now)""")
			.param("id", id)
			.param("application", applicationId)
			.param("subject", subject.name())
			.param("preferences", preferences.stream().map(UUID::toString).collect(Collectors.joining(",")))
			.param("now", Timestamp.from(now))
			.update();
		var queued = jdbc.sql("""
				insert into licensing.pending_request (request_id, application_id, subject)
				values (:id, :application, :subject) on conflict (application_id, subject) do nothing""")
			.param("id", id)
			.param("application", applicationId)
			.param("subject", subject.name())
			.update();
		if (queued != 1) {
			// the request row goes with the rolled-back transaction
			throw Conflict.of("licensing.booking.request-pending", subject.chineseName());
		}
		events.publishEvent(StateChanged.created("licensing.booking-request.made", "booking-request", id.toString(),
				subject + " preferences=" + preferences.size()));
		return requestView(id);
	}

	/**
	 * @param applicationId an application
	 * @return its booking requests, newest first
	 */
	@Transactional(readOnly = true)
	public List<BookingRequestView> requests(UUID applicationId) {
		return requests(applicationId, Locale.SIMPLIFIED_CHINESE);
	}

	/**
	 * @param applicationId an application
	 * @param locale the reader's language, for the allocation explanations
	 * @return its booking requests, newest first, each explained in that language
	 */
	@Transactional(readOnly = true)
	public List<BookingRequestView> requests(UUID applicationId, Locale locale) {
		return jdbc.sql(REQUEST_VIEW + " where r.application_id = :id order by r.created_at desc")
			.param("id", applicationId)
			.query((rs, row) -> requestView(rs, locale))
			.list();
	}

	/**
	 * Runs the allocation for one subject over the sessions of a period: every pending request with an eligible
	 * preference in the period is ranked and placed. Requests not placed stay pending for the next run, with the
	 * explanation of this run.
	 *
	 * @param subject the subject
	 * @param from first session date, inclusive
	 * @param to last session date, inclusive
	 * @return counts of the run
	 */
	public AllocationRunResult allocate(Subject subject, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidValue(InvalidValue.VALIDATION, "licensing.allocation.period", null, from, to);
		}
		var today = OfficeTime.today(clock);
		lockSubjects(List.of(subject));
		// Lock the period's sessions: nothing else takes their seats while the run decides.
		var freeSeats = new HashMap<UUID, Integer>();
		var sessionDates = new HashMap<UUID, LocalDate>();
		jdbc.sql("""
				select id, exam_date, capacity - booked from licensing.exam_session
				where subject = :subject and status = 'OPEN' and exam_date between :from and :to and exam_date > :today
				for update""")
			.param("subject", subject.name())
			.param("from", from)
			.param("to", to)
			.param("today", today)
			.query((rs, n) -> {
				var id = rs.getObject(1, UUID.class);
				sessionDates.put(id, rs.getObject(2, LocalDate.class));
				freeSeats.put(id, rs.getInt(3));
				return id;
			})
			.list();
		// Everything the ranking needs, in three queries however many requests are waiting; the subject lock keeps
		// other placements out, and a request made meanwhile simply waits for the next run.
		var sortTimes = sortTimes(subject);
		var requests = new ArrayList<AllocationRequest>();
		// absent from the load: the application already holds a booking for the subject (a green channel, an outage)
		applications.loadWaiting(subject, (requestId, application, stored) -> {
			var preferences = preferences(stored);
			var eligible = new ArrayList<UUID>(preferences.size());
			for (var sessionId : preferences) {
				var date = sessionDates.get(sessionId);
				if (date != null && allows(application.exam(), subject, date)) {
					eligible.add(sessionId);
				}
			}
			if (!eligible.isEmpty()) {
				var applicationId = application.row().id();
				requests.add(new AllocationRequest(requestId, applicationId,
						sortTimes.getOrDefault(applicationId, application.row().acceptedAt()), eligible,
						application.row().greenChannelReason() != null));
			}
		});
		var result = SeatAllocation.allocate(requests, freeSeats);
		var now = clock.instant();
		// time-ordered like the run's bookings, which all sort after it: bookedInRun finds them on the primary key
		var bookingIds = new TimeOrderedIds(now);
		var runId = bookingIds.next();
		persist(runId, bookingIds, subject, result, now);
		var placed = result.placements().size();
		events.publishEvent(new StateChanged("licensing.allocation.run", "exam-allocation", runId.toString(), null,
				subject + " " + from + ".." + to + ": considered " + requests.size() + ", allocated " + placed));
		events.publishEvent(new ExamSeatsAllocated(runId, subject, placed, now));
		return new AllocationRunResult(subject, requests.size(), placed, requests.size() - placed, now);
	}

	/**
	 * Writes a run's outcome in four statements whatever its size: the seats taken per session (the database's
	 * capacity check still guards every session), the bookings with the explanation of each placed request in one
	 * {@code COPY}, the placed requests taken off the queue, and the explanation of each request left waiting in a
	 * second {@code COPY}.
	 */
	private void persist(UUID runId, TimeOrderedIds bookingIds, Subject subject, AllocationResult result, Instant now) {
		var placements = result.placements();
		var decisions = new HashMap<UUID, Decision>(result.decisions().size() * 2);
		for (var decision : result.decisions()) {
			decisions.put(decision.requestId(), decision);
		}
		var perSession = new HashMap<UUID, Integer>();
		for (var placement : placements) {
			perSession.merge(placement.sessionId(), 1, Integer::sum);
		}
		if (!placements.isEmpty()) {
			jdbc.sql("""
					update licensing.exam_session s set booked = s.booked + taken.n
					from unnest(:sessions, :counts) as taken(id, n) where s.id = taken.id""")
				.param("sessions", perSession.keySet().toArray(UUID[]::new))
				.param("counts", perSession.values().toArray(Integer[]::new))
				.update();
			// In application order, with time-ordered booking ids: the indexes on the application and on the id are
			// then written page after page instead of at random; formatted while the database writes (CopyRows).
			var ordered = placements.toArray(Placement[]::new);
			Arrays.sort(ordered, java.util.Comparator.comparing(Placement::applicationId));
			var subjectName = subject.name();
			var created = now.toString();
			copy("""
					copy licensing.exam_booking (id, application_id, subject, session_id, request_id, status, created_at,
					  run_id, decision) from stdin""", rows -> {
				for (var placement : ordered) {
					rows.uuid(bookingIds.next()).tab().uuid(placement.applicationId()).tab().ascii(subjectName).tab()
						.uuid(placement.sessionId()).tab().uuid(placement.requestId()).tab().ascii("BOOKED").tab()
						.ascii(created).tab().uuid(runId).tab().ascii(encode(decisions.get(placement.requestId())))
						.endRow();
				}
			});
			jdbc.sql("delete from licensing.pending_request where request_id = any(:placed)")
				.param("placed", placements.stream().map(Placement::requestId).toArray(UUID[]::new))
				.update();
		}
		var waiting = result.decisions().stream().filter(decision -> !decision.placed()).toList();
		if (!waiting.isEmpty()) {
			// one row per waiting request, its latest explanation
			jdbc.sql("delete from licensing.request_decision where request_id = any(:waiting)")
				.param("waiting", waiting.stream().map(Decision::requestId).toArray(UUID[]::new))
				.update();
			copy("copy licensing.request_decision (request_id, run_id, decision) from stdin", rows -> {
				for (var decision : waiting) {
					rows.uuid(decision.requestId()).tab().uuid(runId).tab().ascii(encode(decision)).endRow();
				}
			});
		}
	}

	/** Streams the rows a writer formats into a {@code COPY … FROM STDIN} on the transaction's own connection. */
	private void copy(String sql, RowWriter writer) {
		var connection = DataSourceUtils.getConnection(dataSource);
		try (var rows = new CopyRows(connection, sql)) {
			writer.write(rows);
			rows.end();
		}
		catch (SQLException failure) {
			throw new IllegalStateException("could not write the allocation run's outcome", failure);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	@FunctionalInterface
	private interface RowWriter {

		void write(CopyRows rows) throws SQLException;

	}

	/**
	 * The bookings an allocation run made, as {@link ExamBooked} facts, for the messages sent after the run.
	 *
	 * @param runId the run
	 * @return its bookings
	 */
	@Transactional(readOnly = true)
	public List<ExamBooked> bookedInRun(UUID runId) {
		return jdbc.sql("""
				select b.application_id, a.citizen_id, b.id, b.session_id, b.subject, s.exam_date, s.start_time, v.name
				from licensing.exam_booking b
				join licensing.licence_application a on a.id = b.application_id
				join licensing.exam_session s on s.id = b.session_id
				join licensing.exam_venue v on v.id = s.venue_id
				where b.run_id = :run and b.id >= :first and b.id < :after""")
			.param("run", runId)
			.param("first", runId.version() == 7 ? runId : new UUID(0, 0))
			.param("after", TimeOrderedIds.dayAfter(runId))
			.query((rs, n) -> new ExamBooked(rs.getObject(1, UUID.class),
					new org.cheguan.identity.CitizenId(rs.getObject(2, UUID.class)), rs.getObject(3, UUID.class),
					rs.getObject(4, UUID.class), Subject.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class),
					rs.getObject(7, java.time.LocalTime.class), rs.getString(8), "ALLOCATION"))
			.list();
	}

	/**
	 * The sort times of domain-rules.md of every application waiting for the subject: the last exam outcome or
	 * cancellation, whichever is later; absent means the acceptance time.
	 */
	private Map<UUID, Instant> sortTimes(Subject subject) {
		var result = new HashMap<UUID, Instant>();
		jdbc.sql("""
				with waiting as (select application_id from licensing.pending_request where subject = :subject)
				select application_id, max(t) from (
				  select application_id, recorded_at as t from licensing.application_fact
				  where kind = 'OUTCOME' and application_id in (select application_id from waiting)
				  union all
				  select application_id, closed_at from licensing.exam_booking
				  where status = 'CANCELLED' and application_id in (select application_id from waiting)
				) events group by application_id""")
			.param("subject", subject.name())
			.query((rs, n) -> result.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()))
			.list();
		return result;
	}

	/** A licensed or withdrawn application books nothing more (its exams are over). */
	private static void refuseClosed(LicenceApplications.Row row) {
		if (row.closed()) {
			throw new DomainRuleViolation(LicensingRules.RULE_EXAM_ORDER, "licensing.booking.application-closed",
					row.status());
		}
	}

	/**
	 * Locks the subjects' rows, in a fixed order, so that an allocation run, a direct booking and an outage's
	 * rebooking never place candidates of one subject at the same time.
	 */
	private void lockSubjects(java.util.Collection<Subject> subjects) {
		jdbc.sql("select subject from licensing.subject_lock where subject = any(:subjects) order by subject for update")
			.param("subjects", subjects.stream().map(Subject::name).distinct().toArray(String[]::new))
			.query(String.class)
			.list();
	}

	private static List<UUID> preferences(String stored) {
		var parts = stored.split(",");
		var result = new ArrayList<UUID>(parts.length);
		for (var part : parts) {
			result.add(UUID.fromString(part));
		}
		return result;
	}

	/**
	 * Grants the green channel (绿色通道) to one application: it goes to the front of the next allocation run and may be
	 * booked directly into a free seat. A supervisor's decision with a reason; audited.
	 *
	 * @param applicationId the application
	 * @param reason why, e.g. the permit expires before the next normal run
	 */
	public void grantGreenChannel(UUID applicationId, String reason) {
		var row = applications.row(applicationId);
		jdbc.sql("update licensing.licence_application set green_channel_reason = :reason where id = :id")
			.param("reason", reason)
			.param("id", applicationId)
			.update();
		events.publishEvent(new StateChanged("licensing.green-channel.granted", "licence-application",
				applicationId.toString(), row.greenChannelReason(), reason));
	}

	/**
	 * Books an application with the green channel straight into a session with a free seat. Of many concurrent calls
	 * for the last seat exactly one succeeds (one conditional UPDATE).
	 *
	 * @param applicationId the application, which must have the green channel
	 * @param sessionId the session
	 * @return the booking id
	 * @throws DomainRuleViolation without the green channel, or when a rule forbids the session
	 * @throws Conflict ({@code capacity-exhausted}) when no seat is free
	 */
	public UUID bookDirectly(UUID applicationId, UUID sessionId) {
		var loaded = applications.load(applicationId);
		refuseClosed(loaded.row());
		if (loaded.row().greenChannelReason() == null) {
			throw new DomainRuleViolation("CHEGUAN-green-channel", "licensing.green-channel.not-granted");
		}
		var session = plan.session(sessionId);
		if (session.status() != ExamSession.Status.OPEN || !session.date().isAfter(OfficeTime.today(clock))) {
			throw new DomainRuleViolation(LicensingRules.RULE_EXAM_ORDER, "licensing.booking.session-not-open",
					sessionId.toString());
		}
		lockSubjects(List.of(session.subject()));
		loaded.exam().checkCanBook(session.subject(), session.date());
		if (activeBooking(applicationId, session.subject())) {
			throw Conflict.of("licensing.booking.already-booked", session.subject().chineseName());
		}
		if (!plan.takeSeat(sessionId)) {
			throw new Conflict("capacity-exhausted", "licensing.booking.full", null, Map.of(), sessionId.toString());
		}
		return book(applicationId, session.subject(), sessionId, null, "GREEN_CHANNEL");
	}

	/**
	 * A venue cannot hold its exams from {@code from} to {@code to} (the seed's network failure): its sessions in that
	 * period are cancelled, and every affected candidate is rebooked before any normal allocation — candidates whose
	 * permit expires soonest first; for each, a session of the same subject that the rules allow, at the nearest venue
	 * first, then the earliest date, never after the permit's last day. The cancelled booking does not count against
	 * the 5-booking cap. Every affected candidate is told; those who cannot be placed are listed for a supervisor.
	 *
	 * @param venueId the venue
	 * @param from first day of the outage
	 * @param to last day of the outage
	 * @param reason the reason, told to candidates
	 * @return what was cancelled and rebooked
	 */
	public OutageOutcome outage(UUID venueId, LocalDate from, LocalDate to, String reason) {
		if (to.isBefore(from)) {
			throw new InvalidValue(InvalidValue.VALIDATION, "licensing.outage.period", null, from, to);
		}
		var venue = plan.venue(venueId);
		var today = OfficeTime.today(clock);
		lockSubjects(venue.subjects());
		var cancelled = jdbc.sql("""
				update licensing.exam_session s set status = 'CANCELLED'
				where venue_id = :venue and status = 'OPEN' and exam_date between :from and :to
				  and not exists (select 1 from licensing.exam_booking b where b.session_id = s.id
				    and (b.first_score is not null or b.status in ('PASSED', 'FAILED', 'NO_SHOW')))
				returning id""")
			.param("venue", venueId)
			.param("from", from)
			.param("to", to)
			.query(UUID.class)
			.list();
		var now = clock.instant();
		var affected = new ArrayList<Affected>();
		for (var sessionId : cancelled) {
			var session = plan.session(sessionId);
			jdbc.sql("""
					update licensing.exam_booking set status = 'CANCELLED_BY_OUTAGE', closed_at = :now
					where session_id = :session and status = 'BOOKED' returning id, application_id""")
				.param("now", Timestamp.from(now))
				.param("session", sessionId)
				.query((rs, n) -> affected.add(new Affected(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
						session)))
				.list();
		}
		events.publishEvent(new StateChanged("licensing.venue.outage", "exam-venue", venueId.toString(), null,
				from + ".." + to + " " + reason + ": " + cancelled.size() + " sessions, " + affected.size()
						+ " candidates"));
		// Soonest permit expiry first: they have the least time left to be placed.
		var loaded = new HashMap<UUID, LicenceApplications.Loaded>();
		for (var candidate : affected) {
			loaded.put(candidate.applicationId(), applications.load(candidate.applicationId()));
		}
		affected.sort(java.util.Comparator
			.comparing((Affected candidate) -> {
				var permit = loaded.get(candidate.applicationId()).exam().permit();
				return permit == null ? LocalDate.MAX : permit.validThrough();
			})
			.thenComparing(Affected::applicationId));
		var venues = new HashMap<UUID, ExamVenue>();
		plan.venues().forEach(v -> venues.put(v.id(), v));
		var rebooked = new ArrayList<OutageOutcome.Rebooking>();
		var unresolved = new ArrayList<UUID>();
		for (var candidate : affected) {
			var subject = candidate.session().subject();
			var record = loaded.get(candidate.applicationId()).exam();
			var options = jdbc.sql("""
					select id, venue_id, exam_date, start_time from licensing.exam_session
					where subject = :subject and status = 'OPEN' and booked < capacity and exam_date > :today
					order by exam_date, start_time""")
				.param("subject", subject.name())
				.param("today", today)
				.query((rs, n) -> new Option(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
						rs.getObject(3, LocalDate.class)))
				.list()
				.stream()
				.filter(option -> allows(record, subject, option.date()))
				.sorted(java.util.Comparator
					.comparingDouble((Option option) -> venues.get(option.venueId()).location()
						.distanceMeters(venue.location()))
					.thenComparing(Option::date))
				.toList();
			UUID placedIn = null;
			for (var option : options) {
				if (plan.takeSeat(option.sessionId())) {
					placedIn = option.sessionId();
					break;
				}
			}
			var citizen = applications.applicant(candidate.applicationId());
			events.publishEvent(new ExamCancelledByOutage(candidate.applicationId(), citizen, candidate.bookingId(),
					subject, candidate.session().date(), venue.name(), reason, placedIn != null));
			if (placedIn == null) {
				unresolved.add(candidate.applicationId());
				continue;
			}
			book(candidate.applicationId(), subject, placedIn, null, "OUTAGE_REBOOKING");
			rebooked.add(new OutageOutcome.Rebooking(candidate.applicationId(), candidate.session().id(), placedIn));
		}
		return new OutageOutcome(cancelled.size(), affected.size(), rebooked, unresolved);
	}

	private static boolean allows(ExamRecord record, Subject subject, LocalDate date) {
		try {
			record.checkCanBook(subject, date);
			return true;
		}
		catch (ProblemException ruleForbidsIt) {
			return false;
		}
	}

	private record Affected(UUID bookingId, UUID applicationId, ExamSession session) {
	}

	private record Option(UUID sessionId, UUID venueId, LocalDate date) {
	}

	/**
	 * Cancels an active booking, until the day before the session (162 art. 46); the seat goes back and the booking
	 * does not count.
	 *
	 * @param applicationId the application
	 * @param bookingId the booking
	 */
	public void cancel(UUID applicationId, UUID bookingId) {
		var booking = jdbc.sql("""
				select subject, session_id from licensing.exam_booking
				where id = :id and application_id = :application and status = 'BOOKED' for update""")
			.param("id", bookingId)
			.param("application", applicationId)
			.query((rs, n) -> new Object[] { Subject.valueOf(rs.getString(1)), rs.getObject(2, UUID.class) })
			.optional()
			.orElseThrow(() -> new NotFound("exam-booking", bookingId));
		var subject = (Subject) booking[0];
		var session = plan.session((UUID) booking[1]);
		applications.load(applicationId).exam().cancelBooking(subject, session.date(), OfficeTime.today(clock));
		jdbc.sql("update licensing.exam_booking set status = 'CANCELLED', closed_at = :now where id = :id")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", bookingId)
			.update();
		plan.releaseSeat(session.id());
		events.publishEvent(new StateChanged("licensing.booking.cancelled", "exam-booking", bookingId.toString(),
				"BOOKED", "CANCELLED"));
	}

	private UUID book(UUID applicationId, Subject subject, UUID sessionId, @org.jspecify.annotations.Nullable UUID requestId,
			String how) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into licensing.exam_booking (id, application_id, subject, session_id, request_id, status, created_at)
				values (:id, :application, :subject, :session, :request, 'BOOKED', :now)""")
			.param("id", id)
			.param("application", applicationId)
			.param("subject", subject.name())
			.param("session", sessionId)
			.param("request", requestId)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		var session = plan.session(sessionId);
		var venue = plan.venue(session.venueId());
		var citizen = applications.applicant(applicationId);
		events.publishEvent(new ExamBooked(applicationId, citizen, id, sessionId, subject, session.date(),
				session.startTime(), venue.name(), how));
		events.publishEvent(StateChanged.created("licensing.booking.made", "exam-booking", id.toString(),
				subject + " " + session.date() + " " + venue.name() + " via " + how));
		return id;
	}

	private boolean activeBooking(UUID applicationId, Subject subject) {
		return jdbc.sql("""
				select exists (select 1 from licensing.exam_booking
				where application_id = :id and subject = :subject and status = 'BOOKED')""")
			.param("id", applicationId)
			.param("subject", subject.name())
			.query(Boolean.class)
			.single();
	}

	/**
	 * A decision as its numbers — {@code v1;rank;sort time (epoch ms);green 0/1;won preference index;states} with one
	 * letter per preference (W won, F full, N not reached, U unknown) — so a run writes 100,000 short strings and the
	 * explanation is worded in the reader's language when it is read.
	 */
	static String encode(Decision decision) {
		var states = new StringBuilder(decision.preferences().size());
		for (var preference : decision.preferences()) {
			states.append(preference.state().name().charAt(0));
		}
		return "v1;" + decision.rank() + ";" + decision.sortTime().toEpochMilli() + ";" + (decision.greenChannel() ? 1 : 0)
				+ ";" + decision.preferenceIndex() + ";" + states;
	}

	/** The explanation of an encoded decision, in Chinese; text stored by older runs is returned as it is. */
	static String explain(@org.jspecify.annotations.Nullable String stored, Locale locale) {
		if (stored == null || !stored.startsWith("v1;")) {
			return stored;
		}
		var parts = stored.split(";", -1);
		var preferences = new ArrayList<PreferenceState>();
		for (var letter : parts[5].toCharArray()) {
			var state = switch (letter) {
				case 'W' -> PreferenceState.State.WON;
				case 'F' -> PreferenceState.State.FULL;
				case 'N' -> PreferenceState.State.NOT_REACHED;
				default -> PreferenceState.State.UNKNOWN_SESSION;
			};
			preferences.add(new PreferenceState(NO_SESSION, state));
		}
		var index = Integer.parseInt(parts[4]);
		var decision = new Decision(NO_SESSION, NO_SESSION, Integer.parseInt(parts[1]),
				Instant.ofEpochMilli(Long.parseLong(parts[2])), "1".equals(parts[3]), index >= 0 ? NO_SESSION : null,
				index, preferences);
		return SeatAllocation.explain(decision, locale);
	}

	/** Stands in for ids that an explanation does not show. */
	private static final UUID NO_SESSION = new UUID(0, 0);

	/**
	 * A request with its derived status — PENDING while queued, PLACED once a run gave it a seat — and the explanation
	 * of the last run that considered it: kept with the booking when placed, with the request otherwise.
	 */
	private static final String REQUEST_VIEW = """
			select r.id, r.application_id, r.subject, r.preferences, r.created_at,
			  case when p.request_id is null then 'PLACED' else 'PENDING' end as status,
			  coalesce(b.decision, d.decision, r.decision) as decision
			from licensing.booking_request r
			left join licensing.pending_request p on p.request_id = r.id
			left join licensing.exam_booking b on b.application_id = r.application_id and b.request_id = r.id
			left join licensing.request_decision d on d.request_id = r.id""";

	private BookingRequestView requestView(UUID id) {
		return jdbc.sql(REQUEST_VIEW + " where r.id = :id")
			.param("id", id)
			.query(ExamBookings::requestView)
			.optional()
			.orElseThrow(() -> new NotFound("booking-request", id));
	}

	private static BookingRequestView requestView(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return requestView(rs, Locale.SIMPLIFIED_CHINESE);
	}

	private static BookingRequestView requestView(java.sql.ResultSet rs, Locale locale) throws java.sql.SQLException {
		return new BookingRequestView(rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class),
				Subject.valueOf(rs.getString("subject")),
				Arrays.stream(rs.getString("preferences").split(",")).map(UUID::fromString).toList(),
				rs.getString("status"), rs.getTimestamp("created_at").toInstant(),
				explain(rs.getString("decision"), locale));
	}

	private record Pending(UUID id, UUID applicationId, List<UUID> preferences) {
	}

}
