package org.cheguan.licensing;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import org.cheguan.outlets.Districts;
import org.cheguan.shared.DistrictCode;
import org.cheguan.shared.GeoPoint;
import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo exam plan ({@code cheguan.demo=true}): the two venues the seed names, 南湖考场 and 白沙洲考场 (locations
 * approximate), and one generated venue in each other district, marked as demo data; and a weekly plan for the
 * next {@value #PLAN_DAYS} days from the office date, weekends included (the seed's Sunday exam), public holidays
 * excluded. The plan is extended at start and every minute; existing sessions are kept.
 */
@Component
@ConditionalOnProperty(name = "cheguan.demo", havingValue = "true")
class DemoExamPlan implements SmartInitializingSingleton {

	static final int PLAN_DAYS = 28;

	private static final Logger log = LoggerFactory.getLogger(DemoExamPlan.class);

	private final ExamPlan plan;

	private final Districts districts;

	private final Clock clock;

	private final TransactionTemplate transactions;

	DemoExamPlan(ExamPlan plan, Districts districts, Clock clock, TransactionTemplate transactions) {
		this.plan = plan;
		this.districts = districts;
		this.clock = clock;
		this.transactions = transactions;
	}

	@Override
	public void afterSingletonsInstantiated() {
		transactions.executeWithoutResult(status -> seed());
	}

	/**
	 * Keeps the demo plan {@value #PLAN_DAYS} days ahead of the office date, also after the demo clock was moved
	 * forward (a clerk walking an applicant through Subject 3, a month after Subject 1).
	 */
	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void extend() {
		var horizon = OfficeTime.today(clock).plusDays(PLAN_DAYS);
		var planned = plan.sessions(null, horizon, horizon, null, 0, 1);
		if (planned.isEmpty()) {
			transactions.executeWithoutResult(status -> seed());
		}
	}

	void seed() {
		var all = EnumSet.allOf(Subject.class);
		plan.addVenue("南湖考场", DistrictCode.of("420111"), GeoPoint.of(30.4980, 114.3300), all, false);
		plan.addVenue("白沙洲考场", DistrictCode.of("420111"), GeoPoint.of(30.4790, 114.2960), all, false);
		for (var district : districts.all()) {
			if (district.code().value().equals("420111")) {
				continue;
			}
			var subjects = district.kind() == org.cheguan.outlets.District.Kind.NEW
					? EnumSet.of(Subject.SUBJECT_1, Subject.SUBJECT_2, Subject.SUBJECT_3, Subject.SUBJECT_4)
					: EnumSet.of(Subject.SUBJECT_1, Subject.SUBJECT_4);
			plan.addVenue("演示考场（" + district.name() + "）", district.code(), district.centroid(), subjects, true);
		}
		var calendar = WorkingCalendar.official();
		var today = OfficeTime.today(clock);
		var added = 0;
		for (var venue : plan.venues()) {
			for (int day = 1; day <= PLAN_DAYS; day++) {
				var date = today.plusDays(day);
				if (holiday(calendar, date)) {
					continue;
				}
				for (var slot : slots(date)) {
					if (venue.subjects().contains(slot.subject())
							&& plan.insertSession(venue.id(), slot.subject(), date, slot.start(), slot.capacity())
								.isPresent()) {
						added++;
					}
				}
			}
		}
		if (added > 0) {
			log.info("Demo exam plan: {} venues, {} sessions added for the next {} days", plan.venues().size(), added,
					PLAN_DAYS);
		}
	}

	private static boolean holiday(WorkingCalendar calendar, LocalDate date) {
		try {
			return calendar.isHoliday(date);
		}
		catch (InvalidValue outsideTheNotices) {
			return false;
		}
	}

	/** Theory tests on weekdays; site and road tests every day, Sundays included; Subject 4 on weekdays. */
	private static List<Slot> slots(LocalDate date) {
		var weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
		if (weekend) {
			return List.of(new Slot(Subject.SUBJECT_2, LocalTime.of(8, 30), 30),
					new Slot(Subject.SUBJECT_3, LocalTime.of(8, 30), 20));
		}
		return List.of(new Slot(Subject.SUBJECT_1, LocalTime.of(9, 0), 100),
				new Slot(Subject.SUBJECT_1, LocalTime.of(14, 0), 100),
				new Slot(Subject.SUBJECT_2, LocalTime.of(8, 30), 40),
				new Slot(Subject.SUBJECT_2, LocalTime.of(13, 30), 40),
				new Slot(Subject.SUBJECT_3, LocalTime.of(8, 30), 30),
				new Slot(Subject.SUBJECT_4, LocalTime.of(10, 0), 100));
	}

	private record Slot(Subject subject, LocalTime start, int capacity) {
	}
}
