package org.cheguan.ebikes;

/**
 * The traction battery's chemistry, which decides the mass limit under GB 17761-2024 (lead-acid bikes may weigh up to
 * 63 kg, all others 55 kg).
 */
public enum BatteryType {

	/** 铅酸蓄电池. */
	LEAD_ACID,

	/** 锂离子蓄电池. */
	LITHIUM_ION,

	/** Any other chemistry (e.g. sodium-ion); held to the general limits. */
	OTHER
}
