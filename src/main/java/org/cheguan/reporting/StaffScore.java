package org.cheguan.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The published score of the monthly review (月讲评) that ranks staff within a service-model category, 0 to 100 before
 * deductions:
 * <ul>
 * <li>volume, up to 30: 30 x services / the most services of anyone in the category;</li>
 * <li>satisfaction, up to 40: 40 x (B - 1) / 4, where B is the Bayesian average of the staff member's rating scores
 * shrunk towards the category mean m with a prior weight of {@value #PRIOR_WEIGHT} ratings,
 * B = (PRIOR_WEIGHT x m + sum of scores) / (PRIOR_WEIGHT + ratings), so that a handful of five-star ratings cannot
 * beat a long record;</li>
 * <li>commendations (表扬), {@value #POINTS_PER_COMMENDATION} points each, up to {@value #COMMENDATION_CAP};</li>
 * <li>deadline compliance, up to 20: 20 x deadlines met / deadlines due, where the deadlines are the hotline tickets
 * the member closed and the rectification steps (reply, rectification) of the member's bad ratings taken in the month
 * (evaluation's RectificationTerms); 20 when there were none;</li>
 * <li>minus {@value #POINTS_PER_BAD_RATING} points for each bad rating (差评).</li>
 * </ul>
 * Rounded half-up to two decimals. The weights are a product decision (issue 7), published in docs/reporting.md.
 */
public final class StaffScore {

	/** Prior weight of the Bayesian average, in ratings. */
	public static final int PRIOR_WEIGHT = 20;

	/** Points per commendation. */
	public static final int POINTS_PER_COMMENDATION = 2;

	/** Most points from commendations. */
	public static final int COMMENDATION_CAP = 10;

	/** Points deducted per bad rating. */
	public static final int POINTS_PER_BAD_RATING = 5;

	/** Ratings a service-model candidate needs at least. */
	public static final int CANDIDATE_MIN_RATINGS = 10;

	private StaffScore() {
	}

	/**
	 * @param ratings number of ratings
	 * @param scoreSum sum of their scores
	 * @param categoryMean mean score of the category (the prior)
	 * @return the shrunk average score, 1 to 5
	 */
	public static double bayesianAverage(long ratings, long scoreSum, double categoryMean) {
		return (PRIOR_WEIGHT * categoryMean + scoreSum) / (PRIOR_WEIGHT + ratings);
	}

	/**
	 * @param services services of the member
	 * @param maxServices most services of anyone in the category
	 * @param ratings ratings of the member
	 * @param scoreSum sum of their scores
	 * @param categoryMean mean score in the category
	 * @param commendations commendations credited
	 * @param badRatings bad ratings
	 * @param deadlines deadlines due: hotline tickets closed plus rectification steps taken
	 * @param deadlinesMet of which met (closed or taken on time)
	 * @return the score, two decimals
	 */
	public static BigDecimal score(long services, long maxServices, long ratings, long scoreSum, double categoryMean,
			long commendations, long badRatings, long deadlines, long deadlinesMet) {
		double volume = maxServices == 0 ? 0 : 30.0 * services / maxServices;
		double satisfaction = 40.0 * (bayesianAverage(ratings, scoreSum, categoryMean) - 1) / 4;
		double commended = Math.min(COMMENDATION_CAP, POINTS_PER_COMMENDATION * commendations);
		double compliance = deadlines == 0 ? 20 : 20.0 * deadlinesMet / deadlines;
		double total = volume + satisfaction + commended + compliance - POINTS_PER_BAD_RATING * badRatings;
		return BigDecimal.valueOf(total).setScale(2, RoundingMode.HALF_UP);
	}
}
