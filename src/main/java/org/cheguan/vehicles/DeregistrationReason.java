package org.cheguan.vehicles;

/** Why a vehicle is deregistered (注销登记, 公安部令第164号). */
public enum DeregistrationReason {

	/** 报废: handed to a scrapping enterprise. */
	SCRAPPED,
	/** 灭失: destroyed or lost. */
	DESTROYED,
	/** 退车: returned to the seller. */
	RETURNED,
	/** 出境: leaves the country. */
	EXPORTED
}
