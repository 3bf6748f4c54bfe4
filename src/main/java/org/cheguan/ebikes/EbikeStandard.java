package org.cheguan.ebikes;

import java.time.LocalDate;

/**
 * The national e-bike safety standard a bike is checked against (domain-rules.md §8): GB 17761-2018 for bikes made
 * before 2025-09-01, GB 17761-2024 (published 2024-12-31, in force 2025-09-01, replacing the 2018 version) for bikes
 * made on or after that day.
 */
public enum EbikeStandard {

	/** 《电动自行车安全技术规范》 GB 17761-2018. */
	GB_17761_2018("GB 17761-2018"),

	/** 《电动自行车安全技术规范》 GB 17761-2024, in force 2025-09-01. */
	GB_17761_2024("GB 17761-2024");

	/** First manufacture date checked against GB 17761-2024. */
	public static final LocalDate GB_17761_2024_IN_FORCE = LocalDate.of(2025, 9, 1);

	private final String code;

	EbikeStandard(String code) {
		this.code = code;
	}

	/** @return the standard's designation, e.g. {@code GB 17761-2024} */
	public String code() {
		return code;
	}

	/**
	 * @param manufacturedOn the bike's manufacture date (from its certificate of conformity)
	 * @return the standard in force on that date: GB 17761-2018 before 2025-09-01, GB 17761-2024 from that day on
	 */
	public static EbikeStandard forManufactureDate(LocalDate manufacturedOn) {
		return manufacturedOn.isBefore(GB_17761_2024_IN_FORCE) ? GB_17761_2018 : GB_17761_2024;
	}
}
