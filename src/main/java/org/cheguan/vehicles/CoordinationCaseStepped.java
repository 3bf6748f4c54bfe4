package org.cheguan.vehicles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.jspecify.annotations.Nullable;

/**
 * A coordination case (协调工单) with another office moved one step; the citizen is told of every step
 * (notifications). Published in the transaction of the step.
 *
 * @param caseId the case
 * @param step sequence number of the step within the case, from 1
 * @param citizenId the owner whose transfer-in waits on the case
 * @param state the case's state after the step
 * @param vin the vehicle
 * @param originAuthority the origin office, e.g. 甘A
 * @param dueOn the case's working-day deadline
 * @param localPlate the local plate issued when the case resolved, else null
 * @param at when the step was taken
 */
public record CoordinationCaseStepped(UUID caseId, int step, CitizenId citizenId, CoordinationState state, String vin,
		String originAuthority, LocalDate dueOn, @Nullable String localPlate, Instant at) {
}
