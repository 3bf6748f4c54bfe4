package org.cheguan.ebikes;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local e-bike registration rules, configuration because the Wuhan/Hubei rules were not found (domain-rules.md §8):
 * a plate is {@link #platePrefix} followed by {@link #plateLength} characters of {@link #plateAlphabet}; an electronic
 * permit id is {@link #permitPrefix}, the registration year and ten random digits.
 *
 * @param platePrefix fixed start of every local e-bike plate (default 武汉)
 * @param plateLength characters after the prefix (default 6, 4–10)
 * @param plateAlphabet characters a plate may use after the prefix (default the ten digits)
 * @param permitPrefix start of every electronic permit id (default 4201EB, the city code and EB)
 */
@ConfigurationProperties("cheguan.ebikes")
public record EbikeProperties(@DefaultValue("武汉") String platePrefix, @DefaultValue("6") int plateLength,
		@DefaultValue("0123456789") String plateAlphabet, @DefaultValue("4201EB") String permitPrefix) {

	/** Checks the configuration at start-up. */
	public EbikeProperties {
		if (platePrefix.isBlank() || plateLength < 4 || plateLength > 10 || plateAlphabet.length() < 2
				|| permitPrefix.isBlank()) {
			throw new IllegalArgumentException("cheguan.ebikes: a prefix, 4-10 plate characters of at least two kinds and a permit prefix are needed");
		}
	}

	/**
	 * @param plate a plate number as typed
	 * @return whether it has the local format
	 */
	public boolean isLocalPlate(String plate) {
		if (!plate.startsWith(platePrefix)) {
			return false;
		}
		var rest = plate.substring(platePrefix.length());
		return rest.length() == plateLength && rest.chars().allMatch(c -> plateAlphabet.indexOf(c) >= 0);
	}
}
