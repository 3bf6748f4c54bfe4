package org.cheguan.evaluation;

import java.util.EnumSet;
import java.util.Set;

import org.cheguan.shared.Channel;

/**
 * The dimensions rated besides overall satisfaction (整体满意度, the rating's score), as the source lists them
 * (domain-rules.md §7, single source): offline 服务效率, 服务水平, 服务态度; online 办事效率, 办事指南精确度, 办事便捷度,
 * 平台操作性. Each is optional and scored 1 to 5.
 */
public enum Dimension {

	/** 服务效率 / 办事效率. */
	EFFICIENCY("服务效率", "Efficiency"),
	/** 服务水平. */
	COMPETENCE("服务水平", "Competence"),
	/** 服务态度. */
	ATTITUDE("服务态度", "Attitude"),
	/** 办事指南精确度. */
	GUIDE_ACCURACY("办事指南精确度", "Accuracy of the guide"),
	/** 办事便捷度. */
	CONVENIENCE("办事便捷度", "Convenience"),
	/** 平台操作性. */
	USABILITY("平台操作性", "Ease of use of the platform");

	private final String chineseName;

	private final String englishName;

	Dimension(String chineseName, String englishName) {
		this.chineseName = chineseName;
		this.englishName = englishName;
	}

	/** @return the Chinese name */
	public String chineseName() {
		return chineseName;
	}

	/** @return the English name */
	public String englishName() {
		return englishName;
	}

	/** @return the column that stores it */
	String column() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * @param channel how the citizen was served
	 * @return the dimensions rated for it: the online list for services online, the offline list otherwise
	 */
	public static Set<Dimension> forChannel(Channel channel) {
		return channel == Channel.ONLINE ? EnumSet.of(EFFICIENCY, GUIDE_ACCURACY, CONVENIENCE, USABILITY)
				: EnumSet.of(EFFICIENCY, COMPETENCE, ATTITUDE);
	}
}
