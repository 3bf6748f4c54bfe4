package org.cheguan.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.cheguan.shared.OfficeTime;

/**
 * The application clock: the system clock in the office's zone ({@link OfficeTime#ZONE}, Asia/Shanghai), shifted by
 * an offset that only the demo profile may change ({@code PUT /api/v1/admin/clock}), with microsecond resolution.
 * Every business date and deadline
 * reads this clock, never {@code Instant.now()}, so that a test can stand on any day whatever the JVM's own zone.
 */
public final class OfficeClock extends Clock {

	private final Clock system;

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	OfficeClock(Clock system) {
		this.system = system.withZone(OfficeTime.ZONE);
	}

	@Override
	public ZoneId getZone() {
		return OfficeTime.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(system, offset.get()).withZone(zone);
	}

	/**
	 * @return now, to the microsecond: PostgreSQL keeps timestamps to the microsecond, so an instant taken here is
	 *         exactly the one read back after it is stored (an answer and a later read never differ)
	 */
	@Override
	public Instant instant() {
		return system.instant().plus(offset.get()).truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * Moves the clock so that it reads {@code instant} now and keeps ticking from there. Demo profile only: the demo
	 * clock endpoint and the demo history (org.cheguan.demo), which walks the clock through the past month at start.
	 *
	 * @param instant the instant the clock should read now
	 */
	public void moveTo(Instant instant) {
		offset.set(Duration.between(system.instant(), instant));
	}

	/** Puts the clock back on system time (demo profile only, like {@link #moveTo}). */
	public void reset() {
		offset.set(Duration.ZERO);
	}
}
