package org.cheguan.licensing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.identity.Citizens;
import org.cheguan.shared.Conflict;
import org.cheguan.shared.DomainRuleViolation;
import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.NotFound;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.shared.StateChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Licence applications from acceptance to licence (公安部令第162号 as amended by 第172号; domain-rules.md §1): the
 * applicant's age and class rules at acceptance, the three-ability tests, booking requests, results (one attempt plus
 * one retake per booking), the learner permit after Subject 1 and the licence when every subject is passed.
 *
 * <p>The exam history is an append-only log of facts ({@code licensing.application_fact}); the rules object
 * {@link ExamRecord} is rebuilt from it for every decision, with permit expiry applied at each fact's date and today.
 * Publishes {@link LicenceApplicationAccepted}, {@link ExamTaken}, {@link LearnerPermitIssued} and
 * {@link DrivingLicenceIssued}.
 */
@Service
@Transactional
public class LicenceApplications {

	private final JdbcClient jdbc;

	private final Citizens citizens;

	private final ExamPlan plan;

	private final LicensingRules rules;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ScoringRecords scoringRecords;

	LicenceApplications(JdbcClient jdbc, Citizens citizens, ExamPlan plan, LicensingRules rules, Clock clock,
			ApplicationEventPublisher events, ScoringRecords scoringRecords) {
		this.scoringRecords = scoringRecords;
		this.jdbc = jdbc;
		this.citizens = citizens;
		this.plan = plan;
		this.rules = rules;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Accepts an application: the citizen is registered (or found), the licences they hold here are looked up, and the
	 * age and class rules of the application date apply.
	 *
	 * @param idNumber applicant's resident ID number
	 * @param mobile applicant's mobile
	 * @param name applicant's name
	 * @param licenceClass class applied for
	 * @param militaryExchange whether it is a military licence exchange (军人换领)
	 * @param serviceRecordConfirmed for a B2 exchange: the safe driving record during service is confirmed
	 * @return the accepted application
	 * @throws DomainRuleViolation (422) when a rule refuses it
	 * @throws Conflict (409) when the citizen already has an open application for the class
	 */
	public LicenceApplicationDetails apply(ResidentIdNumber idNumber, MobileNumber mobile, String name,
			LicenceClass licenceClass, boolean militaryExchange, boolean serviceRecordConfirmed) {
		return apply(idNumber, mobile, name, licenceClass, militaryExchange, serviceRecordConfirmed, null);
	}

	/**
	 * Accepts an application, the clean scoring periods of an added class declared from the traffic-violation system.
	 *
	 * @param idNumber applicant's resident ID number
	 * @param mobile applicant's mobile
	 * @param name applicant's name
	 * @param licenceClass class applied for
	 * @param militaryExchange whether it is a military licence exchange (军人换领)
	 * @param serviceRecordConfirmed for a B2 exchange: the safe driving record during service is confirmed
	 * @param cleanScoringPeriods for an added class, the consecutive latest scoring periods without 12 points, or null
	 * @return the accepted application
	 * @throws DomainRuleViolation (422) when a rule refuses it
	 * @throws Conflict (409) when the citizen already has an open application
	 */
	public LicenceApplicationDetails apply(ResidentIdNumber idNumber, MobileNumber mobile, String name,
			LicenceClass licenceClass, boolean militaryExchange, boolean serviceRecordConfirmed,
			@Nullable Integer cleanScoringPeriods) {
		return apply(idNumber, mobile, name, licenceClass, militaryExchange, serviceRecordConfirmed, cleanScoringPeriods,
				false);
	}

	/**
	 * Accepts an application, possibly on the A1/A2 route for full-time driving-vocational students (公安部令第162号
	 * 第十四、十七条: from 19, holding C1 obtained at school; the C1, valid today, is checked against the licences held
	 * here, the school is declared by the clerk from the school's certificate). Recorded 12-point scoring periods
	 * ({@link ScoringRecords}) refuse an added class whatever {@code cleanScoringPeriods} declares.
	 *
	 * @param idNumber applicant's resident ID number
	 * @param mobile applicant's mobile
	 * @param name applicant's name
	 * @param licenceClass class applied for
	 * @param militaryExchange whether it is a military licence exchange (军人换领)
	 * @param serviceRecordConfirmed for a B2 exchange: the safe driving record during service is confirmed
	 * @param cleanScoringPeriods for an added class, the consecutive latest scoring periods without 12 points, or null
	 * @param vocationalStudent whether the applicant is a full-time driving-vocational student applying for A1 or A2
	 * @return the accepted application
	 * @throws DomainRuleViolation (422) when a rule refuses it, e.g. the student route for another class
	 * @throws Conflict (409) when the citizen already has an open application
	 */
	public LicenceApplicationDetails apply(ResidentIdNumber idNumber, MobileNumber mobile, String name,
			LicenceClass licenceClass, boolean militaryExchange, boolean serviceRecordConfirmed,
			@Nullable Integer cleanScoringPeriods, boolean vocationalStudent) {
		if (name.isBlank() || name.strip().length() > 50) {
			throw new InvalidValue(InvalidValue.VALIDATION, "licensing.application.name", null, 50);
		}
		var now = clock.instant();
		var today = OfficeTime.today(clock);
		var citizen = citizens.register(idNumber, mobile, name.strip());
		var held = heldLicences(citizen);
		rules.checkApplication(new NewApplicationFacts(licenceClass, idNumber.birthDate(), today, held, militaryExchange,
				cleanScoringPeriods, vocationalStudent,
				held.isEmpty() ? List.of() : scoringRecords.twelvePointPeriods(citizen)));
		var kind = militaryExchange ? "MILITARY_EXCHANGE" : held.isEmpty() ? "FIRST" : "ADDITIONAL";
		var holdsAutomobile = held.stream().anyMatch(licence -> licence.licenceClass().isAutomobile());
		var id = UUID.randomUUID();
		var inserted = jdbc.sql("""
				insert into licensing.licence_application (id, citizen_id, licence_class, kind, accepted_at, accepted_on,
				  holds_automobile_licence, service_record_confirmed, status, birth_date, vocational_student)
				select :id, :citizen, :class, :kind, :now, :today, :automobile, :confirmed, 'ACCEPTED', :birthDate,
				  :student
				where not exists (select 1 from licensing.licence_application where citizen_id = :citizen
				  and status not in ('LICENSED', 'WITHDRAWN'))""")
			.param("id", id)
			.param("citizen", citizen.value())
			.param("class", licenceClass.name())
			.param("kind", kind)
			.param("now", Timestamp.from(now))
			.param("today", today)
			.param("automobile", holdsAutomobile)
			.param("confirmed", serviceRecordConfirmed)
			.param("birthDate", idNumber.birthDate())
			.param("student", vocationalStudent)
			.update();
		if (inserted != 1) {
			throw Conflict.of("licensing.application.open-exists");
		}
		events.publishEvent(new LicenceApplicationAccepted(id, citizen, licenceClass, now));
		events.publishEvent(StateChanged.created("licensing.application.accepted", "licence-application",
				id.toString(), licenceClass + " " + kind + " for " + idNumber.masked()));
		var record = load(id);
		if (record.exam().allPassed()) {
			// a military exchange of a C class needs no exam: the licence is issued at once (§1.7)
			issueLicence(record, today);
		}
		return details(id);
	}

	/**
	 * @param id an application
	 * @return its details
	 * @throws NotFound when it does not exist
	 */
	@Transactional(readOnly = true)
	public LicenceApplicationDetails details(UUID id) {
		var loaded = load(id);
		var record = loaded.exam();
		var subjects = new EnumMap<Subject, LicenceApplicationDetails.SubjectProgress>(Subject.class);
		var used = new EnumMap<Subject, Integer>(Subject.class);
		var next = new EnumMap<Subject, LocalDate>(Subject.class);
		var today = OfficeTime.today(clock);
		var attempts = attempts(id);
		for (var subject : record.required()) {
			subjects.put(subject, new LicenceApplicationDetails.SubjectProgress(record.status(subject),
					attempts.getOrDefault(subject, 0)));
			if (subject.isCappedSkillsTest()) {
				used.put(subject, record.bookingsUsed(subject));
			}
			var from = record.nextBookingAllowedFrom(subject);
			if (from != null && !loaded.row().closed() && record.status(subject) != SubjectStatus.PASSED
					&& bookableInOrder(record, subject)) {
				next.put(subject, from.isBefore(today) ? today : from);
			}
		}
		var permit = record.permit();
		var row = loaded.row();
		var licence = row.licenceNumber() == null ? null
				: new LicenceApplicationDetails.Licence(row.licenceNumber(), row.licenceIssuedOn(),
						row.licenceValidUntil(), row.probationEndsOn(),
						row.licenceValidUntil() == null ? LicenceStanding.VALID
								: LicensingRules.standingOn(row.licenceValidUntil(), today),
						LicensingRules.annualMedicalCertificateRequired(record.birthDate(), today),
						row.licenceTerm() == null ? LicenceTerm.SIX_YEARS : row.licenceTerm(), heldClass(row),
						List.copyOf(LicenceRenewalRules.permittedClassesOn(heldClass(row), record.birthDate(), today,
								row.largeClassExtendedThrough())),
						LicenceRenewalRules.largeClassStanding(heldClass(row), record.birthDate(), today,
								row.largeClassExtendedThrough()),
						row.largeClassExtendedThrough(),
						LicenceRenewalRules.seniorClassStanding(heldClass(row), record.birthDate(), today),
						LicenceRenewalRules.seventiethBirthday(record.birthDate()),
						List.copyOf(LicenceRenewalRules.classesEndingAt70(heldClass(row))),
						row.licenceValidUntil() != null && today.isAfter(row.licenceValidUntil()) ? List.of()
								: List.copyOf(LicenceRenewalRules.exchangeTargets(heldClass(row), record.birthDate(),
										today, row.largeClassExtendedThrough())));
		return new LicenceApplicationDetails(id, row.citizenId(), row.licenceClass(), row.kind(), row.status(),
				row.acceptedAt(), record.threeAbilityTestsRequired(), record.threeAbilityTestsPassedOn(),
				permit == null ? null : new LicenceApplicationDetails.Permit(permit.issuedOn(), permit.validThrough()),
				subjects, used, next, licence, row.greenChannelReason() != null, row.vocationalStudent());
	}

	/** The class the licence allows now: the class applied for, unless an exchange at 63 or 70 changed it. */
	static LicenceClass heldClass(Row row) {
		return row.licenceClassHeld() == null ? row.licenceClass() : row.licenceClassHeld();
	}

	/**
	 * @param id an application
	 * @return the applicant, for access checks
	 * @throws NotFound when the application does not exist
	 */
	@Transactional(readOnly = true)
	public CitizenId applicant(UUID id) {
		return new CitizenId(row(id).citizenId());
	}

	/**
	 * Records that the applicant passed the three-ability tests (memory, judgement, reaction), required before Subject 1
	 * for applicants aged 70 or over for C1, C2, C5 or F.
	 *
	 * @param id the application
	 * @param passedOn the test date, not in the future
	 */
	public LicenceApplicationDetails recordThreeAbilityTests(UUID id, LocalDate passedOn) {
		if (passedOn.isAfter(OfficeTime.today(clock))) {
			throw new InvalidValue(InvalidValue.VALIDATION, "licensing.application.future-date", null, passedOn);
		}
		var loaded = load(id);
		if (!loaded.exam().threeAbilityTestsRequired()) {
			throw new DomainRuleViolation(LicensingRules.RULE_THREE_ABILITY_TESTS,
					"licensing.application.three-ability-not-required");
		}
		if (passedOn.isBefore(loaded.row().acceptedOn().minusYears(1))) {
			throw new InvalidValue(InvalidValue.VALIDATION, "licensing.application.three-ability-too-old", null,
					passedOn);
		}
		loaded.exam().recordThreeAbilityTests(passedOn);
		appendFact(id, "THREE_ABILITY_TESTS", null, passedOn, null);
		events.publishEvent(new StateChanged("licensing.application.three-ability-tests", "licence-application",
				id.toString(), null, "passed on " + passedOn));
		return details(id);
	}

	/**
	 * @param id an application
	 * @return its bookings, newest first
	 */
	@Transactional(readOnly = true)
	public List<LicenceApplicationDetails.Booking> bookings(UUID id) {
		row(id);
		return jdbc.sql("""
				select id, session_id, subject, status, first_score, retake_score from licensing.exam_booking
				where application_id = :id order by created_at desc""")
			.param("id", id)
			.query((rs, n) -> new LicenceApplicationDetails.Booking(rs.getObject(1, UUID.class),
					rs.getObject(2, UUID.class), Subject.valueOf(rs.getString(3)), rs.getString(4),
					(Integer) rs.getObject(5), (Integer) rs.getObject(6)))
			.list();
	}

	/**
	 * Records one exam attempt of a booked session (EXAMINER). The first score of a booking is the attempt; when it
	 * fails, a second score is the retake on the spot. A passed attempt, a failed retake, a declined retake or an
	 * absence ends the booking and counts it (§1.5).
	 *
	 * @param id the application
	 * @param subject the subject
	 * @param sessionId the session sat
	 * @param score 0–100, or null with {@code absent} or {@code declinedRetake}
	 * @param absent the candidate did not come (counts as failed, 162 art. 46)
	 * @param declinedRetake the candidate did not take the retake after a failed attempt
	 * @return the application after the result
	 */
	public LicenceApplicationDetails recordResult(UUID id, Subject subject, UUID sessionId, @Nullable Integer score,
			boolean absent, boolean declinedRetake) {
		var today = OfficeTime.today(clock);
		var session = plan.session(sessionId);
		if (session.subject() != subject) {
			throw new InvalidValue(InvalidValue.VALIDATION, "licensing.result.wrong-subject", null, subject.chineseName());
		}
		if (session.date().isAfter(today)) {
			throw new DomainRuleViolation(LicensingRules.RULE_EXAM_ORDER, "licensing.result.future-session",
					session.date());
		}
		var booking = jdbc.sql("""
				select id, first_score from licensing.exam_booking
				where application_id = :id and subject = :subject and session_id = :session and status = 'BOOKED'
				for update""")
			.param("id", id)
			.param("subject", subject.name())
			.param("session", sessionId)
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2) })
			.optional()
			.orElseThrow(() -> closedOrMissing(id, subject, sessionId));
		var bookingId = (UUID) booking[0];
		var firstScore = (Integer) booking[1];
		var loaded = load(id);
		var record = loaded.exam();
		BookingOutcome outcome;
		if ((absent || declinedRetake) && score != null || absent && declinedRetake) {
			throw new InvalidValue(InvalidValue.VALIDATION, "licensing.result.contradictory", null);
		}
		if (absent) {
			if (firstScore != null) {
				throw new InvalidValue(InvalidValue.VALIDATION, "licensing.result.absent-after-attempt", null);
			}
			outcome = BookingOutcome.NO_SHOW;
		}
		else if (declinedRetake) {
			if (firstScore == null) {
				throw new InvalidValue(InvalidValue.VALIDATION, "licensing.result.no-attempt-yet", null);
			}
			outcome = BookingOutcome.FAILED;
		}
		else {
			if (score == null || score < 0 || score > LicensingRules.FULL_MARK) {
				throw new InvalidValue(InvalidValue.VALIDATION, "licensing.result.score", null);
			}
			if (firstScore == null) {
				var first = record.outcomeOf(subject, score, null);
				jdbc.sql("update licensing.exam_booking set first_score = :score where id = :id")
					.param("score", score).param("id", bookingId).update();
				if (first != BookingOutcome.PASSED) {
					events.publishEvent(new StateChanged("licensing.exam.attempt-failed", "exam-booking",
							bookingId.toString(), null, subject + " first attempt " + score));
					return details(id); // the retake on the spot decides
				}
				outcome = first;
			}
			else {
				jdbc.sql("update licensing.exam_booking set retake_score = :score where id = :id")
					.param("score", score).param("id", bookingId).update();
				outcome = record.outcomeOf(subject, firstScore, score);
			}
		}
		var hadPermit = record.permit() != null;
		record.recordBookingOutcome(subject, session.date(), outcome);
		appendFact(id, "OUTCOME", subject, session.date(), outcome.name());
		var now = clock.instant();
		jdbc.sql("update licensing.exam_booking set status = :status, closed_at = :now where id = :id")
			.param("status", outcome.name())
			.param("now", Timestamp.from(now))
			.param("id", bookingId)
			.update();
		var citizen = new CitizenId(loaded.row().citizenId());
		events.publishEvent(new ExamTaken(id, citizen, bookingId, sessionId, subject, session.date(), outcome, now));
		events.publishEvent(new StateChanged("licensing.exam.result", "exam-booking", bookingId.toString(), "BOOKED",
				subject + " " + outcome));
		var permit = record.permit();
		if (!hadPermit && permit != null) {
			setStatus(id, "LEARNING");
			events.publishEvent(new LearnerPermitIssued(id, citizen, permit.issuedOn(), permit.validThrough()));
			events.publishEvent(new StateChanged("licensing.permit.issued", "licence-application", id.toString(),
					null, "valid through " + permit.validThrough()));
		}
		if (hadPermit && permit == null) {
			setStatus(id, "ACCEPTED"); // a failed 5th booking voided everything: back to Subject 1
		}
		if (record.allPassed()) {
			issueLicence(load(id), session.date());
		}
		return details(id);
	}

	private RuntimeException closedOrMissing(UUID id, Subject subject, UUID sessionId) {
		var closed = jdbc.sql("""
				select status from licensing.exam_booking
				where application_id = :id and subject = :subject and session_id = :session order by created_at desc limit 1""")
			.param("id", id).param("subject", subject.name()).param("session", sessionId)
			.query(String.class).optional();
		return closed.isPresent() ? Conflict.of("licensing.result.booking-closed", closed.get())
				: new NotFound("exam-booking", id + "/" + sessionId);
	}

	/**
	 * Whether the order of subjects lets this one be booked now at all (Subject 2 and 3 need the permit, Subject 3
	 * needs Subject 2, Subject 4 needs the road test), so that no "earliest date" is shown for a subject still out of
	 * reach.
	 */
	private static boolean bookableInOrder(ExamRecord record, Subject subject) {
		return switch (subject) {
			case SUBJECT_1 -> true;
			case SUBJECT_2 -> record.permit() != null;
			case SUBJECT_3 -> record.permit() != null && passedOrAbsent(record, Subject.SUBJECT_2);
			case SUBJECT_4 -> passedOrAbsent(record, Subject.SUBJECT_3)
					&& (record.permit() != null || !record.required().contains(Subject.SUBJECT_1));
		};
	}

	private static boolean passedOrAbsent(ExamRecord record, Subject subject) {
		return !record.required().contains(subject) || record.status(subject) == SubjectStatus.PASSED;
	}

	/** Licences this citizen already holds here, for the added-class rules. */
	List<HeldLicence> heldLicences(CitizenId citizen) {
		return jdbc.sql("""
				select coalesce(licence_class_held, licence_class), licence_issued_on, licence_valid_until
				from licensing.licence_application where citizen_id = :citizen and status = 'LICENSED'""")
			.param("citizen", citizen.value())
			.query((rs, n) -> new HeldLicence(LicenceClass.valueOf(rs.getString(1)),
					rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
			.list();
	}

	private void issueLicence(Loaded loaded, LocalDate issuedOn) {
		var terms = LicensingRules.firstLicenceTerms(issuedOn);
		var sequence = jdbc.sql("select nextval('licensing.licence_file_number_seq')").query(Long.class).single();
		var number = "4201" + String.format("%08d", sequence);
		jdbc.sql("""
				update licensing.licence_application set status = 'LICENSED', licence_number = :number,
				  licence_issued_on = :issued, licence_valid_until = :until, probation_ends_on = :probation,
				  licence_term = 'SIX_YEARS', licence_class_held = licence_class
				where id = :id""")
			.param("number", number)
			.param("issued", terms.issuedOn())
			.param("until", terms.validUntil())
			.param("probation", terms.probationEndsOn())
			.param("id", loaded.row().id())
			.update();
		var citizen = new CitizenId(loaded.row().citizenId());
		events.publishEvent(new DrivingLicenceIssued(loaded.row().id(), citizen, loaded.row().licenceClass(), number,
				terms));
		events.publishEvent(new StateChanged("licensing.licence.issued", "licence-application",
				loaded.row().id().toString(), null, loaded.row().licenceClass() + " " + number + " until "
						+ terms.validUntil()));
	}

	private void setStatus(UUID id, String status) {
		jdbc.sql("update licensing.licence_application set status = :status, version = version + 1 where id = :id")
			.param("status", status)
			.param("id", id)
			.update();
	}

	void appendFact(UUID id, String kind, @Nullable Subject subject, LocalDate date, @Nullable String outcome) {
		jdbc.sql("""
				insert into licensing.application_fact (application_id, seq, kind, subject, fact_date, outcome, recorded_at)
				values (:id, (select coalesce(max(seq), 0) + 1 from licensing.application_fact where application_id = :id),
				  :kind, :subject, :date, :outcome, :now)""")
			.param("id", id)
			.param("kind", kind)
			.param("subject", subject == null ? null : subject.name())
			.param("date", date)
			.param("outcome", outcome)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	private Map<Subject, Integer> attempts(UUID id) {
		var attempts = new EnumMap<Subject, Integer>(Subject.class);
		jdbc.sql("""
				select subject, sum((first_score is not null)::int + (retake_score is not null)::int
				  + (status = 'NO_SHOW')::int) from licensing.exam_booking where application_id = :id group by subject""")
			.param("id", id)
			.query((rs, n) -> attempts.put(Subject.valueOf(rs.getString(1)), rs.getInt(2)))
			.list();
		return attempts;
	}

	/** The application row and its exam record rebuilt from the facts, permit expiry applied up to today. */
	Loaded load(UUID id) {
		var row = row(id);
		var birthDate = row.birthDate() != null ? row.birthDate()
				: citizens.profile(new CitizenId(row.citizenId())).idNumber().birthDate();
		var facts = jdbc.sql("""
				select application_id, kind, subject, fact_date, outcome from licensing.application_fact
				where application_id = :id order by seq""")
			.param("id", id)
			.query(LicenceApplications::fact)
			.list();
		return new Loaded(row, rebuild(row, birthDate, facts));
	}

	/** Receives one pending request of {@link #loadWaiting(Subject, WaitingRequest)} with its rebuilt application. */
	@FunctionalInterface
	interface WaitingRequest {

		void accept(UUID requestId, Loaded application, String preferences);

	}

	/**
	 * Every request waiting for the subject whose application holds no active booking for it, with the application
	 * rebuilt: two queries however many requests wait (the requests with their applications, and the exam facts of
	 * those that have any), so that an allocation run of 100,000 requests does not read the queue twice.
	 *
	 * @param subject the subject
	 * @param sink receives each request id, its application and its stored preferences
	 */
	void loadWaiting(Subject subject, WaitingRequest sink) {
		var waiting = """
				select p.application_id from licensing.pending_request p
				where p.subject = :subject and not exists (select 1 from licensing.exam_booking b
				  where b.application_id = p.application_id and b.subject = :subject and b.status = 'BOOKED')""";
		var requests = new ArrayList<UUID>();
		var preferences = new ArrayList<String>();
		var rows = jdbc.sql("""
				select p.request_id, r.preferences, a.* from licensing.pending_request p
				join licensing.booking_request r on r.id = p.request_id
				join licensing.licence_application a on a.id = p.application_id
				where p.subject = :subject and a.status not in ('LICENSED', 'WITHDRAWN') and not exists (select 1 from licensing.exam_booking b
				  where b.application_id = p.application_id and b.subject = :subject and b.status = 'BOOKED')""")
			.param("subject", subject.name())
			.query((rs, n) -> {
				requests.add(rs.getObject(1, UUID.class));
				preferences.add(rs.getString(2));
				return row(rs, n);
			})
			.list();
		// only older applications without a stored birth date need the applicant's ID number decrypted
		var profiles = citizens.profiles(rows.stream().filter(row -> row.birthDate() == null)
			.map(row -> new CitizenId(row.citizenId())).toList());
		var facts = new java.util.HashMap<UUID, List<Fact>>();
		jdbc.sql("""
				select application_id, kind, subject, fact_date, outcome from licensing.application_fact
				where application_id in (""" + waiting + ") order by application_id, seq")
			.param("subject", subject.name())
			.query(LicenceApplications::fact)
			.list()
			.forEach(fact -> facts.computeIfAbsent(fact.applicationId(), key -> new ArrayList<>()).add(fact));
		for (int i = 0; i < rows.size(); i++) {
			var row = rows.get(i);
			var birthDate = row.birthDate() != null ? row.birthDate()
					: profiles.get(new CitizenId(row.citizenId())).idNumber().birthDate();
			sink.accept(requests.get(i), new Loaded(row, rebuild(row, birthDate, facts.getOrDefault(row.id(), List.of()))),
					preferences.get(i));
		}
	}

	private ExamRecord rebuild(Row row, LocalDate birthDate, List<Fact> facts) {
		var required = rules.requiredSubjects(row.licenceClass(), "MILITARY_EXCHANGE".equals(row.kind()),
				row.serviceRecordConfirmed(), row.acceptedOn());
		var record = ExamRecord.start(row.licenceClass(), birthDate, row.acceptedOn(), required,
				row.holdsAutomobileLicence(), rules);
		for (var fact : facts) {
			record.expirePermitIfDue(fact.date());
			switch (fact.kind()) {
				case "THREE_ABILITY_TESTS" -> record.recordThreeAbilityTests(fact.date());
				case "OUTCOME" -> record.recordBookingOutcome(fact.subject(), fact.date(),
						BookingOutcome.valueOf(fact.outcome()));
				default -> throw new IllegalStateException("unknown fact " + fact.kind());
			}
		}
		record.expirePermitIfDue(OfficeTime.today(clock));
		return record;
	}

	private static Fact fact(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Fact(rs.getObject(1, UUID.class), rs.getString(2),
				rs.getString(3) == null ? null : Subject.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class),
				rs.getString(5));
	}

	Row row(UUID id) {
		return jdbc.sql("select * from licensing.licence_application where id = :id")
			.param("id", id)
			.query(LicenceApplications::row)
			.optional()
			.orElseThrow(() -> new NotFound("licence-application", id));
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("citizen_id", UUID.class),
				LicenceClass.valueOf(rs.getString("licence_class")), rs.getString("kind"),
				rs.getTimestamp("accepted_at").toInstant(), rs.getObject("accepted_on", LocalDate.class),
				rs.getBoolean("holds_automobile_licence"), rs.getBoolean("service_record_confirmed"),
				rs.getString("green_channel_reason"), rs.getString("status"), rs.getString("licence_number"),
				rs.getObject("licence_issued_on", LocalDate.class), rs.getObject("licence_valid_until", LocalDate.class),
				rs.getObject("probation_ends_on", LocalDate.class), rs.getObject("birth_date", LocalDate.class),
				rs.getString("licence_term") == null ? null : LicenceTerm.valueOf(rs.getString("licence_term")),
				rs.getString("licence_class_held") == null ? null
						: LicenceClass.valueOf(rs.getString("licence_class_held")),
				rs.getBoolean("vocational_student"), rs.getObject("large_class_extended_through", LocalDate.class));
	}

	record Row(UUID id, UUID citizenId, LicenceClass licenceClass, String kind, Instant acceptedAt, LocalDate acceptedOn,
			boolean holdsAutomobileLicence, boolean serviceRecordConfirmed, @Nullable String greenChannelReason,
			String status, @Nullable String licenceNumber, @Nullable LocalDate licenceIssuedOn,
			@Nullable LocalDate licenceValidUntil, @Nullable LocalDate probationEndsOn, @Nullable LocalDate birthDate,
			@Nullable LicenceTerm licenceTerm, @Nullable LicenceClass licenceClassHeld, boolean vocationalStudent,
			@Nullable LocalDate largeClassExtendedThrough) {

		/** Whether the application is over (licensed or withdrawn): nothing more is booked for it. */
		boolean closed() {
			return "LICENSED".equals(status) || "WITHDRAWN".equals(status);
		}

	}

	record Loaded(Row row, ExamRecord exam) {
	}

	private record Fact(UUID applicationId, String kind, @Nullable Subject subject, LocalDate date,
			@Nullable String outcome) {
	}

}
