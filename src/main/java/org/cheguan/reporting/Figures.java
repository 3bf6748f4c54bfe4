package org.cheguan.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * Summed rollup figures of some slice of a period: services, waits and ratings by level (1 to 5).
 *
 * @param services services rendered
 * @param waitSum minutes waited, summed over the services whose wait is known
 * @param waitCount services whose wait is known
 * @param rating1 ratings of 1 (非常不满意)
 * @param rating2 ratings of 2 (不满意)
 * @param rating3 ratings of 3 (基本满意)
 * @param rating4 ratings of 4 (满意)
 * @param rating5 ratings of 5 (非常满意)
 */
public record Figures(long services, long waitSum, long waitCount, long rating1, long rating2, long rating3,
		long rating4, long rating5) {

	/** No figures. */
	public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0);

	/** @return all ratings */
	public long ratings() {
		return rating1 + rating2 + rating3 + rating4 + rating5;
	}

	/** @return ratings of 2 or less (差评, RatingLevel.BAD_RATING_MAX) */
	public long badRatings() {
		return rating1 + rating2;
	}

	/** @return sum of the scores */
	public long scoreSum() {
		return rating1 + 2 * rating2 + 3 * rating3 + 4 * rating4 + 5 * rating5;
	}

	/** @return share of ratings 3 to 5 (满意率, 51号: 基本满意 and better), four decimals, or null without ratings */
	public @Nullable BigDecimal satisfactionRate() {
		return share(rating3 + rating4 + rating5, ratings());
	}

	/** @return share of ratings 4 and 5, four decimals, or null without ratings */
	public @Nullable BigDecimal satisfied45Rate() {
		return share(rating4 + rating5, ratings());
	}

	/** @return mean wait in minutes, two decimals, or null when no wait is known */
	public @Nullable BigDecimal averageWaitMinutes() {
		return waitCount == 0 ? null
				: BigDecimal.valueOf(waitSum).divide(BigDecimal.valueOf(waitCount), 2, RoundingMode.HALF_UP);
	}

	/**
	 * @param other more figures
	 * @return the sum
	 */
	public Figures plus(Figures other) {
		return new Figures(services + other.services, waitSum + other.waitSum, waitCount + other.waitCount,
				rating1 + other.rating1, rating2 + other.rating2, rating3 + other.rating3, rating4 + other.rating4,
				rating5 + other.rating5);
	}

	static @Nullable BigDecimal share(long part, long whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
	}
}
