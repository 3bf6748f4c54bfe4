package org.cheguan.appointments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.ResidentIdNumber;
import org.jspecify.annotations.Nullable;

/**
 * The rules of appointments and walk-in queue tickets, as plain Java.
 *
 * <ul>
 * <li>An appointment may be changed (rescheduled) at most {@value #MAX_CHANGES} times; a third change is refused
 * ({@link #RULE_CHANGES}, a product decision of issue 5, item 7).</li>
 * <li>Queue numbers count per outlet, office day and prefix. The office day is the date in Asia/Shanghai, so the
 * numbering does not restart when the UTC date changes at 08:00 local time, and does restart at local midnight
 * ({@link #officeDate(Instant)}).</li>
 * <li>Citizens aged {@value #PRIORITY_AGE} or over on the office date are called first at the human windows: the seed
 * keeps human windows at the office for elderly citizens (适老化, seed report; glossary: service window), and the
 * age is read from the birth date in the resident ID number (GB 11643-1999) ({@link #RULE_PRIORITY}).</li>
 * <li>Enterprise batch business has its own window and lane, prefix {@value #ENTERPRISE_PREFIX} (seed report: 设置专项窗口,
 * 保障企业高效办理批量业务).</li>
 * </ul>
 */
public final class QueueRules {

	/** Reschedules allowed per appointment. */
	public static final int MAX_CHANGES = 2;

	/** Source of the change limit (issue 5, item 7). */
	public static final String RULE_CHANGES = "cheguan-appointments-max-changes";

	/** Age from which a citizen is called first at a human window. */
	public static final int PRIORITY_AGE = 70;

	/** Source of the elderly priority (seed report, age-friendly service; issue 5, item 8). */
	public static final String RULE_PRIORITY = "cheguan-queue-elderly-priority";

	/** Source of the slot rules: a slot of the outlet's services, inside its opening hours, in the future. */
	public static final String RULE_SLOT = "cheguan-appointments-slot";

	/** Prefix of enterprise batch tickets. */
	public static final String ENTERPRISE_PREFIX = "Q";

	private QueueRules() {
	}

	/**
	 * @param instant an instant
	 * @return the office day it belongs to: its date in Asia/Shanghai (the UTC date changes at 08:00 local)
	 */
	public static LocalDate officeDate(Instant instant) {
		return LocalDate.ofInstant(instant, OfficeTime.ZONE);
	}

	/**
	 * @param idNumber the citizen's ID number, or null when the ticket is anonymous
	 * @param officeDate the office day of the ticket
	 * @return whether the ticket is called first at a human window: the holder is {@value #PRIORITY_AGE} or older
	 */
	public static boolean priority(@Nullable ResidentIdNumber idNumber, LocalDate officeDate) {
		if (idNumber == null || officeDate.isBefore(idNumber.birthDate())) {
			return false;
		}
		return idNumber.ageOn(officeDate) >= PRIORITY_AGE;
	}

	/** The business-type code of enterprise batch business (outlets' catalogue). */
	public static final String ENTERPRISE_BATCH = "ENTERPRISE_BATCH";

	/**
	 * The lane of a ticket: enterprise batch business always goes to the enterprise window.
	 *
	 * @param service a business-type code
	 * @param requested the lane asked for
	 * @return the lane
	 */
	public static TicketLane lane(String service, TicketLane requested) {
		return ENTERPRISE_BATCH.equals(service) ? TicketLane.ENTERPRISE : requested;
	}

	/**
	 * The letter a ticket number starts with: {@value #ENTERPRISE_PREFIX} in the enterprise lane; otherwise by the
	 * family of the business-type code (outlets' catalogue, docs/outlets.md): driving licences ({@code DL_*}) B,
	 * e-bikes C, medical checks and photos D, vehicles and everything else A.
	 *
	 * @param service a business-type code
	 * @param lane the lane
	 * @return one capital letter
	 */
	public static String prefix(String service, TicketLane lane) {
		if (lane == TicketLane.ENTERPRISE) {
			return ENTERPRISE_PREFIX;
		}
		if (service.startsWith("DL_")) {
			return "B";
		}
		if (service.startsWith("EBIKE_")) {
			return "C";
		}
		if (service.equals("MEDICAL_CHECK") || service.equals("PHOTO")) {
			return "D";
		}
		return "A";
	}

	/**
	 * @param prefix the prefix
	 * @param number the number, 1 or more
	 * @return the number as called and printed, e.g. {@code A001}; four digits and more after 999
	 */
	public static String display(String prefix, int number) {
		return prefix + String.format(Locale.ROOT, "%03d", number);
	}

	/**
	 * @param changesSoFar reschedules already made
	 * @return whether one more is allowed
	 */
	public static boolean mayChange(int changesSoFar) {
		return changesSoFar < MAX_CHANGES;
	}
}
