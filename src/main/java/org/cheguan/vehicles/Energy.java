package org.cheguan.vehicles;

/** Energy (燃料种类): new-energy vehicles carry new-energy plates (GA 36-2018, domain-rules.md §4). */
public enum Energy {

	/** Petrol, diesel and other fuels. */
	FUEL,

	/** Pure electric, plug-in hybrid or fuel cell (新能源). */
	NEW_ENERGY
}
