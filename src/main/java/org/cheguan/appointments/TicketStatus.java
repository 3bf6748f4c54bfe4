package org.cheguan.appointments;

/** Where a queue ticket stands: waiting, called to a window, being served, completed, or called but not present. */
public enum TicketStatus {
	WAITING, CALLED, SERVING, COMPLETED, NO_SHOW
}
