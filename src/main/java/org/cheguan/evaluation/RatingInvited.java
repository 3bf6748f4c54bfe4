package org.cheguan.evaluation;

import java.util.UUID;

import org.cheguan.identity.CitizenId;

/**
 * A citizen is invited to rate a service through a one-time link. Published synchronously in the invitation's
 * transaction for {@code notifications} to queue the SMS; it is not stored by the event registry, and the token in
 * the link is kept only hashed by {@code evaluation}.
 *
 * @param serviceRecordId the service to rate
 * @param citizenId the citizen served
 * @param serviceName the service's Chinese name
 * @param link the one-time link: a GET shows the form, only a POST records
 */
public record RatingInvited(UUID serviceRecordId, CitizenId citizenId, String serviceName, String link) {
}
