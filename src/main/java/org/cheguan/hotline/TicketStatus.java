package org.cheguan.hotline;

/** Where a ticket stands. Open311 shows OPEN and IN_PROGRESS as {@code open}, CLOSED as {@code closed}. */
public enum TicketStatus {

	/** Received, not yet taken up by the department. */
	OPEN,

	/** Taken up (accepted, transferred, progress reported or reopened). */
	IN_PROGRESS,

	/** Answered and closed; the caller was told. */
	CLOSED;

	/** @return the Open311 status: {@code open} or {@code closed} */
	public String open311() {
		return this == CLOSED ? "closed" : "open";
	}
}
