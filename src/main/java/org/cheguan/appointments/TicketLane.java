package org.cheguan.appointments;

/** Which windows call a ticket: the ordinary human windows, or the enterprise batch window. */
public enum TicketLane {

	/** Human windows; citizens aged 70 or over are called first. */
	GENERAL,

	/** The enterprise batch window (专项窗口), in order of issue. */
	ENTERPRISE
}
