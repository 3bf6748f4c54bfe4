package org.cheguan.evaluation;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A citizen's rating of one service.
 *
 * @param score overall satisfaction (整体满意度), 1 to 5 ({@link RatingLevel})
 * @param dimensions optional scores 1 to 5 of the dimensions rated for the service's channel ({@link Dimension})
 * @param comment optional comment, at most {@value #MAX_COMMENT} characters
 * @param anonymous true when the citizen does not want to be named; a named bad rating always gets a return visit
 */
public record NewRating(int score, Map<Dimension, Integer> dimensions, @Nullable String comment, boolean anonymous) {

	/** Longest comment, in characters. */
	public static final int MAX_COMMENT = 500;

	/** Copies the dimensions and strips the comment. */
	public NewRating {
		dimensions = Map.copyOf(dimensions);
		comment = comment == null || comment.isBlank() ? null : comment.strip();
	}
}
