package org.cheguan.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The office's time zone. Every office date (a deadline, an exam day, a working day) is computed in Asia/Shanghai,
 * whatever the zone of the JVM or the database (api-contract.md, Conventions).
 */
public final class OfficeTime {

	/** Asia/Shanghai (UTC+8, no daylight saving). */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private OfficeTime() {
	}

	/**
	 * The office date now.
	 *
	 * @param clock the application clock
	 * @return today's date in Asia/Shanghai
	 */
	public static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), ZONE);
	}
}
