package org.cheguan.licensing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A licence application as the applicant and the clerk see it (api-contract.md, Licensing:
 * {@code GET /api/v1/licence-applications/{id}}).
 *
 * @param id application id
 * @param citizenId the applicant
 * @param licenceClass class applied for
 * @param kind first application, added class or military exchange
 * @param status ACCEPTED (no permit yet), LEARNING (permit issued), LICENSED
 * @param acceptedAt when the application was accepted
 * @param threeAbilityTestsRequired whether the three-ability tests are required (aged 70 or over, C1/C2/C5/F)
 * @param threeAbilityTestsPassedOn when they were recorded, or null
 * @param learnerPermit the permit, or null before Subject 1
 * @param subjects each required subject's status and attempts
 * @param bookingsUsed bookings used of the 5 allowed, for SUBJECT_2 and SUBJECT_3
 * @param nextBookingFrom for each required subject not passed, the earliest date a session may be booked, or null
 * @param licence the licence once issued, or null
 * @param greenChannel whether a supervisor granted the green channel
 * @param vocationalStudent whether the application is on the A1/A2 route for full-time driving-vocational students
 */
public record LicenceApplicationDetails(UUID id, UUID citizenId, LicenceClass licenceClass, String kind, String status,
		Instant acceptedAt, boolean threeAbilityTestsRequired, java.time.@Nullable LocalDate threeAbilityTestsPassedOn,
		@Nullable Permit learnerPermit, Map<Subject, SubjectProgress> subjects, Map<Subject, Integer> bookingsUsed,
		Map<Subject, java.time.LocalDate> nextBookingFrom, @Nullable Licence licence, boolean greenChannel,
		boolean vocationalStudent) {

	/**
	 * @param issuedOn issue date
	 * @param validUntil last valid day
	 */
	public record Permit(java.time.LocalDate issuedOn, java.time.LocalDate validUntil) {
	}

	/**
	 * @param status NOT_TAKEN, FAILED, PASSED or VOID
	 * @param attempts exams sat (retakes included, no-shows counted)
	 */
	public record SubjectProgress(SubjectStatus status, int attempts) {
	}

	/**
	 * @param number file number
	 * @param issuedOn issue date
	 * @param validUntil last valid day (6 years at first issue; 10 years after a renewal; null when long-term)
	 * @param probationEndsOn last day of probation (12 months)
	 * @param standing today: valid, in the 90-day renewal window, or one of the expired states (§1.6)
	 * @param annualMedicalCertificateRequired whether the holder, aged 70 or over, owes a yearly medical certificate
	 * @param term the current term: 6 years, 10 years or long-term
	 * @param licenceClass the class the licence allows now (an exchange at 63 or 70 may have changed it)
	 * @param permittedClasses the classes the holder may drive today: the class and those it includes (公安部令第162号
	 * 附件1, e.g. C1: C1, C2, C3, C4), without the large classes from 63 unless extended, and without C3, C4, C6, D, E
	 * from the 70th birthday (第六十五条), before the licence itself is exchanged
	 * @param largeClassStanding where a large class stands relative to 63 (第六十五条): not affected, allowed, extension
	 * window, extended, or must exchange
	 * @param largeClassExtendedThrough the last day of a granted extension beyond 63, or null
	 * @param seniorClassStanding where the licence stands relative to the classes that end at 70 (第六十五条): not
	 * affected, before 70, exchange for F, class ends, or included classes end
	 * @param seventiethBirthday the holder's 70th birthday, from which those classes end
	 * @param classesEndingAt70 the classes of the licence that may no longer be driven from 70 (e.g. C1: C3, C4)
	 * @param exchangeableFor the lower classes the licence may be exchanged for today (降级换证), possibly none
	 */
	public record Licence(String number, java.time.LocalDate issuedOn, java.time.@Nullable LocalDate validUntil,
			java.time.LocalDate probationEndsOn, LicenceStanding standing, boolean annualMedicalCertificateRequired,
			LicenceTerm term, LicenceClass licenceClass, List<LicenceClass> permittedClasses,
			LargeClassStanding largeClassStanding, java.time.@Nullable LocalDate largeClassExtendedThrough,
			SeniorClassStanding seniorClassStanding, java.time.LocalDate seventiethBirthday,
			List<LicenceClass> classesEndingAt70, List<LicenceClass> exchangeableFor) {
	}

	/**
	 * One booking of the application.
	 *
	 * @param id booking id
	 * @param sessionId the session
	 * @param subject the subject
	 * @param status BOOKED, PASSED, FAILED, NO_SHOW, CANCELLED or CANCELLED_BY_OUTAGE
	 * @param firstScore score of the first attempt, or null
	 * @param retakeScore score of the retake, or null
	 */
	public record Booking(UUID id, UUID sessionId, Subject subject, String status, @Nullable Integer firstScore,
			@Nullable Integer retakeScore) {
	}

}
