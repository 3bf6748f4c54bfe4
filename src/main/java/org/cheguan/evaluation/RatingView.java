package org.cheguan.evaluation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored rating, as its rater and supervisors see it (the rater's identity is not in it).
 *
 * @param id the rating
 * @param serviceRecordId the service rated
 * @param score 1 to 5
 * @param level the level's code
 * @param dimensions the dimension scores given
 * @param comment the comment, or null
 * @param named whether the rater agreed to be named
 * @param bad whether it is a bad rating (差评)
 * @param givenAt when it was given
 * @param rectificationId the rectification it opened, or null
 */
public record RatingView(UUID id, UUID serviceRecordId, int score, RatingLevel level, Map<Dimension, Integer> dimensions,
		@Nullable String comment, boolean named, boolean bad, Instant givenAt, @Nullable UUID rectificationId) {
}
