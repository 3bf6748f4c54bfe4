package org.cheguan.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicBoolean;

import org.cheguan.platform.OfficeClock;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.WorkingCalendar;
import org.cheguan.vehicles.DemoVehicles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Generates the demo office's past month once, in the demo profile, before the web server starts: a lifecycle phase
 * below the web server's, so no request, health probe or readiness signal sees the office before its history is
 * complete (like the demo staff accounts, which exist before traffic too).
 *
 * <p>Honest timestamps come from walking the office clock: for every office day of the month the clock is moved to
 * the moments of that day (morning, mid-morning, afternoon, evening) and the business modules' own public services are
 * called; before each move every asynchronous event listener of the previous moment must have finished (the Modulith
 * event registry holds no incomplete publication), so service records, rating invitations, rollups and audit entries
 * are written at the moment they belong to. The clock is put back on system time at the end.
 *
 * <p>The demo citizens' four cars ({@link DemoVehicles#registerCars}) are registered by the walk at a moment before
 * its month, so that they are not today's services; when the history is disabled or did not reach them they are
 * registered at start-up instead, so they always exist.
 *
 * <p>Skipped when a {@code demo.history_run} row exists (a restart keeps the data) or when
 * {@code cheguan.demo.history.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "cheguan.demo", havingValue = "true")
@EnableConfigurationProperties(HistoryProperties.class)
class DemoHistory implements SmartLifecycle {

	/** Below the web server's start phase (Integer.MAX_VALUE - 2048): the history is done before traffic. */
	static final int PHASE = Integer.MAX_VALUE - 4096;

	/** When the demo cars are registered, office time of {@link #carsDay}. */
	static final LocalTime CARS_AT = LocalTime.of(10, 30);

	/** Longest wait for the listeners of one moment before the walk goes on anyway. */
	private static final Duration DRAIN_LIMIT = Duration.ofSeconds(60);

	private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

	private final HistoryProperties properties;

	private final HistoryGenerator generator;

	private final OfficeClock clock;

	private final JdbcClient jdbc;

	private final DemoVehicles cars;

	private final AtomicBoolean running = new AtomicBoolean();

	DemoHistory(HistoryProperties properties, HistoryGenerator generator, OfficeClock clock, JdbcClient jdbc,
			DemoVehicles cars) {
		this.properties = properties;
		this.generator = generator;
		this.clock = clock;
		this.jdbc = jdbc;
		this.cars = cars;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	@Override
	public boolean isRunning() {
		return running.get();
	}

	@Override
	public void stop() {
		running.set(false);
	}

	@Override
	public void start() {
		running.set(true);
		var today = OfficeTime.today(clock);
		try {
			history(today);
		}
		finally {
			// the documented demo cars exist whatever happened: registered in the past by the walk, else now (history
			// disabled, or a walk that failed before them); a car that exists is kept
			registerCars(today);
		}
	}

	private void history(LocalDate today) {
		if (!properties.enabled()) {
			log.info("Demo history disabled (cheguan.demo.history.enabled=false)");
			return;
		}
		var done = jdbc.sql("select count(*) from demo.history_run").query(Long.class).single();
		if (done > 0) {
			log.info("Demo history exists already: nothing generated");
			return;
		}
		try {
			generate(today);
		}
		catch (RuntimeException ex) {
			// the demo starts without its history rather than not at all (e.g. a date beyond the working calendar)
			log.warn("Demo history not generated: {}", ex.toString(), ex);
		}
		finally {
			generator.finish();
			clock.reset();
		}
	}

	private void registerCars(LocalDate today) {
		try {
			var registered = cars.registerCars(today);
			if (registered > 0) {
				log.info("Demo history: {} demo cars registered at {}", registered, clock.instant());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Demo cars not registered: {}", ex.toString());
		}
	}

	/**
	 * The day the demo cars were registered: the last working day before the history's first day, so that they are
	 * neither today's services nor part of the month the history rates (the same seed keeps the same month).
	 */
	static LocalDate carsDay(LocalDate first) {
		var calendar = WorkingCalendar.official();
		var day = first.minusDays(1);
		for (int back = 0; back < 14; back++, day = day.minusDays(1)) {
			boolean working;
			try {
				working = calendar.isWorkingDay(day);
			}
			catch (RuntimeException beyondTheCalendar) {
				working = day.getDayOfWeek().getValue() < 6;
			}
			if (working) {
				return day;
			}
		}
		return first.minusDays(1);
	}

	private void generate(LocalDate today) {
		var started = System.nanoTime();
		var first = today.minusDays(properties.days());
		var walk = new Walk(incompletePublications());
		// the demo citizens' cars, registered at a counter before the month begins (docs/demo.md)
		walk.at(carsDay(first), CARS_AT);
		registerCars(today);
		generator.prepare(walk, first, properties);
		log.info("Demo history: staff, citizens and outlets ready in {} ms", (System.nanoTime() - started) / 1_000_000);
		for (var day = first; day.isBefore(today); day = day.plusDays(1)) {
			generator.day(walk, day);
			var n = (int) java.time.temporal.ChronoUnit.DAYS.between(first, day) + 1;
			log.info("Demo history: day {}/{} ({}) done, {} so far, {} s", n, properties.days(), day,
					generator.counts().summary(), (System.nanoTime() - started) / 1_000_000_000);
		}
		walk.drain();
		clock.reset();
		var tookMs = (System.nanoTime() - started) / 1_000_000;
		var counts = generator.counts().summary();
		jdbc.sql("""
				insert into demo.history_run (seed, days, first_day, last_day, counts, took_ms, finished_at)
				values (:seed, :days, :first, :last, :counts, :took, :now)""")
			.param("seed", properties.seed())
			.param("days", properties.days())
			.param("first", first)
			.param("last", today.minusDays(1))
			.param("counts", counts)
			.param("took", tookMs)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		log.info("Demo history generated: {} days from {} in {} ms ({} moments, {} ms waiting for listeners): {}",
				properties.days(), first, tookMs, walk.moments, walk.drainNanos / 1_000_000, counts);
		generator.counts().firstRefusals().forEach((what, why) -> log.info("Demo history: first refusal of {}: {}", what, why));
	}

	private long incompletePublications() {
		return jdbc.sql("""
				select count(*) from platform.event_publication
				where completion_date is null and (status is null or status <> 'FAILED')""")
			.query(Long.class)
			.single();
	}

	/** Moves the office clock through the month, each move after the previous moment's listeners are done. */
	final class Walk {

		/** Incomplete publications before the walk began (an earlier run's leftovers): not waited for. */
		private final long before;

		Walk(long before) {
			this.before = before;
		}

		/** @return the office clock, for services that take explicit instants */
		Clock clock() {
			return clock;
		}

		/**
		 * Waits for the listeners, then sets the office clock to {@code time} of {@code day}.
		 *
		 * @param day an office date
		 * @param time an office time
		 */
		void at(LocalDate day, LocalTime time) {
			drain();
			clock.moveTo(day.atTime(time).atZone(OfficeTime.ZONE).toInstant());
		}

		/** Waits until every event publication is complete or failed (the Modulith registry's own table). */
		/** Time spent waiting for listeners, for the log. */
		long drainNanos;

		int moments;

		void drain() {
			var began = System.nanoTime();
			try {
				waitForListeners();
			}
			finally {
				drainNanos += System.nanoTime() - began;
				moments++;
			}
		}

		private void waitForListeners() {
			var deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
			while (System.nanoTime() < deadline) {
				var open = incompletePublications() - before;
				if (open <= 0) {
					return;
				}
				try {
					Thread.sleep(open > 50 ? 20 : 5);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
			log.warn("Demo history: event listeners still busy after {}; going on", DRAIN_LIMIT);
		}
	}
}
