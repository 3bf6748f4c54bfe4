package org.cheguan.appointments;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo appointment slots ({@code cheguan.demo=true}): for every outlet with human windows, half-hour slots of
 * {@value #CAPACITY} seats for its most asked-for services, on the working days of the next {@value #PLAN_DAYS} days
 * from the office date, inside the outlet's opening hours (lunch and holidays left out by the outlets module). The
 * plan is extended at start and every minute, so it follows the demo clock; existing slots are kept.
 */
@Component
@ConditionalOnProperty(name = "cheguan.demo", havingValue = "true")
class DemoAppointmentSlots {

	static final int PLAN_DAYS = 14;

	static final int CAPACITY = 4;

	/** The services offered for booking in the demo, where the outlet accepts them. */
	static final List<String> SERVICES = List.of("VEHICLE_TRANSFER", "VEHICLE_REGISTRATION", "DL_RENEWAL",
			"DL_REPLACEMENT");

	private static final Logger log = LoggerFactory.getLogger(DemoAppointmentSlots.class);

	private final AppointmentBooking booking;

	private final OutletCheck outlets;

	private final Clock clock;

	private final TransactionTemplate transactions;

	DemoAppointmentSlots(AppointmentBooking booking, OutletCheck outlets, Clock clock,
			TransactionTemplate transactions) {
		this.booking = booking;
		this.outlets = outlets;
		this.clock = clock;
		this.transactions = transactions;
	}

	/** Once the application is ready, so that the demo outlets exist (they are generated at start-up). */
	@EventListener(ApplicationReadyEvent.class)
	void seedAtStart() {
		transactions.executeWithoutResult(status -> seed());
	}

	/** Keeps the plan {@value #PLAN_DAYS} days ahead of the office date, also after the demo clock moved. */
	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void extend() {
		var horizon = OfficeTime.today(clock).plusDays(PLAN_DAYS - 1).atStartOfDay(OfficeTime.ZONE).toInstant();
		var last = booking.lastDemoSlotStart();
		if (last.isEmpty() || last.get().isBefore(horizon)) {
			transactions.executeWithoutResult(status -> seed());
		}
	}

	void seed() {
		var calendar = WorkingCalendar.official();
		var today = OfficeTime.today(clock);
		var added = 0;
		for (var outlet : outlets.windowOutlets()) {
			var services = SERVICES.stream().filter(outlet.services()::contains).toList();
			for (int day = 0; day < PLAN_DAYS; day++) {
				var date = today.plusDays(day);
				if (!working(calendar, date)) {
					continue;
				}
				for (var start = LocalTime.of(9, 0); start.isBefore(LocalTime.of(17, 0)); start = start.plusMinutes(30)) {
					var startsAt = date.atTime(start).atZone(OfficeTime.ZONE).toInstant();
					var endsAt = startsAt.plusSeconds(30 * 60);
					if (!startsAt.isAfter(clock.instant()) || !outlets.isOpenAt(outlet.id(), startsAt)
							|| !outlets.isOpenAt(outlet.id(), endsAt.minusSeconds(60))) {
						continue;
					}
					for (var service : services) {
						if (booking.insertSlot(outlet.id(), service, startsAt, endsAt, CAPACITY, true).isPresent()) {
							added++;
						}
					}
				}
			}
		}
		if (added > 0) {
			log.info("Demo appointment slots: {} added for the next {} days", added, PLAN_DAYS);
		}
	}

	private static boolean working(WorkingCalendar calendar, LocalDate date) {
		try {
			return calendar.isWorkingDay(date);
		}
		catch (InvalidValue outsideTheNotices) {
			return date.getDayOfWeek().getValue() <= 5;
		}
	}
}
