package org.cheguan.licensing;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;

import org.cheguan.shared.DomainRuleViolation;
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
 * extended after the three-ability tests ({@link #extend}) is kept while the extension runs.</li>
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
	 * holder of 63 without an extension may drive what C1 permits). The exchanges at 70 are applied at the next renewal
	 * ({@link #classAtAge}), not here.
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
		return permitted;
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
