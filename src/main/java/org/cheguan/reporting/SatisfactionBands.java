package org.cheguan.reporting;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The colour bands of the district map by satisfaction rate (满意率, ratings 3 to 5 over all ratings). Satisfaction
 * rates of an office sit mostly above 90 %, so equal fifths of 0 to 100 % would paint every district alike: the bands
 * are below 80 %, 80 to 90 %, 90 to 95 %, 95 to 98 % and 98 % or more (lower bound included), on a sequential blue
 * scale (ColorBrewer Blues, readable by colour-blind readers) where darker is better. A district without ratings has
 * no band (no data).
 */
public final class SatisfactionBands {

	/**
	 * One band of the legend.
	 *
	 * @param band 0 for the lowest
	 * @param from lowest rate of the band, included
	 * @param to highest rate of the band, excluded (1 included for the last)
	 * @param colour fill colour, CSS hex
	 */
	public record Band(int band, BigDecimal from, BigDecimal to, String colour) {
	}

	/** The bands, lowest first. */
	public static final List<Band> BANDS = List.of(
			new Band(0, new BigDecimal("0"), new BigDecimal("0.80"), "#eff3ff"),
			new Band(1, new BigDecimal("0.80"), new BigDecimal("0.90"), "#bdd7e7"),
			new Band(2, new BigDecimal("0.90"), new BigDecimal("0.95"), "#6baed6"),
			new Band(3, new BigDecimal("0.95"), new BigDecimal("0.98"), "#3182bd"),
			new Band(4, new BigDecimal("0.98"), new BigDecimal("1"), "#08519c"));

	/** Fill of a district without ratings (no data): light grey, hatched on the page. */
	public static final String NO_DATA = "#d9d9d9";

	private SatisfactionBands() {
	}

	/**
	 * @param rate a satisfaction rate 0 to 1, or null without ratings
	 * @return its band 0 to 4, or null without ratings
	 */
	public static @Nullable Integer of(@Nullable BigDecimal rate) {
		if (rate == null) {
			return null;
		}
		for (int i = BANDS.size() - 1; i > 0; i--) {
			if (rate.compareTo(BANDS.get(i).from()) >= 0) {
				return i;
			}
		}
		return 0;
	}

	/**
	 * @param band a band, or null
	 * @return its colour, or {@link #NO_DATA}
	 */
	public static String colour(@Nullable Integer band) {
		return band == null ? NO_DATA : BANDS.get(band).colour();
	}
}
