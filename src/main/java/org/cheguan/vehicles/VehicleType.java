package org.cheguan.vehicles;

import org.cheguan.shared.PlateKind;

/**
 * Vehicle types (车辆类型, GA 802 families as far as this office needs them). The type decides the inspection cycle
 * (道路交通安全法实施条例 第十六条, domain-rules.md §3), which new-energy plate layout applies (GA 36-2018, §4) and whether
 * the single-ID service applies (公安部令第164号, §2).
 */
public enum VehicleType {

	/** 小型载客汽车: up to 9 seats. */
	SMALL_PASSENGER,

	/** 微型载客汽车. */
	MICRO_PASSENGER,

	/** 中型载客汽车. */
	MEDIUM_PASSENGER,

	/** 大型载客汽车. */
	LARGE_PASSENGER,

	/** 载货汽车. */
	TRUCK,

	/** 摩托车. */
	MOTORCYCLE,

	/** 拖拉机 and others: yearly inspection. */
	OTHER;

	/** @return whether this is a small or micro passenger car (小微型载客汽车) */
	public boolean smallOrMicroPassenger() {
		return this == SMALL_PASSENGER || this == MICRO_PASSENGER;
	}

	/**
	 * @param energy the vehicle's energy
	 * @return the plate layout it must carry: ordinary for fuel, new-energy small or large for new energy (GA 36-2018)
	 */
	public PlateKind plateKind(Energy energy) {
		if (energy == Energy.FUEL) {
			return PlateKind.ORDINARY;
		}
		return this == MEDIUM_PASSENGER || this == LARGE_PASSENGER || this == TRUCK ? PlateKind.NEW_ENERGY_LARGE
				: PlateKind.NEW_ENERGY_SMALL;
	}
}
