package org.cheguan.vehicles;

/** What a due inspection asks of the owner (domain-rules.md §3). */
public enum InspectionKind {

	/** Exempt from the station test (免检): the owner applies for the inspection sign online. */
	SIGN_ONLINE,

	/** A test at a vehicle testing station (上线检验). */
	STATION_TEST
}
