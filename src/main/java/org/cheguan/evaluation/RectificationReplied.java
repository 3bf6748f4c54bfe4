package org.cheguan.evaluation;

import java.time.LocalDate;
import java.util.UUID;

import org.cheguan.identity.CitizenId;

/**
 * A bad rating was verified and the office replied (核实答复, the feedback step of 国办发〔2019〕51号). Published
 * synchronously in the reply's transaction, only for a named rater, so that {@code notifications} queues the SMS with
 * it.
 *
 * @param rectificationId the rectification
 * @param citizenId the rater
 * @param reply the reply, at most 40 characters (an SMS is short)
 * @param rectifyDueOn the last day to rectify
 */
public record RectificationReplied(UUID rectificationId, CitizenId citizenId, String reply, LocalDate rectifyDueOn) {
}
