package org.cheguan.licensing;

import java.time.LocalDate;
import java.util.UUID;

import org.cheguan.identity.CitizenId;

/**
 * Subject 1 was passed and the learner permit (学习驾驶证明) issued, valid 3 years capped at the class's age ceiling
 * (公安部令第162号).
 *
 * @param applicationId the application
 * @param citizenId the learner
 * @param issuedOn issue date
 * @param validThrough last valid day
 */
public record LearnerPermitIssued(UUID applicationId, CitizenId citizenId, LocalDate issuedOn, LocalDate validThrough) {
}
