package org.cheguan.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.StateChanged;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demo only ({@code cheguan.demo=true}): {@code PUT /api/v1/admin/clock {instant}} moves the application clock so a
 * story that spans a week (a coordination case, a rectification deadline) can be shown in minutes; {@code DELETE}
 * puts it back on system time. Outside the demo profile this controller does not exist (404).
 */
@RestController
@RequestMapping("/api/v1/admin/clock")
@ConditionalOnProperty(name = "cheguan.demo", havingValue = "true")
class DemoClockController {

	private final OfficeClock clock;

	private final ApplicationEventPublisher events;

	DemoClockController(OfficeClock clock, ApplicationEventPublisher events) {
		this.clock = clock;
		this.events = events;
	}

	@GetMapping
	ClockView read() {
		return view();
	}

	@PutMapping
	@Transactional
	ClockView move(@Valid @RequestBody MoveClock request) {
		var year = request.instant().atZoneSameInstant(OfficeTime.ZONE).getYear();
		if (year < 2000 || year > 2099) {
			// dates outside this range would be written into records that outlive the demo
			throw new InvalidValue(InvalidValue.VALIDATION, "problem.clock.range", null);
		}
		var before = clock.instant();
		clock.moveTo(request.instant().toInstant());
		events.publishEvent(new StateChanged("platform.clock.moved", "clock", "application", before.toString(),
				request.instant().toInstant().toString()));
		return view();
	}

	@DeleteMapping
	@Transactional
	ClockView reset() {
		var before = clock.instant();
		clock.reset();
		events.publishEvent(new StateChanged("platform.clock.reset", "clock", "application", before.toString(),
				"system time"));
		return view();
	}

	private ClockView view() {
		var now = clock.instant();
		return new ClockView(now, OfficeTime.ZONE.getId(), LocalDate.ofInstant(now, OfficeTime.ZONE));
	}

	record MoveClock(@NotNull OffsetDateTime instant) {
	}

	record ClockView(Instant instant, String zone, LocalDate officeDate) {
	}
}
