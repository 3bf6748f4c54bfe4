package org.cheguan.licensing;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;

import org.cheguan.shared.DomainRuleViolation;
import org.cheguan.shared.InvalidValue;
import org.jspecify.annotations.Nullable;

/**
 * Renewal (换证) and restoration (恢复驾驶资格) of a driving licence, as plain rules (公安部令第162号 as amended by 第172号;
 * domain-rules §1.6).
 *
 * <ul>
 * <li>Window: renewal within 90 days before the last valid day, or less than 1 year after expiry (逾期未换证).
 * From 1 year until 3 years after expiry the licence is cancelled but restorable by passing Subject 1; from 3 years the
 * holder starts over ({@link LicensingRules#standingOn}).</li>
 * <li>Term: 6 years become 10 when no 12-month scoring period (记分周期, 公安部令第163号) of the term reached 12 points,
 * and 10 become long-term on the same condition. Product decision (the source is silent on a 10-year term with a
 * 12-point period): a term with a 12-point period is renewed with the same length.</li>
 * <li>New dates: a renewal's term runs on from the old last valid day (the holder loses nothing by renewing early and
 * gains nothing by renewing late); a restoration's term starts on the day Subject 1 is passed.</li>
 * <li>Age (第六十五条, 2025 text): from 63 (60 before 2025-01-01) A1, A2, A3, B1, B2, M, N and P may no longer be held and
 * are exchanged for C1; from 70 D and E are exchanged for F, and C3, C4 and C6 may no longer be held. A large class
 * extended after the three-ability tests ({@link #extend}) is kept while the extension runs. What the holder may
 * drive follows the age from the birthday itself ({@link #permittedClassesOn}, {@link #seniorClassStanding}); the
 * licence is exchanged at renewal, or on request at any time for a lower class ({@link #exchange}, 降级换证).</li>
 * <li>Holders aged 70 or over need a medical certificate from the last 12 months (annual certificate, §1.6).</li>
 * </ul>
 */
public final class LicenceRenewalRules {

	/** Source of the renewal window and of the terms. */
	public static final String RULE_RENEWAL = "MPS-162-renewal";

	/** Source of the class exchange at 63 and 70. */
	public static final String RULE_AGE_EXCHANGE = "MPS-172-art-65";

	/**
	 * Source of the extension of a large class at 63: 公安部令第162号 第六十五条 as amended by 第172号 (in force
	 * 2025-01-01); domain-rules §1.6.
	 */
	public static final String RULE_AGE_EXTENSION = "MPS-172-art-65-extension";

	/** Years a large class may be extended beyond the 63rd birthday (第六十五条, 2025 text). */
	public static final int EXTENSION_YEARS = 3;

	/** Source of the annual medical certificate from 70. */
	public static final String RULE_SENIOR_MEDICAL = "MPS-162-senior-medical-certificate";

	/** Classes exchanged for C1 from 63 (60 before 2025). */
	static final Set<LicenceClass> LARGE_CLASSES = EnumSet.of(LicenceClass.A1, LicenceClass.A2, LicenceClass.A3,
			LicenceClass.B1, LicenceClass.B2, LicenceClass.M, LicenceClass.N, LicenceClass.P);

	/** Classes that may no longer be held from 70. */
	static final Set<LicenceClass> ENDS_AT_70 = EnumSet.of(LicenceClass.C3, LicenceClass.C4, LicenceClass.C6);

	/**
	 * Classes that may no longer be driven from 70, whichever licence includes them (第六十五条: 年龄在70周岁以上的，
	 * 不得驾驶低速载货汽车、三轮汽车、轻型牵引挂车、普通三轮摩托车、普通二轮摩托车; domain-rules §1.6).
	 */
	static final Set<LicenceClass> NOT_DRIVEN_FROM_70 = EnumSet.of(LicenceClass.C3, LicenceClass.C4, LicenceClass.C6,
			LicenceClass.D, LicenceClass.E);

	/**
	 * Source of a stand-alone exchange for a lower class (降低准驾车型, 降级换证): 公安部令第162号 lets a holder ask at any
	 * time to lower the class held, and the age exchanges of 第六十五条 may be done on request before the next renewal.
	 */
	public static final String RULE_CLASS_EXCHANGE = "MPS-162-lower-class";

	private LicenceRenewalRules() {
	}

	/**
	 * The next term (domain-rules §1.6).
	 *
	 * @param current the term now
	 * @param twelvePointPeriod whether any scoring period of the current term reached 12 points
	 * @return the term after renewal
	 */
	public static LicenceTerm nextTerm(LicenceTerm current, boolean twelvePointPeriod) {
		if (twelvePointPeriod) {
			return current;
		}
		return switch (current) {
			case SIX_YEARS -> LicenceTerm.TEN_YEARS;
			case TEN_YEARS, LONG_TERM -> LicenceTerm.LONG_TERM;
		};
	}

	/**
	 * The age from which large classes may no longer be driven, on a date (第六十五条): 63 from 2025-01-01, 60 before.
	 *
	 * @param on the date
	 * @return 60 or 63
	 */
	public static int largeClassCeiling(LocalDate on) {
		return on.isBefore(LicensingRules.AMENDMENT_172_IN_FORCE) ? 60 : 63;
	}

	/**
	 * Where the holder of a class stands on a date relative to the large-class age (第六十五条 as amended by 第172号;
	 * domain-rules §1.6): {@link LargeClassStanding#NOT_AFFECTED} for a class other than A1, A2, A3, B1, B2, M, N, P;
	 * {@link LargeClassStanding#EXTENDED} while an extension runs (through its last day);
	 * {@link LargeClassStanding#MUST_EXCHANGE} from the ceiling birthday on ({@link #largeClassCeiling});
	 * {@link LargeClassStanding#EXTENSION_WINDOW} in the year before the 63rd birthday (from the 62nd birthday, from
	 * 2025-01-01 only: the extension is a 2025 provision); {@link LargeClassStanding#ALLOWED} before.
	 *
	 * @param held the class held
	 * @param birthDate the holder's birth date
	 * @param on the date of reference
	 * @param extendedThrough the last day of a granted extension, or null
	 * @return the standing
	 */
	public static LargeClassStanding largeClassStanding(LicenceClass held, LocalDate birthDate, LocalDate on,
			@Nullable LocalDate extendedThrough) {
		if (!LARGE_CLASSES.contains(held)) {
			return LargeClassStanding.NOT_AFFECTED;
		}
		if (extendedThrough != null && !on.isAfter(extendedThrough)) {
			return LargeClassStanding.EXTENDED;
		}
		int ceiling = largeClassCeiling(on);
		if (!on.isBefore(LicensingRules.firstDayAged(birthDate, ceiling))) {
			return LargeClassStanding.MUST_EXCHANGE;
		}
		if (ceiling == 63 && !on.isBefore(LicensingRules.firstDayAged(birthDate, 62))) {
			return LargeClassStanding.EXTENSION_WINDOW;
		}
		return LargeClassStanding.ALLOWED;
	}

	/**
	 * The classes a holder may drive on a date: the class held and those it includes (公安部令第162号 附件1), without the
	 * large classes once {@link #largeClassStanding} is {@link LargeClassStanding#MUST_EXCHANGE} (第六十五条: an A1
	 * holder of 63 without an extension may drive what C1 permits), and from the 70th birthday without C3, C4, C6, D
	 * and E (第六十五条: a D holder of 70 may drive F only, a C1 holder C1 and C2, a C3 holder nothing). The licence
	 * itself is exchanged on request ({@link #exchange}) or at the next renewal ({@link #classAtAge}).
	 *
	 * @param held the class held
	 * @param birthDate the holder's birth date
	 * @param on the date of reference
	 * @param extendedThrough the last day of a granted extension, or null
	 * @return the permitted classes; a new mutable set
	 */
	public static Set<LicenceClass> permittedClassesOn(LicenceClass held, LocalDate birthDate, LocalDate on,
			@Nullable LocalDate extendedThrough) {
		var permitted = held.permittedClasses();
		if (largeClassStanding(held, birthDate, on, extendedThrough) == LargeClassStanding.MUST_EXCHANGE) {
			permitted.removeAll(LARGE_CLASSES);
		}
		if (!on.isBefore(seventiethBirthday(birthDate))) {
			permitted.removeAll(NOT_DRIVEN_FROM_70);
		}
		return permitted;
	}

	/**
	 * The first day a holder is 70 (a 29 February birth: 1 March in a common year), from which the classes of
	 * {@link #classesEndingAt70} may no longer be driven (第六十五条) and the annual medical certificate is due (§1.6).
	 *
	 * @param birthDate the holder's birth date
	 * @return the 70th birthday
	 */
	public static LocalDate seventiethBirthday(LocalDate birthDate) {
		return LicensingRules.firstDayAged(birthDate, LicensingRules.SENIOR_AGE);
	}

	/**
	 * The classes a licence permits that may no longer be driven from 70 (第六十五条): of the class held and those it
	 * includes, C3, C4, C6, D and E; e.g. C1: C3, C4; D: D, E; C2: none.
	 *
	 * @param held the class held
	 * @return those classes, in code order; a new mutable set
	 */
	public static Set<LicenceClass> classesEndingAt70(LicenceClass held) {
		var ending = held.permittedClasses();
		ending.retainAll(NOT_DRIVEN_FROM_70);
		return ending;
	}

	/**
	 * Where a licence stands on a date relative to the classes that end at 70 (第六十五条 as amended by 第172号;
	 * domain-rules §1.6): {@link SeniorClassStanding#NOT_AFFECTED} when it permits none of C3, C4, C6, D, E;
	 * {@link SeniorClassStanding#BEFORE_70} until the day before the 70th birthday; from the birthday
	 * {@link SeniorClassStanding#EXCHANGE_FOR_F} for D and E, {@link SeniorClassStanding#CLASS_ENDS} for C3, C4 and
	 * C6, {@link SeniorClassStanding#INCLUDED_CLASSES_END} for a wider class that includes some of them.
	 *
	 * @param held the class held
	 * @param birthDate the holder's birth date
	 * @param on the date of reference
	 * @return the standing
	 */
	public static SeniorClassStanding seniorClassStanding(LicenceClass held, LocalDate birthDate, LocalDate on) {
		if (classesEndingAt70(held).isEmpty()) {
			return SeniorClassStanding.NOT_AFFECTED;
		}
		if (on.isBefore(seventiethBirthday(birthDate))) {
			return SeniorClassStanding.BEFORE_70;
		}
		if (held == LicenceClass.D || held == LicenceClass.E) {
			return SeniorClassStanding.EXCHANGE_FOR_F;
		}
		return ENDS_AT_70.contains(held) ? SeniorClassStanding.CLASS_ENDS : SeniorClassStanding.INCLUDED_CLASSES_END;
	}

	/**
	 * The classes a licence may be exchanged for on a date, outside renewal (降低准驾车型): the classes it includes
	 * (公安部令第162号 附件1) and, for a large class from 63 without a running extension, C1 or C2 (第六十五条: 换领准驾车型为
	 * 小型汽车或者小型自动挡汽车, so also for M, N and P, which include no car class); of these only the classes the holder
	 * may still drive on the date ({@link #permittedClassesOn}: no large class from 63 unless extended, none of C3, C4,
	 * C6, D, E from 70). A D holder of 70 may take F; a C3, C4 or C6 holder of 70 has nothing left to take.
	 *
	 * @param held the class held
	 * @param birthDate the holder's birth date
	 * @param on the date of the request
	 * @param extendedThrough the last day of a granted large-class extension, or null
	 * @return the classes, in code order, without the class held; a new mutable set, possibly empty
	 */
	public static Set<LicenceClass> exchangeTargets(LicenceClass held, LocalDate birthDate, LocalDate on,
			@Nullable LocalDate extendedThrough) {
		var targets = lowerClasses(held, birthDate, on, extendedThrough);
		targets.removeIf(target -> !drivableOn(target, held, birthDate, on, extendedThrough));
		return targets;
	}

	/**
	 * A stand-alone exchange for a lower class (降级换证), asked for at any time outside renewal: voluntarily, a large
	 * class for C1 once the 63 rule bites, D or E for F from 70 (公安部令第162号, 降低准驾车型; 第六十五条 as amended by
	 * 第172号). The licence keeps its number and validity; only the class changes. No medical certificate is asked for
	 * (the annual certificate from 70 is filed on its own).
	 *
	 * @param held the class held
	 * @param toClass the class asked for
	 * @param birthDate the holder's birth date
	 * @param on the date of the request
	 * @param validUntil the licence's last valid day, or null when long-term
	 * @param extendedThrough the last day of a granted large-class extension, or null
	 * @return the class held afterwards: {@code toClass}
	 * @throws DomainRuleViolation {@code licensing.exchange.same-class} ({@value #RULE_CLASS_EXCHANGE}),
	 * {@code licensing.exchange.not-lower} when {@code toClass} is not one the held class includes nor the C1/C2 of
	 * the 63 rule ({@value LicenceClass#RULE_CLASS_INCLUSION}), {@code licensing.exchange.not-at-this-age} when the
	 * holder may no longer drive {@code toClass} ({@value #RULE_AGE_EXCHANGE}), {@code licensing.exchange.expired}
	 * when the licence is past its last valid day ({@value #RULE_CLASS_EXCHANGE}: renew or restore it first)
	 */
	public static LicenceClass exchange(LicenceClass held, LicenceClass toClass, LocalDate birthDate, LocalDate on,
			@Nullable LocalDate validUntil, @Nullable LocalDate extendedThrough) {
		if (toClass == held) {
			throw new DomainRuleViolation(RULE_CLASS_EXCHANGE, "licensing.exchange.same-class", held.name());
		}
		if (!lowerClasses(held, birthDate, on, extendedThrough).contains(toClass)) {
			throw new DomainRuleViolation(LicenceClass.RULE_CLASS_INCLUSION, "licensing.exchange.not-lower",
					toClass.name(), held.name());
		}
		if (!drivableOn(toClass, held, birthDate, on, extendedThrough)) {
			throw new DomainRuleViolation(RULE_AGE_EXCHANGE, "licensing.exchange.not-at-this-age", toClass.name(),
					NOT_DRIVEN_FROM_70.contains(toClass) ? LicensingRules.SENIOR_AGE : largeClassCeiling(on));
		}
		if (validUntil != null && on.isAfter(validUntil)) {
			throw new DomainRuleViolation(RULE_CLASS_EXCHANGE, "licensing.exchange.expired", validUntil);
		}
		return toClass;
	}

	/** The included classes, and C1, C2 for a large class the 63 rule takes away (before the age filter). */
	private static Set<LicenceClass> lowerClasses(LicenceClass held, LocalDate birthDate, LocalDate on,
			@Nullable LocalDate extendedThrough) {
		var lower = held.includedClasses();
		if (largeClassStanding(held, birthDate, on, extendedThrough) == LargeClassStanding.MUST_EXCHANGE) {
			lower.add(LicenceClass.C1);
			lower.add(LicenceClass.C2);
		}
		return lower;
	}

	private static boolean drivableOn(LicenceClass target, LicenceClass held, LocalDate birthDate, LocalDate on,
			@Nullable LocalDate extendedThrough) {
		if (LARGE_CLASSES.contains(target)
				&& largeClassStanding(held, birthDate, on, extendedThrough) == LargeClassStanding.MUST_EXCHANGE) {
			return false;
		}
		return !(NOT_DRIVEN_FROM_70.contains(target) && !on.isBefore(seventiethBirthday(birthDate)));
	}

	/**
	 * Extends a large class beyond 63 (第六十五条 as amended by 第172号; domain-rules §1.6): the holder applies within the
	 * year before turning 63 (from the 62nd birthday until the day before the 63rd), having passed the memory,
	 * judgement and reaction tests (三力测试) in that year and not after the application; the class may then be driven
	 * for up to {@value #EXTENSION_YEARS} years after the 63rd birthday, through the day before the 66th. Reading of
	 * up to 3 years as a fixed end at 66 [uncertain]: the sources give no other start. Once granted it is not granted
	 * again.
	 *
	 * @param held the class held
	 * @param birthDate the holder's birth date
	 * @param on the application date
	 * @param threeAbilityTestsOn the date the three-ability tests were passed, or null
	 * @param extendedThrough the last day of an extension already granted, or null
	 * @return the last day the class may be driven
	 * @throws DomainRuleViolation {@code licensing.extension.class-not-affected},
	 * {@code licensing.extension.not-in-force} before 2025-01-01, {@code licensing.extension.already-extended},
	 * {@code licensing.extension.outside-window} (with the window's first and last day),
	 * {@code licensing.extension.three-ability-tests}
	 */
	public static LocalDate extend(LicenceClass held, LocalDate birthDate, LocalDate on,
			@Nullable LocalDate threeAbilityTestsOn, @Nullable LocalDate extendedThrough) {
		if (!LARGE_CLASSES.contains(held)) {
			throw new DomainRuleViolation(RULE_AGE_EXTENSION, "licensing.extension.class-not-affected", held.name());
		}
		if (on.isBefore(LicensingRules.AMENDMENT_172_IN_FORCE)) {
			throw new DomainRuleViolation(RULE_AGE_EXTENSION, "licensing.extension.not-in-force",
					LicensingRules.AMENDMENT_172_IN_FORCE);
		}
		if (extendedThrough != null) {
			throw new DomainRuleViolation(RULE_AGE_EXTENSION, "licensing.extension.already-extended", extendedThrough);
		}
		var windowFrom = LicensingRules.firstDayAged(birthDate, 62);
		var turns63 = LicensingRules.firstDayAged(birthDate, 63);
		if (on.isBefore(windowFrom) || !on.isBefore(turns63)) {
			throw new DomainRuleViolation(RULE_AGE_EXTENSION, "licensing.extension.outside-window", windowFrom,
					turns63.minusDays(1));
		}
		if (threeAbilityTestsOn == null || threeAbilityTestsOn.isBefore(windowFrom) || threeAbilityTestsOn.isAfter(on)) {
			throw new DomainRuleViolation(RULE_AGE_EXTENSION, "licensing.extension.three-ability-tests", windowFrom);
		}
		return LicensingRules.firstDayAged(birthDate, 63 + EXTENSION_YEARS).minusDays(1);
	}

	/**
	 * As {@link #classAtAge(LicenceClass, int, LocalDate)}, keeping a large class while its extension runs.
	 *
	 * @param held the class held
	 * @param age whole years on the date
	 * @param on the date of the service
	 * @param extendedThrough the last day of a granted extension, or null
	 * @return the class kept or exchanged for
	 */
	public static LicenceClass classAtAge(LicenceClass held, int age, LocalDate on, @Nullable LocalDate extendedThrough) {
		if (extendedThrough != null && !on.isAfter(extendedThrough) && LARGE_CLASSES.contains(held)
				&& age < LicensingRules.SENIOR_AGE) {
			return held;
		}
		return classAtAge(held, age, on);
	}

	/**
	 * The class a holder keeps at an age on a date (第六十五条; 60 instead of 63 before 2025-01-01).
	 *
	 * @param held the class held
	 * @param age whole years on the date
	 * @param on the date of the service
	 * @return the class kept or exchanged for
	 * @throws DomainRuleViolation {@code licensing.renewal.class-ends} when the class may no longer be held at all
	 */
	public static LicenceClass classAtAge(LicenceClass held, int age, LocalDate on) {
		int largeClassCeiling = largeClassCeiling(on);
		if (age >= LicensingRules.SENIOR_AGE) {
			if (held == LicenceClass.D || held == LicenceClass.E) {
				return LicenceClass.F;
			}
			if (ENDS_AT_70.contains(held)) {
				throw new DomainRuleViolation(RULE_AGE_EXCHANGE, "licensing.renewal.class-ends", held.name(),
						LicensingRules.SENIOR_AGE);
			}
		}
		if (age >= largeClassCeiling && LARGE_CLASSES.contains(held)) {
			return LicenceClass.C1;
		}
		return held;
	}

	/**
	 * A renewal on a date.
	 *
	 * @param held the class held
	 * @param term the current term
	 * @param validUntil the current last valid day (a long-term licence is not renewed)
	 * @param birthDate the holder's birth date
	 * @param on the renewal date
	 * @param twelvePointPeriod whether a scoring period of the term reached 12 points
	 * @param medicalCertificateOn the date of the holder's latest medical certificate, or null
	 * @return the new class, term and dates
	 * @throws DomainRuleViolation {@code licensing.renewal.too-early} before the window,
	 * {@code licensing.renewal.needs-subject-1} from 1 year after expiry, {@code licensing.renewal.start-over} from 3
	 * years, {@code licensing.renewal.medical-certificate} at 70 or over without a certificate from the last 12
	 * months, {@code licensing.renewal.class-ends}
	 */
	public static LicenceRenewal renew(LicenceClass held, LicenceTerm term, LocalDate validUntil, LocalDate birthDate,
			LocalDate on, boolean twelvePointPeriod, @Nullable LocalDate medicalCertificateOn) {
		return renew(held, term, validUntil, birthDate, on, twelvePointPeriod, medicalCertificateOn, null);
	}

	/**
	 * A renewal on a date, keeping a large class whose extension at 63 runs ({@link #extend}).
	 *
	 * @param held the class held
	 * @param term the current term
	 * @param validUntil the current last valid day
	 * @param birthDate the holder's birth date
	 * @param on the renewal date
	 * @param twelvePointPeriod whether a scoring period of the term reached 12 points
	 * @param medicalCertificateOn the date of the holder's latest medical certificate, or null
	 * @param extendedThrough the last day of a granted large-class extension, or null
	 * @return the new class, term and dates
	 */
	public static LicenceRenewal renew(LicenceClass held, LicenceTerm term, LocalDate validUntil, LocalDate birthDate,
			LocalDate on, boolean twelvePointPeriod, @Nullable LocalDate medicalCertificateOn,
			@Nullable LocalDate extendedThrough) {
		switch (LicensingRules.standingOn(validUntil, on)) {
			case VALID -> throw new DomainRuleViolation(RULE_RENEWAL, "licensing.renewal.too-early",
					validUntil.minusDays(90));
			case RESTORABLE_AFTER_SUBJECT_1 -> throw new DomainRuleViolation(RULE_RENEWAL,
					"licensing.renewal.needs-subject-1");
			case START_OVER -> throw new DomainRuleViolation(RULE_RENEWAL, "licensing.renewal.start-over");
			case RENEWAL_WINDOW, EXPIRED_RENEWABLE -> {
			}
		}
		var age = Period.between(birthDate, on).getYears();
		checkMedicalCertificate(age, on, medicalCertificateOn);
		var next = nextTerm(term, twelvePointPeriod);
		var from = validUntil.plusDays(1);
		return new LicenceRenewal(classAtAge(held, age, on, extendedThrough), next, from, lastDay(next, from));
	}

	/**
	 * A restoration on the day Subject 1 is passed: the licence expired 1 to under 3 years ago.
	 *
	 * @param held the class held
	 * @param term the term of the expired licence
	 * @param validUntil its last valid day
	 * @param birthDate the holder's birth date
	 * @param on the day Subject 1 was passed
	 * @param twelvePointPeriod whether a scoring period of the last term reached 12 points
	 * @param medicalCertificateOn the date of the latest medical certificate, or null
	 * @return the new class, term and dates, the term starting on {@code on}
	 * @throws DomainRuleViolation {@code licensing.restoration.not-restorable} outside the 1-to-3-year band,
	 * {@code licensing.renewal.medical-certificate}, {@code licensing.renewal.class-ends}
	 */
	public static LicenceRenewal restore(LicenceClass held, LicenceTerm term, LocalDate validUntil, LocalDate birthDate,
			LocalDate on, boolean twelvePointPeriod, @Nullable LocalDate medicalCertificateOn) {
		return restore(held, term, validUntil, birthDate, on, twelvePointPeriod, medicalCertificateOn, null);
	}

	/**
	 * A restoration, keeping a large class whose extension at 63 runs ({@link #extend}).
	 *
	 * @param held the class held
	 * @param term the term of the expired licence
	 * @param validUntil its last valid day
	 * @param birthDate the holder's birth date
	 * @param on the day Subject 1 was passed
	 * @param twelvePointPeriod whether a scoring period of the last term reached 12 points
	 * @param medicalCertificateOn the date of the latest medical certificate, or null
	 * @param extendedThrough the last day of a granted large-class extension, or null
	 * @return the new class, term and dates
	 */
	public static LicenceRenewal restore(LicenceClass held, LicenceTerm term, LocalDate validUntil, LocalDate birthDate,
			LocalDate on, boolean twelvePointPeriod, @Nullable LocalDate medicalCertificateOn,
			@Nullable LocalDate extendedThrough) {
		if (LicensingRules.standingOn(validUntil, on) != LicenceStanding.RESTORABLE_AFTER_SUBJECT_1) {
			throw new DomainRuleViolation(RULE_RENEWAL, "licensing.restoration.not-restorable");
		}
		var age = Period.between(birthDate, on).getYears();
		checkMedicalCertificate(age, on, medicalCertificateOn);
		var next = nextTerm(term, twelvePointPeriod);
		return new LicenceRenewal(classAtAge(held, age, on, extendedThrough), next, on, lastDay(next, on));
	}

	private static void checkMedicalCertificate(int age, LocalDate on, @Nullable LocalDate medicalCertificateOn) {
		if (age < LicensingRules.SENIOR_AGE) {
			// not needed, but kept with the licence service when given, so a certificate from the future is bad input
			if (medicalCertificateOn != null && medicalCertificateOn.isAfter(on)) {
				throw new org.cheguan.shared.InvalidValue(org.cheguan.shared.InvalidValue.VALIDATION,
						"licensing.application.future-date", null, medicalCertificateOn);
			}
			return;
		}
		if (medicalCertificateOn == null || medicalCertificateOn.isAfter(on)
				|| !medicalCertificateOn.isAfter(on.minusYears(1))) {
			throw new DomainRuleViolation(RULE_SENIOR_MEDICAL, "licensing.renewal.medical-certificate",
					LicensingRules.SENIOR_AGE);
		}
	}

	private static @Nullable LocalDate lastDay(LicenceTerm term, LocalDate from) {
		return term.years() == null ? null : from.plusYears(term.years()).minusDays(1);
	}
}
