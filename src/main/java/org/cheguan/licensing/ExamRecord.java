package org.cheguan.licensing;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.cheguan.shared.DomainRuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The exam history of one licence application: the status of each required subject, the learner permit, the Subject 2
 * and Subject 3 bookings used and the earliest date each subject may next be booked for (公安部令第162号 exam chapter as
 * amended by 第172号; domain-rules §1.4–1.5). Mutable and self-validating: every operation checks the rules first and
 * throws {@link DomainRuleViolation} (rule + message key of {@code licensing*.properties}) without changing anything.
 * No persistence: a later engineer maps it to tables. Not thread-safe.
 * <p>
 * Bookings are counted when their outcome is recorded ({@link #recordBookingOutcome}), so a cancelled booking never
 * counts. Subject 2 and the Subject 3 road test ({@link Subject#isCappedSkillsTest()}) are each limited to
 * {@link LicensingRules#MAX_BOOKINGS} bookings per permit with a {@link LicensingRules#REBOOKING_WAIT_DAYS}-day wait
 * after a failure; Subject 1 and Subject 4 have neither.
 */
public final class ExamRecord {

	/** Subjects outside {@link #required()} cannot be booked (the required set follows the exam order rules). */
	private static final String RULE_FOR_REQUIRED = LicensingRules.RULE_EXAM_ORDER;

	private final LicenceClass licenceClass;

	private final LocalDate birthDate;

	private final LocalDate acceptedOn;

	private final Set<Subject> required;

	private final boolean holdsAutomobileLicence;

	private final LicensingRules rules;

	private final boolean threeAbilityTestsRequired;

	private final Map<Subject, SubjectStatus> statuses = new EnumMap<>(Subject.class);

	private final Map<Subject, Integer> bookingsUsed = new EnumMap<>(Subject.class);

	private final Map<Subject, LocalDate> rebookingFrom = new EnumMap<>(Subject.class);

	private @Nullable LearnerPermit permit;

	private @Nullable LocalDate threeAbilityTestsPassedOn;

	private ExamRecord(LicenceClass licenceClass, LocalDate birthDate, LocalDate acceptedOn, Set<Subject> required,
			boolean holdsAutomobileLicence, LicensingRules rules) {
		this.licenceClass = licenceClass;
		this.birthDate = birthDate;
		this.acceptedOn = acceptedOn;
		this.required = required.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(Subject.class))
				: Collections.unmodifiableSet(EnumSet.copyOf(required));
		this.holdsAutomobileLicence = holdsAutomobileLicence;
		this.rules = rules;
		this.threeAbilityTestsRequired = rules.threeAbilityTestsRequired(licenceClass, birthDate, acceptedOn);
		for (Subject subject : this.required) {
			statuses.put(subject, SubjectStatus.NOT_TAKEN);
		}
	}

	/**
	 * Opens the exam record of an accepted licence application, with every required subject
	 * {@link SubjectStatus#NOT_TAKEN} and no permit.
	 *
	 * @param licenceClass the class applied for
	 * @param birthDate the applicant's birth date
	 * @param acceptedOn the date the application was accepted (受理); Subject 1 may be booked from that day
	 * @param required the required subjects, from {@link LicensingRules#requiredSubjects}
	 * @param holdsAutomobileLicence true when the applicant already holds an 汽车类 licence (shorter Subject 3 wait)
	 * @param rules the rules to apply
	 * @return a new record
	 */
	public static ExamRecord start(LicenceClass licenceClass, LocalDate birthDate, LocalDate acceptedOn,
			Set<Subject> required, boolean holdsAutomobileLicence, LicensingRules rules) {
		return new ExamRecord(licenceClass, birthDate, acceptedOn, required, holdsAutomobileLicence, rules);
	}

	/** @return the class applied for */
	public LicenceClass licenceClass() {
		return licenceClass;
	}

	/** @return the applicant's birth date */
	public LocalDate birthDate() {
		return birthDate;
	}

	/** @return the date the application was accepted */
	public LocalDate acceptedOn() {
		return acceptedOn;
	}

	/** @return the required subjects, unmodifiable */
	public Set<Subject> required() {
		return required;
	}

	/** @return whether the applicant holds an 汽车类 licence (公安部令第162号 第四十四条 30-day wait) */
	public boolean holdsAutomobileLicence() {
		return holdsAutomobileLicence;
	}

	/**
	 * @param subject a subject
	 * @return its status
	 * @throws IllegalArgumentException when the subject is not required for this application
	 */
	public SubjectStatus status(Subject subject) {
		SubjectStatus status = statuses.get(subject);
		if (status == null) {
			throw new IllegalArgumentException(subject + " is not required");
		}
		return status;
	}

	/** @return the learner permit, present from the day Subject 1 is passed until it is voided, else null */
	public @Nullable LearnerPermit permit() {
		return permit;
	}

	/**
	 * @param subject a subject
	 * @return the bookings of Subject 2 or Subject 3 used under the current permit, 0 to
	 * {@link LicensingRules#MAX_BOOKINGS}; always 0 for Subject 1 and Subject 4
	 */
	public int bookingsUsed(Subject subject) {
		return bookingsUsed.getOrDefault(subject, 0);
	}

	/**
	 * The earliest session date the waits allow for the next booking of a subject: for Subject 1 the acceptance date;
	 * for Subject 2 and 3 the later of {@link LicensingRules#earliestBooking} from the permit and the rebooking wait
	 * after the last failure; for Subject 4 the permit's issue date. Order and status are checked by
	 * {@link #checkCanBook}, not here.
	 *
	 * @param subject a subject
	 * @return the earliest date, or null when the subject needs a permit and there is none
	 */
	public @Nullable LocalDate nextBookingAllowedFrom(Subject subject) {
		if (subject == Subject.SUBJECT_1) {
			return acceptedOn;
		}
		LearnerPermit current = permit;
		if (current == null) {
			return null;
		}
		LocalDate earliest = rules.earliestBooking(subject, licenceClass, current.issuedOn(), holdsAutomobileLicence);
		LocalDate rebooking = rebookingFrom.get(subject);
		return rebooking != null && rebooking.isAfter(earliest) ? rebooking : earliest;
	}

	/**
	 * @return whether the memory, judgement and reaction tests (三力测试) must be passed before Subject 1 (measures of
	 * 2020-11-20; V9)
	 */
	public boolean threeAbilityTestsRequired() {
		return threeAbilityTestsRequired;
	}

	/** @return the date the three-ability tests were passed, or null */
	public @Nullable LocalDate threeAbilityTestsPassedOn() {
		return threeAbilityTestsPassedOn;
	}

	/**
	 * Records that the applicant passed the memory, judgement and reaction tests (三力测试, measures of 2020-11-20).
	 *
	 * @param passedOn the date of the tests
	 */
	public void recordThreeAbilityTests(LocalDate passedOn) {
		this.threeAbilityTestsPassedOn = passedOn;
	}

	/**
	 * Checks that a subject may be booked for a session date, in this order: the subject is required and not passed;
	 * the three-ability tests are recorded when required; the session is not before the acceptance date; Subject 2, 3
	 * and 4 have a permit; Subject 3 comes after Subject 2 and Subject 4 after the Subject 3 road test (when those are
	 * required); the session is not before the wait after the permit (第四十三、四十四条) nor the 10-day rebooking wait;
	 * a Subject 2/3 session is within the permit's validity; fewer than {@link LicensingRules#MAX_BOOKINGS} bookings
	 * were used. Subject 4 is not bound to the permit's validity (the expiry rule names Subject 2 and 3 only).
	 *
	 * @param subject the subject to book
	 * @param sessionDate the date of the exam session
	 * @throws DomainRuleViolation {@code licensing.exam.subject-not-required}, {@code .subject-already-passed},
	 * {@code .three-ability-tests-required}, {@code .too-early}, {@code .permit-required}, {@code .order},
	 * {@code .rebooking-wait}, {@code .after-permit-expiry} or {@code .booking-cap-reached}
	 */
	public void checkCanBook(Subject subject, LocalDate sessionDate) {
		SubjectStatus status = statuses.get(subject);
		if (status == null) {
			throw new DomainRuleViolation(RULE_FOR_REQUIRED, "licensing.exam.subject-not-required", subject.number());
		}
		if (status == SubjectStatus.PASSED) {
			throw new DomainRuleViolation(LicensingRules.RULE_EXAM_ORDER, "licensing.exam.subject-already-passed",
					subject.number());
		}
		if (threeAbilityTestsRequired && threeAbilityTestsPassedOn == null) {
			throw new DomainRuleViolation(LicensingRules.RULE_THREE_ABILITY_TESTS,
					"licensing.exam.three-ability-tests-required");
		}
		if (sessionDate.isBefore(acceptedOn)) {
			throw new DomainRuleViolation(LicensingRules.RULE_EXAM_ORDER, "licensing.exam.too-early", subject.number(),
					acceptedOn.toString());
		}
		if (subject == Subject.SUBJECT_1) {
			return;
		}
		LearnerPermit current = permit;
		if (current == null) {
			throw new DomainRuleViolation(LicensingRules.RULE_EXAM_ORDER, "licensing.exam.permit-required",
					subject.number());
		}
		Subject before = subject == Subject.SUBJECT_3 ? Subject.SUBJECT_2
				: subject == Subject.SUBJECT_4 ? Subject.SUBJECT_3 : null;
		if (before != null && statuses.containsKey(before) && statuses.get(before) != SubjectStatus.PASSED) {
			throw new DomainRuleViolation(LicensingRules.RULE_EXAM_ORDER, "licensing.exam.order", subject.number(),
					before.number());
		}
		LocalDate earliest = rules.earliestBooking(subject, licenceClass, current.issuedOn(), holdsAutomobileLicence);
		if (sessionDate.isBefore(earliest)) {
			throw new DomainRuleViolation(
					subject == Subject.SUBJECT_2 ? LicensingRules.RULE_SUBJECT_2_WAIT : LicensingRules.RULE_SUBJECT_3_WAIT,
					"licensing.exam.too-early", subject.number(), earliest.toString());
		}
		if (!subject.isCappedSkillsTest()) {
			return;
		}
		LocalDate rebooking = rebookingFrom.get(subject);
		if (rebooking != null && sessionDate.isBefore(rebooking)) {
			throw new DomainRuleViolation(LicensingRules.RULE_BOOKINGS, "licensing.exam.rebooking-wait",
					subject.number(), rebooking.toString());
		}
		if (sessionDate.isAfter(current.validThrough())) {
			throw new DomainRuleViolation(LicensingRules.RULE_PERMIT_VALIDITY, "licensing.exam.after-permit-expiry",
					subject.number(), sessionDate.toString(), current.validThrough().toString());
		}
		if (bookingsUsed(subject) >= LicensingRules.MAX_BOOKINGS) {
			throw new DomainRuleViolation(LicensingRules.RULE_BOOKINGS, "licensing.exam.booking-cap-reached",
					subject.number(), LicensingRules.MAX_BOOKINGS);
		}
	}

	/**
	 * The outcome of a booking of this application from its scores, see {@link LicensingRules#outcomeOf}.
	 *
	 * @param subject the subject
	 * @param firstScore the first attempt's score, 0–100
	 * @param retakeScore the retake's score, or null when none was taken
	 * @return {@link BookingOutcome#PASSED} or {@link BookingOutcome#FAILED}
	 */
	public BookingOutcome outcomeOf(Subject subject, int firstScore, @Nullable Integer retakeScore) {
		return rules.outcomeOf(subject, licenceClass, firstScore, retakeScore);
	}

	/**
	 * Records how a booking ended, after checking with {@link #checkCanBook} that it could be booked for the exam date.
	 * <ul>
	 * <li>{@link BookingOutcome#PASSED}: the subject is passed; passing Subject 1 issues the learner permit on the exam
	 * date, valid through {@link LicensingRules#permitValidThrough}.</li>
	 * <li>{@link BookingOutcome#FAILED} and {@link BookingOutcome#NO_SHOW} (第四十六条: counts as failed and uses a
	 * booking, V13): the subject is {@link SubjectStatus#FAILED}. For Subject 2/3 the next booking is allowed from
	 * {@code examDate + 10 days} (V12), and a failed 5th booking voids every passed subject and the permit: the
	 * applicant restarts from Subject 1 with the booking counters reset. A failed Subject 4 leaves the road test
	 * passed.</li>
	 * </ul>
	 * Subject 2/3 bookings used grow by one whatever the outcome.
	 *
	 * @param subject the subject
	 * @param examDate the date of the exam
	 * @param outcome how it ended
	 * @throws DomainRuleViolation as {@link #checkCanBook}
	 */
	public void recordBookingOutcome(Subject subject, LocalDate examDate, BookingOutcome outcome) {
		checkCanBook(subject, examDate);
		if (subject.isCappedSkillsTest()) {
			bookingsUsed.merge(subject, 1, Integer::sum);
		}
		if (outcome == BookingOutcome.PASSED) {
			statuses.put(subject, SubjectStatus.PASSED);
			if (subject == Subject.SUBJECT_1) {
				permit = new LearnerPermit(examDate, rules.permitValidThrough(examDate, licenceClass, birthDate));
			}
			return;
		}
		statuses.put(subject, SubjectStatus.FAILED);
		if (subject.isCappedSkillsTest()) {
			rebookingFrom.put(subject, rules.afterWait(examDate, LicensingRules.REBOOKING_WAIT_DAYS));
			if (bookingsUsed(subject) >= LicensingRules.MAX_BOOKINGS) {
				restartFromSubject1();
			}
		}
	}

	/**
	 * Checks that a booking may still be cancelled: until the day before the session (第四十六条). Nothing is counted:
	 * bookings count only when their outcome is recorded.
	 *
	 * @param subject the booked subject
	 * @param sessionDate the session date
	 * @param today the date of the cancellation
	 * @throws DomainRuleViolation {@code licensing.exam.subject-not-required} or
	 * {@code licensing.exam.cancellation-too-late} on the session day or later
	 */
	public void cancelBooking(Subject subject, LocalDate sessionDate, LocalDate today) {
		if (!statuses.containsKey(subject)) {
			throw new DomainRuleViolation(RULE_FOR_REQUIRED, "licensing.exam.subject-not-required", subject.number());
		}
		if (!today.isBefore(sessionDate)) {
			throw new DomainRuleViolation(LicensingRules.RULE_CANCELLATION, "licensing.exam.cancellation-too-late",
					subject.number(), sessionDate.toString());
		}
	}

	/**
	 * Voids every passed subject and the permit when the permit has expired ({@code today} after its last valid day)
	 * before the required Subject 2 and Subject 3 road test were both passed (公安部令第162号; domain-rules §1.5). Before
	 * Subject 1 is passed there is no time limit. Call it daily, or before any operation on the record.
	 *
	 * @param today the date of reference
	 */
	public void expirePermitIfDue(LocalDate today) {
		LearnerPermit current = permit;
		if (current == null || !today.isAfter(current.validThrough())) {
			return;
		}
		if (!passedOrNotRequired(Subject.SUBJECT_2) || !passedOrNotRequired(Subject.SUBJECT_3)) {
			restartFromSubject1();
		}
	}

	/** @return whether every required subject is passed (true at once when none is required) */
	public boolean allPassed() {
		for (SubjectStatus status : statuses.values()) {
			if (status != SubjectStatus.PASSED) {
				return false;
			}
		}
		return true;
	}

	private boolean passedOrNotRequired(Subject subject) {
		SubjectStatus status = statuses.get(subject);
		return status == null || status == SubjectStatus.PASSED;
	}

	/** Passed subjects become VOID, the others NOT_TAKEN; the permit and the booking counters are gone. */
	private void restartFromSubject1() {
		for (Map.Entry<Subject, SubjectStatus> entry : statuses.entrySet()) {
			entry.setValue(entry.getValue() == SubjectStatus.PASSED || entry.getValue() == SubjectStatus.VOID
					? SubjectStatus.VOID : SubjectStatus.NOT_TAKEN);
		}
		permit = null;
		bookingsUsed.clear();
	}
}
