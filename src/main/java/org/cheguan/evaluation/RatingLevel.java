package org.cheguan.evaluation;

/**
 * The five levels of a rating (国办发〔2019〕51号; GB/T 39734-2020): 非常满意 (5) to 非常不满意 (1). The last two are bad
 * ratings (差评) and open a rectification (domain-rules.md §7).
 */
public enum RatingLevel {

	/** 非常不满意, 1. */
	VERY_DISSATISFIED(1, "非常不满意", "Very dissatisfied"),
	/** 不满意, 2. */
	DISSATISFIED(2, "不满意", "Dissatisfied"),
	/** 基本满意, 3. */
	BASICALLY_SATISFIED(3, "基本满意", "Basically satisfied"),
	/** 满意, 4. */
	SATISFIED(4, "满意", "Satisfied"),
	/** 非常满意, 5. */
	VERY_SATISFIED(5, "非常满意", "Very satisfied");

	/** Scores up to this one are bad ratings (差评): 不满意 and 非常不满意 (domain-rules.md §7, confirmed). */
	public static final int BAD_RATING_MAX = 2;

	private final int score;

	private final String chineseName;

	private final String englishName;

	RatingLevel(int score, String chineseName, String englishName) {
		this.score = score;
		this.chineseName = chineseName;
		this.englishName = englishName;
	}

	/** @return the score, 1 to 5 */
	public int score() {
		return score;
	}

	/** @return the Chinese name */
	public String chineseName() {
		return chineseName;
	}

	/** @return the English name */
	public String englishName() {
		return englishName;
	}

	/** @return whether this is a bad rating (差评) */
	public boolean isBad() {
		return score <= BAD_RATING_MAX;
	}

	/**
	 * @param score 1 to 5
	 * @return the level
	 * @throws org.cheguan.shared.InvalidValue ({@code validation}) outside 1 to 5
	 */
	public static RatingLevel of(int score) {
		for (var level : values()) {
			if (level.score == score) {
				return level;
			}
		}
		throw new org.cheguan.shared.InvalidValue(org.cheguan.shared.InvalidValue.VALIDATION,
				"evaluation.rating.score", null, score);
	}
}
