package org.cheguan.evaluation;

import java.util.UUID;

import org.cheguan.identity.CitizenId;

/**
 * A citizen who has not rated a service is reminded, once, a few days after its completion (default 3,
 * {@code cheguan.evaluation.reminder-after-days}), with a fresh one-time link. Published synchronously in the
 * reminder's transaction for {@code notifications} to queue the SMS, like {@link RatingInvited}; not stored by the
 * event registry, and the token in the link is kept only hashed.
 *
 * @param serviceRecordId the service to rate
 * @param citizenId the citizen served
 * @param serviceName the service's Chinese name
 * @param link the one-time link: a GET shows the form, only a POST records
 */
public record RatingReminded(UUID serviceRecordId, CitizenId citizenId, String serviceName, String link) {
}
