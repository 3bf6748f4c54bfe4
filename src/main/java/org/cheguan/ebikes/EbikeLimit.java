package org.cheguan.ebikes;

/**
 * The technical limits of GB 17761 checked at registration (domain-rules.md §8). Which value each limit has depends on
 * the {@link EbikeStandard}; see {@link EbikeRules}.
 */
public enum EbikeLimit {

	/** Maximum design speed, km/h (最高设计车速). */
	MAX_SPEED("km/h"),

	/** Complete vehicle mass with battery, kg (整车质量). */
	MASS("kg"),

	/** Battery nominal voltage, V (蓄电池标称电压). */
	BATTERY_VOLTAGE("V"),

	/** Motor rated continuous output power, W (电动机额定连续输出功率). */
	MOTOR_POWER("W"),

	/** Pedals, i.e. the ability to be ridden by pedalling (脚踏骑行能力). */
	PEDALS(null),

	/** CCC certification and a certificate of conformity (强制性产品认证, 产品合格证). */
	CERTIFICATE(null);

	private final @org.jspecify.annotations.Nullable String unit;

	EbikeLimit(@org.jspecify.annotations.Nullable String unit) {
		this.unit = unit;
	}

	/** @return the unit of the limit's value, or null for a yes/no requirement */
	public @org.jspecify.annotations.Nullable String unit() {
		return unit;
	}
}
