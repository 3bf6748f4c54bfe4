package org.cheguan.outlets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDateTime;
import java.time.LocalTime;

import org.cheguan.shared.WorkingCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Opening hours across lunch, Saturdays, public holidays and make-up working days (issue 5, item 10), with the demo
 * network's hours per kind and the official 2026 calendar: 2026-12-02 is an ordinary Wednesday, 2026-12-05 an
 * ordinary Saturday, 2026-10-01 (Thursday) and 2026-10-03 (Saturday) National Day holidays, 2026-10-10 (Saturday) and
 * 2026-09-20 (Sunday) make-up working days, 2026-12-06 an ordinary Sunday.
 */
class OpeningHoursTests {

	static final WorkingCalendar calendar = WorkingCalendar.official();

	@ParameterizedTest(name = "{0} at {1} → {2}")
	@CsvSource({
			// postal: weekdays 08:30–17:30, lunch break 12:00–13:30, no Saturday
			"POSTAL, 2026-12-02T08:29, false", "POSTAL, 2026-12-02T08:30, true", "POSTAL, 2026-12-02T11:59, true",
			"POSTAL, 2026-12-02T12:00, false", "POSTAL, 2026-12-02T13:29, false", "POSTAL, 2026-12-02T13:30, true",
			"POSTAL, 2026-12-02T17:29, true", "POSTAL, 2026-12-02T17:30, false", "POSTAL, 2026-12-05T10:00, false",
			"POSTAL, 2026-10-01T10:00, false", "POSTAL, 2026-10-10T10:00, true", "POSTAL, 2026-10-10T12:30, false",
			"POSTAL, 2026-09-20T10:00, true", "POSTAL, 2026-12-06T10:00, false",
			// branch office: lunch-time service (午间延时服务), weekdays only
			"BRANCH_OFFICE, 2026-12-02T12:30, true", "BRANCH_OFFICE, 2026-12-05T12:30, false",
			"BRANCH_OFFICE, 2026-10-01T12:30, false", "BRANCH_OFFICE, 2026-10-10T12:30, true",
			// testing station: Saturday service 08:30–17:00 with lunch 12:00–13:00, not on a holiday Saturday
			"TESTING_STATION, 2026-12-05T09:00, true", "TESTING_STATION, 2026-12-05T12:30, false",
			"TESTING_STATION, 2026-12-05T17:00, false", "TESTING_STATION, 2026-12-05T16:59, true",
			"TESTING_STATION, 2026-10-03T09:00, false", "TESTING_STATION, 2026-12-06T09:00, false",
			"TESTING_STATION, 2026-10-10T17:15, true",
			// e-bike registration point: Saturday service
			"EBIKE_REGISTRATION, 2026-12-05T09:00, true", "EBIKE_REGISTRATION, 2026-12-05T08:59, false",
			"EBIKE_REGISTRATION, 2026-10-03T09:00, false",
			// self-service office: 24 hours, all year
			"SELF_SERVICE, 2026-10-01T03:00, true", "SELF_SERVICE, 2026-12-06T23:59, true",
			// medical point: lunch break 11:30–14:00
			"MEDICAL, 2026-12-02T11:30, false", "MEDICAL, 2026-12-02T14:00, true",
			// outside the calendar's years: ordinary rules
			"POSTAL, 2030-10-01T10:00, true", "POSTAL, 2030-10-05T10:00, false" })
	void demoHoursFollowTheCalendar(OutletKind kind, LocalDateTime local, boolean open) {
		assertThat(DemoNetwork.hoursOf(kind).isOpenAt(local, calendar)).isEqualTo(open);
	}

	@Test
	void dayHoursAreValidated() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OpeningHours.DayHours.continuous(LocalTime.of(17, 0), LocalTime.of(9, 0)));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new OpeningHours.DayHours(LocalTime.of(9, 0), LocalTime.of(17, 0), LocalTime.of(12, 0), null));
		assertThatIllegalArgumentException().isThrownBy(() -> new OpeningHours.DayHours(LocalTime.of(9, 0),
				LocalTime.of(17, 0), LocalTime.of(8, 0), LocalTime.of(10, 0)));
	}

	@Test
	void makeUpWorkingDayUsesWeekdayHoursEvenWithoutSaturdayService() {
		var postal = DemoNetwork.hoursOf(OutletKind.POSTAL);
		assertThat(postal.hoursOn(java.time.LocalDate.parse("2026-10-10"), calendar)).isEqualTo(postal.weekdayHours());
		assertThat(postal.hoursOn(java.time.LocalDate.parse("2026-10-01"), calendar)).isNull();
		assertThat(postal.saturdayService()).isFalse();
		assertThat(DemoNetwork.hoursOf(OutletKind.TESTING_STATION).saturdayService()).isTrue();
	}
}
