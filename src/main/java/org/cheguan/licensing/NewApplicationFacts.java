package org.cheguan.licensing;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What {@link LicensingRules#checkApplication(NewApplicationFacts)} needs to know about a licence application
 * (公安部令第162号 第十四、十六、十七条).
 *
 * @param licenceClass the class applied for
 * @param birthDate the applicant's birth date, e.g. {@code ResidentIdNumber.birthDate()}
 * @param applicationDate the date the application is made (Asia/Shanghai)
 * @param held the classes the applicant already holds, empty for a first application (初次申领)
 * @param militaryExchange true when a military or armed-police licence is exchanged (军人换领, §1.7)
 * @param cleanScoringPeriods for an added class: how many consecutive scoring periods (记分周期), the current one
 * included, have no 12-point record, as the clerk declares it; null when not declared. A declaration can only refuse:
 * it never clears a recorded 12-point period
 * @param vocationalStudent for A1 or A2: the applicant is a full-time driving-vocational student (全日制驾驶职业教育) who
 * obtained C1 at school, the route of 公安部令第162号 第十四、十七条 with the lower minimum age of 19
 * @param twelvePointPeriods the applicant's recorded 12-point scoring periods ({@link ScoringRecords}), empty when none
 */
public record NewApplicationFacts(LicenceClass licenceClass, LocalDate birthDate, LocalDate applicationDate,
		List<HeldLicence> held, boolean militaryExchange, @Nullable Integer cleanScoringPeriods,
		boolean vocationalStudent, List<TwelvePointRecord> twelvePointPeriods) {

	/** Copies the lists so that the facts cannot change after the check. */
	public NewApplicationFacts {
		held = List.copyOf(held);
		twelvePointPeriods = List.copyOf(twelvePointPeriods);
	}

	/**
	 * Facts without recorded 12-point periods.
	 *
	 * @param licenceClass the class applied for
	 * @param birthDate the applicant's birth date
	 * @param applicationDate the application date
	 * @param held the classes held
	 * @param militaryExchange whether a military licence is exchanged
	 * @param cleanScoringPeriods the declared clean scoring periods, or null
	 * @param vocationalStudent whether the applicant is on the vocational student route
	 */
	public NewApplicationFacts(LicenceClass licenceClass, LocalDate birthDate, LocalDate applicationDate,
			List<HeldLicence> held, boolean militaryExchange, @Nullable Integer cleanScoringPeriods,
			boolean vocationalStudent) {
		this(licenceClass, birthDate, applicationDate, held, militaryExchange, cleanScoringPeriods, vocationalStudent,
				List.of());
	}

	/**
	 * Facts of an applicant who is not on the vocational student route.
	 *
	 * @param licenceClass the class applied for
	 * @param birthDate the applicant's birth date
	 * @param applicationDate the application date
	 * @param held the classes held
	 * @param militaryExchange whether a military licence is exchanged
	 * @param cleanScoringPeriods the declared clean scoring periods, or null
	 */
	public NewApplicationFacts(LicenceClass licenceClass, LocalDate birthDate, LocalDate applicationDate,
			List<HeldLicence> held, boolean militaryExchange, @Nullable Integer cleanScoringPeriods) {
		this(licenceClass, birthDate, applicationDate, held, militaryExchange, cleanScoringPeriods, false, List.of());
	}

	/**
	 * Facts with no scoring-period declaration.
	 *
	 * @param licenceClass the class applied for
	 * @param birthDate the applicant's birth date
	 * @param applicationDate the application date
	 * @param held the classes held
	 * @param militaryExchange whether a military licence is exchanged
	 */
	public NewApplicationFacts(LicenceClass licenceClass, LocalDate birthDate, LocalDate applicationDate,
			List<HeldLicence> held, boolean militaryExchange) {
		this(licenceClass, birthDate, applicationDate, held, militaryExchange, null, false, List.of());
	}
}
