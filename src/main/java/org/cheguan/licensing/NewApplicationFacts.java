package org.cheguan.licensing;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@link LicensingRules#checkApplication(NewApplicationFacts)} needs to know about a licence application
 * (公安部令第162号 第十四、十六、十七条).
 *
 * @param licenceClass the class applied for
 * @param birthDate the applicant's birth date, e.g. {@code ResidentIdNumber.birthDate()}
 * @param applicationDate the date the application is made (Asia/Shanghai)
 * @param held the classes the applicant already holds, empty for a first application (初次申领)
 * @param militaryExchange true when a military or armed-police licence is exchanged (军人换领, §1.7)
 */
public record NewApplicationFacts(LicenceClass licenceClass, LocalDate birthDate, LocalDate applicationDate,
		List<HeldLicence> held, boolean militaryExchange) {

	/** Copies {@code held} so that the facts cannot change after the check. */
	public NewApplicationFacts {
		held = List.copyOf(held);
	}
}
