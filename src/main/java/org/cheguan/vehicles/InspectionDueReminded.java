package org.cheguan.vehicles;

import java.time.LocalDate;

import org.cheguan.identity.CitizenId;

/**
 * The owner is to be reminded that the inspection validity ends within 3 months (domain-rules.md §3). Published once
 * per vehicle and due date by the reminder scan (its table's primary key makes the scan idempotent).
 *
 * @param vin the vehicle
 * @param plate its plate
 * @param citizenId the owner
 * @param dueOn last day of the inspection validity
 * @param kind sign online or station test
 */
public record InspectionDueReminded(String vin, String plate, CitizenId citizenId, LocalDate dueOn,
		InspectionKind kind) {
}
