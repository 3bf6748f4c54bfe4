package org.cheguan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official working calendar. The expected days are typed in from the State Council General Office notices for
 * 2025 (2024-11-12) and 2026 (2025-11-04), independently of the CSV file, so that a typo in the file fails here.
 */
class WorkingCalendarTests {

	private static final WorkingCalendar CALENDAR = WorkingCalendar.official();

	/** 调休 make-up working days: each a Saturday or Sunday. */
	static Stream<LocalDate> makeUpWorkdays() {
		return Stream.of("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11", "2026-01-04",
				"2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")
			.map(LocalDate::parse);
	}

	/** Days off, weekend days inside a holiday span included. */
	static Stream<LocalDate> holidays() {
		return Stream.of(
				// 2025: 元旦, 春节, 清明节, 劳动节, 端午节, 国庆节、中秋节
				span("2025-01-01", "2025-01-01"), span("2025-01-28", "2025-02-04"), span("2025-04-04", "2025-04-06"),
				span("2025-05-01", "2025-05-05"), span("2025-05-31", "2025-06-02"), span("2025-10-01", "2025-10-08"),
				// 2026: 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节
				span("2026-01-01", "2026-01-03"), span("2026-02-15", "2026-02-23"), span("2026-04-04", "2026-04-06"),
				span("2026-05-01", "2026-05-05"), span("2026-06-19", "2026-06-21"), span("2026-09-25", "2026-09-27"),
				span("2026-10-01", "2026-10-07"))
			.flatMap(s -> s);
	}

	private static Stream<LocalDate> span(String first, String last) {
		return LocalDate.parse(first).datesUntil(LocalDate.parse(last).plusDays(1));
	}

	@Nested
	class OfficialNotices {

		@ParameterizedTest
		@MethodSource("org.cheguan.shared.WorkingCalendarTests#makeUpWorkdays")
		void worksOnEveryMakeUpWeekendDay(LocalDate day) {
			assertThat(day.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
			assertThat(CALENDAR.isWorkingDay(day)).isTrue();
			assertThat(CALENDAR.isHoliday(day)).isFalse();
		}

		@ParameterizedTest
		@MethodSource("org.cheguan.shared.WorkingCalendarTests#holidays")
		void restsOnEveryHoliday(LocalDate day) {
			assertThat(CALENDAR.isWorkingDay(day)).isFalse();
			assertThat(CALENDAR.isHoliday(day)).isTrue();
			assertThat(CALENDAR.occasion(day)).isPresent();
		}

		@Test
		void listsExactlyTheDaysOfTheNoticesInTheShippedFile() throws IOException {
			var holidays = new ArrayList<LocalDate>();
			var workdays = new ArrayList<LocalDate>();
			try (var in = getClass().getClassLoader().getResourceAsStream(WorkingCalendar.OFFICIAL_RESOURCE);
					var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				reader.lines()
					.filter(line -> !line.startsWith("#") && !line.startsWith("date,") && !line.isBlank())
					.forEach(line -> {
						var fields = line.split(",");
						(fields[1].equals("HOLIDAY") ? holidays : workdays).add(LocalDate.parse(fields[0]));
					});
			}

			assertThat(holidays).containsExactlyInAnyOrderElementsOf(holidays().toList());
			assertThat(workdays).containsExactlyInAnyOrderElementsOf(makeUpWorkdays().toList());
		}

		@Test
		void coversTheYears2025To2026() {
			assertThat(CALENDAR.firstYear()).isEqualTo(2025);
			assertThat(CALENDAR.lastYear()).isEqualTo(2026);
		}

		@Test
		void isReadOnceAndShared() {
			assertThat(WorkingCalendar.official()).isSameAs(CALENDAR);
		}

		@Test
		void namesTheOccasionOfAListedDay() {
			assertThat(CALENDAR.occasion(LocalDate.of(2026, 9, 25))).contains("中秋节");
			assertThat(CALENDAR.occasion(LocalDate.of(2026, 9, 24))).isEmpty();
		}
	}

	@Nested
	class OrdinaryDays {

		@ParameterizedTest
		@ValueSource(strings = { "2025-03-10", "2025-03-14", "2026-09-24", "2026-09-28", "2026-12-31" })
		void worksOnAnOrdinaryWeekday(LocalDate day) {
			assertThat(CALENDAR.isWorkingDay(day)).isTrue();
			assertThat(CALENDAR.isHoliday(day)).isFalse();
		}

		@ParameterizedTest
		@ValueSource(strings = { "2025-03-15", "2025-03-16", "2026-09-19", "2026-12-27" })
		void restsOnAnOrdinaryWeekendWhichIsNoHoliday(LocalDate day) {
			assertThat(CALENDAR.isWorkingDay(day)).isFalse();
			assertThat(CALENDAR.isHoliday(day)).isFalse();
		}
	}

	@Nested
	class Coverage {

		@ParameterizedTest
		@ValueSource(strings = { "2024-12-31", "2027-01-01", "1999-06-01" })
		void refusesDatesOutsideTheCoveredYears(LocalDate day) {
			assertThatExceptionOfType(InvalidValue.class).isThrownBy(() -> CALENDAR.isWorkingDay(day))
				.satisfies(ex -> assertThat(ex.slug()).isEqualTo(InvalidValue.VALIDATION))
				.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("kernel.calendar.outside"))
				.satisfies(ex -> assertThat(ex.rule()).isEqualTo("国务院办公厅节假日安排通知"))
				.satisfies(ex -> assertThat(ex.messageArguments()).containsExactly(day, 2025, 2026));
			assertThatExceptionOfType(InvalidValue.class).isThrownBy(() -> CALENDAR.isHoliday(day));
			assertThatExceptionOfType(InvalidValue.class).isThrownBy(() -> CALENDAR.plusWorkingDays(day, 1));
			assertThatExceptionOfType(InvalidValue.class)
				.isThrownBy(() -> CALENDAR.workingDaysBetween(day, LocalDate.of(2025, 6, 1)));
		}

		@Test
		void answersOnTheFirstAndLastCoveredDays() {
			assertThat(CALENDAR.isHoliday(LocalDate.of(2025, 1, 1))).isTrue();
			assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 12, 31))).isTrue();
		}

		@Test
		void refusesACountThatRunsPastTheLastCoveredYear() {
			assertThatExceptionOfType(InvalidValue.class)
				.isThrownBy(() -> CALENDAR.plusWorkingDays(LocalDate.of(2026, 12, 31), 1))
				.satisfies(ex -> assertThat(ex.messageArguments()[0]).isEqualTo(LocalDate.of(2027, 1, 1)));
		}
	}

	@Nested
	class Counting {

		@Test
		void dueThreeWorkingDaysAfterThursday24September2026IsWednesday30SeptemberAcrossMidAutumnV14() {
			var due = CALENDAR.plusWorkingDays(LocalDate.of(2026, 9, 24), 3);

			assertThat(due).isEqualTo(LocalDate.of(2026, 9, 30));
			assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2026, 9, 24), due)).isEqualTo(3);
		}

		@Test
		void countsAMakeUpSundayAsAWorkingDay() {
			// Friday 2026-09-18 + 1 → Sunday 2026-09-20 (调休 for 国庆节).
			assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2026, 9, 18), 1)).isEqualTo(LocalDate.of(2026, 9, 20));
		}

		@Test
		void skipsTheWholeNationalDayWeek() {
			assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
			assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2025, 9, 30), 1)).isEqualTo(LocalDate.of(2025, 10, 9));
		}

		@Test
		void zeroDaysFromAWorkingDayIsThatDay() {
			assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2026, 9, 24), 0)).isEqualTo(LocalDate.of(2026, 9, 24));
		}

		@Test
		void zeroDaysFromAHolidayIsTheNextWorkingDay() {
			assertThat(CALENDAR.plusWorkingDays(LocalDate.of(2026, 10, 1), 0)).isEqualTo(LocalDate.of(2026, 10, 8));
		}

		@Test
		void refusesANegativeCount() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> CALENDAR.plusWorkingDays(LocalDate.of(2026, 9, 24), -1));
		}

		@Test
		void countsNothingInAnEmptyOrReversedInterval() {
			var day = LocalDate.of(2026, 9, 24);

			assertThat(CALENDAR.workingDaysBetween(day, day)).isZero();
			assertThat(CALENDAR.workingDaysBetween(day, day.minusDays(5))).isZero();
		}

		@Test
		void countsTheWorkingDaysOfAWholeYear() {
			// 2026 has 261 weekdays; 19 of them are holidays (元旦 2, 春节 6, 清明 1, 劳动节 3, 端午 1, 中秋 1, 国庆 5)
			// and 6 weekend days are worked instead: 261 - 19 + 6 = 248.
			var independently = LocalDate.of(2026, 1, 1)
				.datesUntil(LocalDate.of(2027, 1, 1))
				.filter(d -> holidays().noneMatch(d::equals))
				.filter(d -> makeUpWorkdays().anyMatch(d::equals)
						|| (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY))
				.count();

			assertThat(independently).isEqualTo(248);
			assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)))
				.isEqualTo(248);
		}
	}

	@Nested
	class Properties {

		static Stream<Arguments> startsAndCounts() {
			var random = KernelSamples.random("working-day arithmetic");
			var first = LocalDate.of(2025, 1, 1).toEpochDay();
			var last = LocalDate.of(2026, 10, 31).toEpochDay();
			return IntStream.range(0, KernelSamples.SAMPLES)
				.mapToObj(i -> Arguments.of(LocalDate.ofEpochDay(first + random.nextInt((int) (last - first + 1))),
						random.nextInt(31)));
		}

		@ParameterizedTest
		@MethodSource("startsAndCounts")
		void landsOnAWorkingDayWithExactlyNWorkingDaysInBetween(LocalDate start, int n) {
			var due = CALENDAR.plusWorkingDays(start, n);
			var seed = "seed " + KernelSamples.SEED;

			assertThat(CALENDAR.isWorkingDay(due)).as(seed).isTrue();
			assertThat(due).as(seed).isAfterOrEqualTo(start);
			if (n > 0) {
				assertThat(CALENDAR.workingDaysBetween(start, due)).as(seed).isEqualTo(n);
			}
			else {
				assertThat(CALENDAR.workingDaysBetween(start, due.minusDays(1))).as(seed).isZero();
			}
		}
	}

	@Nested
	class Reading {

		private static final String HEADER = "# a comment\ndate,kind,occasion\n";

		@Test
		void readsATinyCalendar() {
			var calendar = WorkingCalendar.of(new StringReader(HEADER + "2030-01-01,HOLIDAY,元旦\n2030-01-05,WORKDAY,x\n"));

			assertThat(calendar.firstYear()).isEqualTo(2030);
			assertThat(calendar.isHoliday(LocalDate.of(2030, 1, 1))).isTrue();
			assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 5))).isTrue();
			assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 6))).isFalse();
		}

		@Test
		void readsUtf8Bytes() {
			var bytes = (HEADER + "2030-01-01,HOLIDAY,元旦\n").getBytes(StandardCharsets.UTF_8);

			assertThat(WorkingCalendar.of(new ByteArrayInputStream(bytes)).occasion(LocalDate.of(2030, 1, 1)))
				.contains("元旦");
		}

		static List<String> malformed() {
			return List.of("date,kind,occasion\n", // no rows
					"2030-01-01,HOLIDAY,元旦\n", // no header
					HEADER + "2030-01-02,WORKDAY,x\n", // a Wednesday
					HEADER + "2030-01-01,HOLIDAY,a\n2030-01-01,HOLIDAY,b\n", // listed twice
					HEADER + "2030-13-01,HOLIDAY,a\n", // not a date
					HEADER + "2030-01-01,FEAST,a\n", // unknown kind
					HEADER + "2030-01-01\n", // missing kind
					HEADER + "2030-01-01,HOLIDAY,a\n2032-01-01,HOLIDAY,b\n"); // 2031 missing
		}

		@ParameterizedTest
		@MethodSource("malformed")
		void refusesMalformedContent(String csv) {
			assertThatIllegalArgumentException().isThrownBy(() -> WorkingCalendar.of(new StringReader(csv)));
		}
	}
}
