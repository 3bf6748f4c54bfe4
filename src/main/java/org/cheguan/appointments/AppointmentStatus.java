package org.cheguan.appointments;

/** Where an appointment stands: booked, cancelled by the citizen or a clerk, attended (served), or missed. */
public enum AppointmentStatus {
	BOOKED, CANCELLED, ATTENDED, NO_SHOW
}
