package org.cheguan.evaluation;

import java.time.LocalDate;
import java.util.UUID;

import org.cheguan.transactions.ServiceType;
import org.cheguan.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * A citizen rated a service (好差评). Published once per rating, in its transaction; {@code reporting} counts it.
 *
 * @param ratingId the rating
 * @param serviceRecordId the service rated
 * @param score 1 to 5; 2 or less is a bad rating
 * @param serviceType the business type
 * @param channel how the service was rendered
 * @param outletId where, or null
 * @param department the department that served
 * @param staffUsername who served, or null
 * @param givenOn office date of the rating
 */
public record RatingGiven(UUID ratingId, UUID serviceRecordId, int score, ServiceType serviceType, Channel channel,
		@Nullable UUID outletId, String department, @Nullable String staffUsername, LocalDate givenOn) {
}
