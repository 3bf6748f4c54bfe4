package org.cheguan.licensing;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cheguan.shared.DomainRuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The driver-licensing rules of 公安部令第162号 (in force 2022-04-01) as amended by 第172号 (from 2025-01-01): who may
 * apply for which class, which exam subjects apply, learner-permit validity, booking waits, pass marks, licence terms
 * and standing (domain-rules.md §1). Plain Java, no state besides the {@link LicensingPolicy}; safe to share.
 * <p>
 * Rule identifiers name the instrument and article. The article numbers of the exam chapter are indicative (the
 * sources are third-party re-posts); they are constants here so that one edit corrects them everywhere.
 */
public final class LicensingRules {

	/** Age limits, 2021 text in force 2022-04-01 … 2024-12-31: 公安部令第162号 第十四条. */
	public static final String RULE_AGE_2022 = "MPS-162-art-14";

	/** Age limits from 2025-01-01: 公安部令第162号 第十四条 as amended by 第172号. */
	public static final String RULE_AGE_2025 = "MPS-172-art-14";

	/** Classes open to a first application (初次申领): 公安部令第162号 第十六条. */
	public static final String RULE_FIRST_APPLICATION = "MPS-162-art-16";

	/** Conditions for adding a class (增驾): 公安部令第162号 第十七条. */
	public static final String RULE_ADDED_CLASS = "MPS-162-art-17";

	/**
	 * The A1/A2 route for full-time driving-vocational students (全日制驾驶职业教育): 公安部令第162号 第十四条 (minimum age
	 * 19) and 第十七条 (C1 obtained at school; no 12-point record in the current and previous scoring periods), as
	 * amended by 第172号 (ceiling 63 from 2025-01-01, 60 before).
	 */
	public static final String RULE_VOCATIONAL_STUDENT = "MPS-162-art-17-vocational";

	/** Memory, judgement and reaction tests (三力测试) at 70 or over: the 公安部 measures in force 2020-11-20. */
	public static final String RULE_THREE_ABILITY_TESTS = "MPS-measures-2020-11-20";

	/** Military and armed-police licence exchange (军人换领); B2 relief from the 公安部 announcement of 2023-04-07. */
	public static final String RULE_MILITARY_EXCHANGE = "MPS-162-military-exchange";

	/** Exam order and the learner permit issued after Subject 1: 公安部令第162号 第四十一条 (indicative). */
	public static final String RULE_EXAM_ORDER = "MPS-162-art-41";

	/** Learner-permit validity and voiding on expiry: 公安部令第162号 第四十二条 (indicative). */
	public static final String RULE_PERMIT_VALIDITY = "MPS-162-art-42";

	/** Subject 2 wait after the permit: 公安部令第162号 第四十三条. */
	public static final String RULE_SUBJECT_2_WAIT = "MPS-162-art-43";

	/** Subject 3 wait after the permit: 公安部令第162号 第四十四条. */
	public static final String RULE_SUBJECT_3_WAIT = "MPS-162-art-44";

	/** Cancellation at least one day before; a no-show counts as failed: 公安部令第162号 第四十六条. */
	public static final String RULE_CANCELLATION = "MPS-162-art-46";

	/**
	 * One exam plus one retake per booking, 10-day rebooking wait, 5 bookings for Subject 2 and the Subject 3 road
	 * test: 公安部令第162号 第四十七条 (indicative).
	 */
	public static final String RULE_BOOKINGS = "MPS-162-art-47";

	/** First day of the 第172号 age limits. */
	public static final LocalDate AMENDMENT_172_IN_FORCE = LocalDate.of(2025, 1, 1);

	/** First day of the B2 military-exchange relief (Subject 1 only with a confirmed service record). */
	public static final LocalDate MILITARY_B2_RELIEF_FROM = LocalDate.of(2023, 4, 7);

	/** Bookings allowed per learner permit for Subject 2 and for the Subject 3 road test, each (公安部令第162号). */
	public static final int MAX_BOOKINGS = 5;

	/** Days after a failed Subject 2 or Subject 3 booking before the next booking (公安部令第162号). */
	public static final int REBOOKING_WAIT_DAYS = 10;

	/** Full mark of every subject (domain-rules §1.4). */
	public static final int FULL_MARK = 100;

	/** Learner-permit validity in years (公安部令第162号; domain-rules §1.5). */
	public static final int PERMIT_VALIDITY_YEARS = 3;

	/** Age from which three-ability tests and the annual medical certificate apply. */
	public static final int SENIOR_AGE = 70;

	private final LicensingPolicy policy;

	/**
	 * @param policy the configured boundary readings, usually {@link LicensingPolicy#defaults()}
	 */
	public LicensingRules(LicensingPolicy policy) {
		this.policy = policy;
	}

	/** @return the policy these rules apply */
	public LicensingPolicy policy() {
		return policy;
	}

	/**
	 * The age limits for applying for a class on a date: the 2021 column of 公安部令第162号 第十四条 until 2024-12-31, the
	 * column as amended by 第172号 from 2025-01-01. Dates before 2022-04-01 get the 2021 column too (the 139号令 limits
	 * are for historical data only and not encoded). For the full-time vocational student route see
	 * {@link #ageLimit(LicenceClass, LocalDate, boolean)}.
	 *
	 * @param licenceClass the class applied for
	 * @param applicationDate the application date
	 * @return minimum age, ceiling age (null if none) and the rule
	 */
	public AgeLimit ageLimit(LicenceClass licenceClass, LocalDate applicationDate) {
		boolean amended = !applicationDate.isBefore(AMENDMENT_172_IN_FORCE);
		String rule = amended ? RULE_AGE_2025 : RULE_AGE_2022;
		return switch (licenceClass) {
			case C1, C2, C5, F -> new AgeLimit(18, null, rule);
			case D, E -> new AgeLimit(18, amended ? 70 : 60, rule);
			case C6 -> new AgeLimit(20, amended ? 70 : 60, rule);
			case C3, C4, M -> new AgeLimit(18, amended ? 63 : 60, rule);
			case A3, B1, B2, N, P -> new AgeLimit(20, amended ? 63 : 60, rule);
			case A1, A2 -> new AgeLimit(22, amended ? 63 : 60, rule);
		};
	}

	/**
	 * The age limits, with the full-time driving-vocational student route (全日制驾驶职业教育, 公安部令第162号 第十四条
	 * last row): for A1 and A2 the minimum is 19 instead of 22; the ceiling is unchanged (63 from 2025-01-01, 60
	 * before). Other classes have no such route: the normal limits.
	 *
	 * @param licenceClass the class applied for
	 * @param applicationDate the application date
	 * @param vocationalStudent whether the applicant is on the vocational student route
	 * @return minimum age, ceiling age and the rule
	 */
	public AgeLimit ageLimit(LicenceClass licenceClass, LocalDate applicationDate, boolean vocationalStudent) {
		AgeLimit normal = ageLimit(licenceClass, applicationDate);
		if (!vocationalStudent || !vocationalRouteClass(licenceClass)) {
			return normal;
		}
		return new AgeLimit(19, normal.ceilingAge(), normal.rule());
	}

	/**
	 * Whether a class has the full-time driving-vocational student route (公安部令第162号 第十四、十七条).
	 *
	 * @param licenceClass a class
	 * @return true for A1 and A2
	 */
	public static boolean vocationalRouteClass(LicenceClass licenceClass) {
		return licenceClass == LicenceClass.A1 || licenceClass == LicenceClass.A2;
	}

	/**
	 * Checks that an applicant may apply for a class (公安部令第162号 第十四、十六、十七条 and 附件1, as amended by 第172号),
	 * in this order: the class is not already held, nor permitted by a class held (class inclusion, 附件1: holding C1
	 * permits C2, C3 and C4, see {@link LicenceClass#includedClasses()}); the vocational student route is only for A1
	 * and A2; an increase-only class (A1, A2, B1, C6) needs a licence held (V10); an added class has its prerequisite
	 * held long enough (§1.3: C6 ← C1/C2 ≥ 1 year; B1 ← A3, B2, C1–C4 ≥ 2 years; A2 ← B1/B2 ≥ 2 years or A1 ≥ 1 year;
	 * A1 ← A3/B1 ≥ 2 years, B2 ≥ 3 years or A2 ≥ 1 year; on the vocational student route A1/A2 ← C1, for any time,
	 * valid on the application date); the age is within {@link #ageLimit(LicenceClass, LocalDate, boolean)} (19 for the
	 * student route).
	 * <p>
	 * For an added class, the 满分 (12-point) conditions of 第十七条 ({@link #cleanScoringPeriodsRequired(LicenceClass,
	 * boolean)} periods): first the recorded 12-point periods ({@link NewApplicationFacts#twelvePointPeriods()}, periods
	 * counted from the earliest licence held, {@link ScoringPeriods}) refuse when one falls in the current or previous
	 * period (A1: the last 3); then a declared count of clean periods below the requirement refuses too. A declaration
	 * never clears a record. The prerequisite classes are those the source lists by name: holding A1 does not count as
	 * holding B1 for them. On the student route the C1 is checked against the licences held here (C1, or a class
	 * including C1, valid on the application date); that it was obtained at school is declared by the clerk from the
	 * school's certificate (no enrolment data here). For a military exchange the increase-only and prerequisite
	 * conditions do not apply (the class is exchanged, not added); age and the held and included classes do.
	 *
	 * @param facts the application
	 * @throws DomainRuleViolation {@code licensing.application.class-already-held},
	 * {@code licensing.application.class-already-included} ({@link LicenceClass#RULE_CLASS_INCLUSION}),
	 * {@code licensing.application.vocational-class}, {@code licensing.application.increase-only},
	 * {@code licensing.application.prerequisite-missing}, {@code licensing.application.vocational-prerequisite},
	 * {@code licensing.application.twelve-points-recorded}, {@code licensing.application.twelve-points},
	 * {@code licensing.age.below-minimum} or
	 * {@code licensing.age.ceiling-reached}
	 * @throws IllegalArgumentException when the application date is before the birth date
	 */
	public void checkApplication(NewApplicationFacts facts) {
		LicenceClass wanted = facts.licenceClass();
		LocalDate on = facts.applicationDate();
		for (HeldLicence held : facts.held()) {
			if (held.licenceClass() == wanted) {
				throw new DomainRuleViolation(RULE_ADDED_CLASS, "licensing.application.class-already-held",
						wanted.name());
			}
		}
		for (HeldLicence held : facts.held()) {
			if (held.licenceClass().permits(wanted)) {
				throw new DomainRuleViolation(LicenceClass.RULE_CLASS_INCLUSION,
						"licensing.application.class-already-included", wanted.name(), held.licenceClass().name());
			}
		}
		boolean student = facts.vocationalStudent();
		if (student && (facts.militaryExchange() || !vocationalRouteClass(wanted))) {
			throw new DomainRuleViolation(RULE_VOCATIONAL_STUDENT, "licensing.application.vocational-class",
					wanted.name());
		}
		if (!facts.militaryExchange()) {
			if (!wanted.firstApplicationAllowed() && facts.held().isEmpty()) {
				throw new DomainRuleViolation(RULE_FIRST_APPLICATION, "licensing.application.increase-only",
						wanted.name());
			}
			if (student ? !holdsValidC1(facts.held(), on) : !prerequisiteHeld(wanted, facts.held(), on)) {
				throw student
						? new DomainRuleViolation(RULE_VOCATIONAL_STUDENT, "licensing.application.vocational-prerequisite",
								wanted.name())
						: new DomainRuleViolation(RULE_ADDED_CLASS, "licensing.application.prerequisite-missing",
								wanted.name(), prerequisiteText(wanted));
			}
			Integer clean = facts.cleanScoringPeriods();
			int required = cleanScoringPeriodsRequired(wanted, student);
			if (!facts.held().isEmpty()) {
				var recorded = recordedTwelvePoints(facts, required);
				if (recorded != null) {
					throw new DomainRuleViolation(student ? RULE_VOCATIONAL_STUDENT : RULE_ADDED_CLASS,
							"licensing.application.twelve-points-recorded", wanted.name(), required,
							recorded.periodStart(), recorded.periodEnd(), recorded.reachedOn());
				}
			}
			if (!facts.held().isEmpty() && clean != null && clean < required) {
				throw new DomainRuleViolation(student ? RULE_VOCATIONAL_STUDENT : RULE_ADDED_CLASS,
						"licensing.application.twelve-points", wanted.name(), required);
			}
		}
		AgeLimit limit = ageLimit(wanted, on, student);
		int age = ageOn(facts.birthDate(), on);
		if (age < limit.minimumAge()) {
			throw new DomainRuleViolation(limit.rule(), "licensing.age.below-minimum", wanted.name(),
					limit.minimumAge(), age);
		}
		Integer ceiling = limit.ceilingAge();
		if (ceiling != null && (policy.upperAgeInclusive() ? age > ceiling : age >= ceiling)) {
			throw new DomainRuleViolation(limit.rule(), "licensing.age.ceiling-reached", wanted.name(), ceiling, age);
		}
	}

	/**
	 * The recorded 12-point period in the latest {@code required} scoring periods, counted from the first licence the
	 * applicant holds here (公安部令第163号 第三条), or null.
	 */
	private static @Nullable TwelvePointRecord recordedTwelvePoints(NewApplicationFacts facts, int required) {
		LocalDate firstIssued = null;
		for (HeldLicence held : facts.held()) {
			if (firstIssued == null || held.issuedOn().isBefore(firstIssued)) {
				firstIssued = held.issuedOn();
			}
		}
		if (firstIssued == null || facts.applicationDate().isBefore(firstIssued)) {
			return null;
		}
		return ScoringPeriods.twelvePointsInLatest(facts.twelvePointPeriods(), firstIssued, facts.applicationDate(),
				required).orElse(null);
	}

	/**
	 * The vocational student's C1 (公安部令第162号 第十七条): a licence of C1, or of a class that includes C1 (附件1), valid
	 * on the application date.
	 */
	private static boolean holdsValidC1(List<HeldLicence> held, LocalDate on) {
		for (HeldLicence licence : held) {
			if (licence.validOn(on) && licence.licenceClass().permittedClasses().contains(LicenceClass.C1)) {
				return true;
			}
		}
		return false;
	}

	private static boolean prerequisiteHeld(LicenceClass wanted, List<HeldLicence> held, LocalDate on) {
		return switch (wanted) {
			case C6 -> heldFor(held, on, 1, LicenceClass.C1, LicenceClass.C2);
			case B1 -> heldFor(held, on, 2, LicenceClass.A3, LicenceClass.B2, LicenceClass.C1, LicenceClass.C2,
					LicenceClass.C3, LicenceClass.C4);
			case A2 -> heldFor(held, on, 2, LicenceClass.B1, LicenceClass.B2) || heldFor(held, on, 1, LicenceClass.A1);
			case A1 -> heldFor(held, on, 2, LicenceClass.A3, LicenceClass.B1) || heldFor(held, on, 3, LicenceClass.B2)
					|| heldFor(held, on, 1, LicenceClass.A2);
			default -> true;
		};
	}

	/**
	 * How many of the latest scoring periods (记分周期), the current one included, must have no 12-point (满分) record
	 * for a class to be added (公安部令第162号 第十七条; domain-rules §1.3): the current and the previous one for any
	 * class (B1 and A2: the last 2), the last 3 for A1.
	 *
	 * @param wanted the class to be added
	 * @return 2 or 3
	 */
	public static int cleanScoringPeriodsRequired(LicenceClass wanted) {
		return wanted == LicenceClass.A1 ? 3 : 2;
	}

	/**
	 * As {@link #cleanScoringPeriodsRequired(LicenceClass)}, with the vocational student route, which asks for the
	 * current and the previous period only, A1 included (第十七条; domain-rules §1.3, last row).
	 *
	 * @param wanted the class to be added
	 * @param vocationalStudent whether the applicant is on the student route for A1 or A2
	 * @return 2 or 3
	 */
	public static int cleanScoringPeriodsRequired(LicenceClass wanted, boolean vocationalStudent) {
		return vocationalStudent && vocationalRouteClass(wanted) ? 2 : cleanScoringPeriodsRequired(wanted);
	}

	/** The prerequisite as a message argument: class codes and years, the same in both languages. */
	private static String prerequisiteText(LicenceClass wanted) {
		return switch (wanted) {
			case C6 -> "C1/C2 ≥ 1";
			case B1 -> "A3/B2/C1/C2/C3/C4 ≥ 2";
			case A2 -> "B1/B2 ≥ 2; A1 ≥ 1";
			case A1 -> "A3/B1 ≥ 2; B2 ≥ 3; A2 ≥ 1";
			default -> "";
		};
	}

	private static boolean heldFor(List<HeldLicence> held, LocalDate on, int years, LicenceClass... classes) {
		for (HeldLicence licence : held) {
			for (LicenceClass c : classes) {
				if (licence.licenceClass() == c && !licence.issuedOn().plusYears(years).isAfter(on)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether the applicant must pass the memory, judgement and reaction tests (三力测试) before Subject 1: aged 70 or
	 * over applying for C1, C2, C5 or F (the 公安部 measures in force 2020-11-20, which removed the upper age limit for
	 * these classes; V9).
	 *
	 * @param licenceClass the class applied for
	 * @param birthDate the applicant's birth date
	 * @param applicationDate the application date
	 * @return true when the tests are required
	 */
	public boolean threeAbilityTestsRequired(LicenceClass licenceClass, LocalDate birthDate, LocalDate applicationDate) {
		boolean uncappedClass = switch (licenceClass) {
			case C1, C2, C5, F -> true;
			default -> false;
		};
		return uncappedClass && ageOn(birthDate, applicationDate) >= SENIOR_AGE;
	}

	/**
	 * The exam subjects an application needs. Normally all four. For a military or armed-police licence exchange
	 * (军人换领, domain-rules §1.7): C classes none (exchanged without exam); A1, A2, A3, B1 Subject 1 and 科目三, where
	 * 科目三 is read as both of its parts, the road test ({@link Subject#SUBJECT_3}) and safe-driving knowledge
	 * ({@link Subject#SUBJECT_4}), Subject 2 exempt; B2 from 2023-04-07 with the service record confirmed by the
	 * military, Subject 1 only, otherwise as the A classes. For other classes (D, E, F, M, N, P) the sources are
	 * silent: all four subjects.
	 *
	 * @param licenceClass the class applied for
	 * @param militaryExchange true for a military licence exchange
	 * @param serviceRecordConfirmed true when the military confirmed safe heavy-vehicle driving during service
	 * @param applicationDate the application date
	 * @return the required subjects, a new mutable set
	 */
	public Set<Subject> requiredSubjects(LicenceClass licenceClass, boolean militaryExchange,
			boolean serviceRecordConfirmed, LocalDate applicationDate) {
		if (!militaryExchange) {
			return EnumSet.allOf(Subject.class);
		}
		return switch (licenceClass) {
			case C1, C2, C3, C4, C5, C6 -> EnumSet.noneOf(Subject.class);
			case B2 -> serviceRecordConfirmed && !applicationDate.isBefore(MILITARY_B2_RELIEF_FROM)
					? EnumSet.of(Subject.SUBJECT_1) : EnumSet.of(Subject.SUBJECT_1, Subject.SUBJECT_3, Subject.SUBJECT_4);
			case A1, A2, A3, B1 -> EnumSet.of(Subject.SUBJECT_1, Subject.SUBJECT_3, Subject.SUBJECT_4);
			default -> EnumSet.allOf(Subject.class);
		};
	}

	/**
	 * The last day of a learner permit: the day before the 3rd anniversary of issue (V11: issued 2025-03-01 → valid
	 * through 2028-02-29), but not past the day before the applicant reaches the class's ceiling age, taking the ceiling
	 * that applies on the issue date and {@link LicensingPolicy#upperAgeInclusive()} (公安部令第162号; domain-rules §1.5).
	 *
	 * @param issuedOn the permit's issue date
	 * @param licenceClass the class applied for
	 * @param birthDate the applicant's birth date
	 * @return the last valid day, inclusive
	 */
	public LocalDate permitValidThrough(LocalDate issuedOn, LicenceClass licenceClass, LocalDate birthDate) {
		LocalDate through = issuedOn.plusYears(PERMIT_VALIDITY_YEARS).minusDays(1);
		Integer ceiling = ageLimit(licenceClass, issuedOn).ceilingAge();
		if (ceiling != null) {
			int refusedAge = policy.upperAgeInclusive() ? ceiling + 1 : ceiling;
			LocalDate lastDayUnder = firstDayAged(birthDate, refusedAge).minusDays(1);
			if (lastDayUnder.isBefore(through)) {
				through = lastDayUnder;
			}
		}
		return through;
	}

	/**
	 * The earliest date a subject may be booked for (公安部令第162号 第四十三、四十四条), counted from the permit's issue
	 * date, {@link LicensingPolicy#waitInclusive()} adding one day when false:
	 * <ul>
	 * <li>Subject 2: 10 days for C1–C5, D, E, F, M, N, P; 20 days for A1, A2, A3, B1, B2, C6.</li>
	 * <li>Subject 3 road test: 30 days for C1, M, N, P; 20 days for C2–C5; 40 days for A1, A2, A3, B1, B2, C6, or 30 days
	 * when the applicant already holds an automobile (汽车类) licence. C6 in the 40-day group is [uncertain]. D, E, F are
	 * not in the source table: 20 days, a product decision marked [uncertain].</li>
	 * <li>Subject 1 and Subject 4: no wait; {@code permitIssuedOn} is returned unchanged. For Subject 1 pass the date
	 * the application was accepted (there is no permit yet); Subject 4 is in addition only bookable after the Subject 3
	 * road test is passed ({@link ExamRecord}).</li>
	 * </ul>
	 *
	 * @param subject the subject to book
	 * @param licenceClass the class applied for
	 * @param permitIssuedOn the permit's issue date (for Subject 1: the acceptance date)
	 * @param holdsAutomobileLicence true when the applicant already holds an 汽车类 licence (增驾)
	 * @return the earliest session date allowed
	 */
	public LocalDate earliestBooking(Subject subject, LicenceClass licenceClass, LocalDate permitIssuedOn,
			boolean holdsAutomobileLicence) {
		int days = switch (subject) {
			case SUBJECT_1, SUBJECT_4 -> 0;
			case SUBJECT_2 -> twentyDayGroup(licenceClass) ? 20 : 10;
			case SUBJECT_3 -> subject3Wait(licenceClass, holdsAutomobileLicence);
		};
		return days == 0 ? permitIssuedOn : afterWait(permitIssuedOn, days);
	}

	private static boolean twentyDayGroup(LicenceClass licenceClass) {
		return licenceClass.isLargeVehicle() || licenceClass == LicenceClass.C6;
	}

	private static int subject3Wait(LicenceClass licenceClass, boolean holdsAutomobileLicence) {
		if (twentyDayGroup(licenceClass)) {
			return holdsAutomobileLicence ? 30 : 40;
		}
		return switch (licenceClass) {
			case C1, M, N, P -> 30;
			default -> 20; // C2, C3, C4, C5; D, E, F by product decision [uncertain]
		};
	}

	/**
	 * The first date after a wait of {@code days} days from {@code from}: {@code from + days}, or one day later when
	 * {@link LicensingPolicy#waitInclusive()} is false.
	 *
	 * @param from the start of the wait (permit issue date, date of a failed exam)
	 * @param days the wait in days
	 * @return the first allowed date
	 */
	public LocalDate afterWait(LocalDate from, int days) {
		return from.plusDays(policy.waitInclusive() ? days : days + 1L);
	}

	/**
	 * The pass mark of a subject out of {@link #FULL_MARK} (domain-rules §1.4): 90, except Subject 2 for classes other
	 * than A1, A2, A3, B1, B2, which is 80.
	 *
	 * @param subject the subject
	 * @param licenceClass the class applied for
	 * @return 80 or 90
	 */
	public int passMark(Subject subject, LicenceClass licenceClass) {
		return subject == Subject.SUBJECT_2 && !licenceClass.isLargeVehicle() ? 80 : 90;
	}

	/**
	 * The outcome of a booking from its scores: passed when the first attempt or the retake reaches
	 * {@link #passMark}.
	 *
	 * @param subject the subject
	 * @param licenceClass the class applied for
	 * @param firstScore the score of the first attempt, 0–100
	 * @param retakeScore the score of the retake on the spot, 0–100, or null when none was taken
	 * @return {@link BookingOutcome#PASSED} or {@link BookingOutcome#FAILED}
	 * @throws IllegalArgumentException when a score is outside 0–100, or a retake follows a passed first attempt
	 */
	public BookingOutcome outcomeOf(Subject subject, LicenceClass licenceClass, int firstScore,
			@Nullable Integer retakeScore) {
		requireScore(firstScore);
		int mark = passMark(subject, licenceClass);
		if (firstScore >= mark) {
			if (retakeScore != null) {
				throw new IllegalArgumentException("no retake after a passed first attempt");
			}
			return BookingOutcome.PASSED;
		}
		if (retakeScore == null) {
			return BookingOutcome.FAILED;
		}
		requireScore(retakeScore);
		return retakeScore >= mark ? BookingOutcome.PASSED : BookingOutcome.FAILED;
	}

	private static void requireScore(int score) {
		if (score < 0 || score > FULL_MARK) {
			throw new IllegalArgumentException("score " + score + " outside 0–" + FULL_MARK);
		}
	}

	/**
	 * The terms of a first driving licence (公安部令第162号; domain-rules §1.6): valid 6 years, through the day before
	 * the 6th anniversary of issue (the product reads "6 years" like the permit's 3 years), with a 12-month probation
	 * (实习期) through the day before the 1st anniversary.
	 *
	 * @param issuedOn the issue date
	 * @return issue date, last valid day and last probation day
	 */
	public static DrivingLicenceTerms firstLicenceTerms(LocalDate issuedOn) {
		return new DrivingLicenceTerms(issuedOn, issuedOn.plusYears(6).minusDays(1),
				issuedOn.plusMonths(12).minusDays(1));
	}

	/**
	 * Where a licence stands on a date (公安部令第162号; domain-rules §1.6). With {@code expiredOn = validUntil + 1 day}:
	 * up to 90 days before {@code validUntil} (90 days before it and {@code validUntil} itself included):
	 * {@link LicenceStanding#RENEWAL_WINDOW}; earlier: {@link LicenceStanding#VALID}; from {@code expiredOn} until the
	 * day before its 1st anniversary: {@link LicenceStanding#EXPIRED_RENEWABLE}; then until the day before its 3rd
	 * anniversary: {@link LicenceStanding#RESTORABLE_AFTER_SUBJECT_1}; then {@link LicenceStanding#START_OVER}.
	 *
	 * @param validUntil the licence's last valid day
	 * @param today the date of reference
	 * @return the standing
	 */
	public static LicenceStanding standingOn(LocalDate validUntil, LocalDate today) {
		if (!today.isAfter(validUntil)) {
			return today.isBefore(validUntil.minusDays(90)) ? LicenceStanding.VALID : LicenceStanding.RENEWAL_WINDOW;
		}
		LocalDate expiredOn = validUntil.plusDays(1);
		if (today.isBefore(expiredOn.plusYears(1))) {
			return LicenceStanding.EXPIRED_RENEWABLE;
		}
		if (today.isBefore(expiredOn.plusYears(3))) {
			return LicenceStanding.RESTORABLE_AFTER_SUBJECT_1;
		}
		return LicenceStanding.START_OVER;
	}

	/**
	 * Whether a holder must file a medical certificate every year: aged 70 or over (公安部令第162号; domain-rules §1.6).
	 * C5 holders' 3-period cycle and the 30-day filing deadline are not covered.
	 *
	 * @param birthDate the holder's birth date
	 * @param today the date of reference
	 * @return true from the 70th birthday on
	 */
	public static boolean annualMedicalCertificateRequired(LocalDate birthDate, LocalDate today) {
		return ageOn(birthDate, today) >= SENIOR_AGE;
	}

	/**
	 * Age in whole years (周岁), as {@code ResidentIdNumber.ageOn}: one year older on each birthday; a 29 February birth
	 * turns a year older on 1 March in a common year.
	 */
	static int ageOn(LocalDate birthDate, LocalDate date) {
		if (date.isBefore(birthDate)) {
			throw new IllegalArgumentException("date " + date + " is before the birth date " + birthDate);
		}
		return Period.between(birthDate, date).getYears();
	}

	/** The first day on which a person is {@code age} years old, consistent with {@link #ageOn}. */
	static LocalDate firstDayAged(LocalDate birthDate, int age) {
		LocalDate day = birthDate.plusYears(age);
		return ageOn(birthDate, day) < age ? day.plusDays(1) : day;
	}
}
