package org.cheguan.identity;

/**
 * Roles of the API contract. Staff hold one or more of the first five; {@link #CITIZEN} is the role of a citizen
 * signed in with a one-time code.
 */
public enum Role {

	/** Configures the office: venues, sessions, accounts, the demo clock. */
	ADMIN,
	/** Serves citizens at a window: accepts applications and registrations. */
	CLERK,
	/** Conducts exams and records results (考试员). */
	EXAMINER,
	/** Answers the 12123 hotline and handles tickets. */
	HOTLINE_AGENT,
	/** Reads reports, decides appeals and green-channel requests. */
	SUPERVISOR,
	/** A real-name citizen signed in with a one-time code. */
	CITIZEN;

	/** @return the Spring Security authority, {@code ROLE_<name>} */
	public String authority() {
		return "ROLE_" + name();
	}
}
