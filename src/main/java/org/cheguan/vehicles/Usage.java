package org.cheguan.vehicles;

/** Usage character (使用性质): it decides the inspection cycle and the single-ID service (domain-rules.md §2–3). */
public enum Usage {

	/** 非营运. */
	NON_COMMERCIAL,

	/** 营运. */
	COMMERCIAL
}
