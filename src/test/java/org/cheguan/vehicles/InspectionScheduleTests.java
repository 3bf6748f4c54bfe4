package org.cheguan.vehicles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Inspection due dates (domain-rules.md §3): the base cycles of 实施条例 第十六条, the reform layers for private small
 * cars (2014, 2020, 2022) and the exclusions (vans, illegal modification, injury accidents, registration more than 4
 * years after manufacture), with both sides of every limit.
 */
class InspectionScheduleTests {

	static final LocalDate REGISTERED = LocalDate.of(2020, 3, 15);

	static final InspectionSchedule REFORM_2022 = new InspectionSchedule(InspectionReform.REFORM_2022);

	static InspectionSchedule.Facts privateCar(int seats) {
		return new InspectionSchedule.Facts(VehicleType.SMALL_PASSENGER, Usage.NON_COMMERCIAL, seats, false,
				REGISTERED.minusMonths(3), REGISTERED, false, false);
	}

	static List<String> firstDues(InspectionSchedule schedule, InspectionSchedule.Facts facts, int count) {
		return schedule.schedule(facts).stream().limit(count)
			.map(due -> due.dueOn().getYear() - REGISTERED.getYear() + (due.dueOn().getMonthValue() == 9 ? ".5" : "")
					+ (due.kind() == InspectionKind.SIGN_ONLINE ? "S" : "T"))
			.toList();
	}

	@Test
	void privateCarUnderThe2022ReformTestsInYears6And10AndSignsOnlineIn2_4_8() {
		assertThat(firstDues(REFORM_2022, privateCar(5), 8))
			.containsExactly("2S", "4S", "6T", "8S", "10T", "11T", "12T", "13T");
		assertThat(REFORM_2022.exempt(privateCar(9))).isTrue();
	}

	@Test
	void afterFifteenYearsEverySixMonths() {
		var dues = firstDues(REFORM_2022, privateCar(5), 12);
		assertThat(dues.subList(8, 12)).containsExactly("14T", "15T", "15.5T", "16T");
	}

	@Test
	void the2020ReformTestsInYears6_8_10() {
		var schedule = new InspectionSchedule(InspectionReform.REFORM_2020);
		assertThat(firstDues(schedule, privateCar(7), 6)).containsExactly("2S", "4S", "6T", "8T", "10T", "11T");
	}

	@Test
	void the2014ReformExemptsOnlyUpToSixSeats() {
		var schedule = new InspectionSchedule(InspectionReform.REFORM_2014);
		assertThat(firstDues(schedule, privateCar(6), 5)).containsExactly("2S", "4S", "6T", "7T", "8T");
		assertThat(schedule.exempt(privateCar(7))).isFalse();
		assertThat(firstDues(schedule, privateCar(7), 4)).containsExactly("2T", "4T", "6T", "7T");
	}

	@Test
	void withoutReformThePrivateCarBaseCycle() {
		var schedule = new InspectionSchedule(InspectionReform.NONE);
		assertThat(firstDues(schedule, privateCar(5), 5)).containsExactly("2T", "4T", "6T", "7T", "8T");
	}

	@Test
	void vansAreExcluded() {
		var van = new InspectionSchedule.Facts(VehicleType.SMALL_PASSENGER, Usage.NON_COMMERCIAL, 7, true,
				REGISTERED.minusMonths(1), REGISTERED, false, false);
		assertThat(REFORM_2022.exempt(van)).isFalse();
		assertThat(firstDues(REFORM_2022, van, 5)).containsExactly("2T", "4T", "6T", "7T", "8T");
	}

	@Test
	void illegalModificationAndInjuryAccidentsAreExcluded() {
		var modified = new InspectionSchedule.Facts(VehicleType.SMALL_PASSENGER, Usage.NON_COMMERCIAL, 5, false,
				REGISTERED.minusMonths(1), REGISTERED, true, false);
		var injured = new InspectionSchedule.Facts(VehicleType.SMALL_PASSENGER, Usage.NON_COMMERCIAL, 5, false,
				REGISTERED.minusMonths(1), REGISTERED, false, true);
		assertThat(REFORM_2022.exempt(modified)).isFalse();
		assertThat(REFORM_2022.exempt(injured)).isFalse();
	}

	@Test
	void registeredMoreThanFourYearsAfterManufactureIsExcluded() {
		var fourYears = new InspectionSchedule.Facts(VehicleType.SMALL_PASSENGER, Usage.NON_COMMERCIAL, 5, false,
				REGISTERED.minusYears(4), REGISTERED, false, false);
		var oneDayMore = new InspectionSchedule.Facts(VehicleType.SMALL_PASSENGER, Usage.NON_COMMERCIAL, 5, false,
				REGISTERED.minusYears(4).minusDays(1), REGISTERED, false, false);
		assertThat(REFORM_2022.exempt(fourYears)).isTrue();
		assertThat(REFORM_2022.exempt(oneDayMore)).isFalse();
	}

	@Test
	void commercialPassengerVehiclesYearlyForFiveYearsThenHalfYearly() {
		var taxi = new InspectionSchedule.Facts(VehicleType.SMALL_PASSENGER, Usage.COMMERCIAL, 5, false,
				REGISTERED.minusMonths(1), REGISTERED, false, false);
		assertThat(REFORM_2022.exempt(taxi)).isFalse();
		assertThat(firstDues(REFORM_2022, taxi, 7)).containsExactly("1T", "2T", "3T", "4T", "5T", "5.5T", "6T");
	}

	@ParameterizedTest
	@EnumSource(value = VehicleType.class, names = { "TRUCK", "LARGE_PASSENGER", "MEDIUM_PASSENGER" })
	void trucksAndLargeCarsYearlyForTenYearsThenHalfYearly(VehicleType type) {
		var truck = new InspectionSchedule.Facts(type, Usage.NON_COMMERCIAL, 3, false, REGISTERED.minusMonths(1),
				REGISTERED, false, false);
		var dues = firstDues(REFORM_2022, truck, 12);
		assertThat(dues.subList(8, 12)).containsExactly("9T", "10T", "10.5T", "11T");
	}

	@Test
	void motorcyclesEveryTwoYearsForFourThenYearly() {
		var motorcycle = new InspectionSchedule.Facts(VehicleType.MOTORCYCLE, Usage.NON_COMMERCIAL, 2, false,
				REGISTERED.minusMonths(1), REGISTERED, false, false);
		assertThat(firstDues(REFORM_2022, motorcycle, 4)).containsExactly("2T", "4T", "5T", "6T");
	}

	@Test
	void theWindowOpensThreeMonthsBeforeTheLastDay() {
		var until = LocalDate.of(2026, 3, 15);
		assertThat(InspectionSchedule.windowOpen(until, LocalDate.of(2025, 12, 14))).isFalse();
		assertThat(InspectionSchedule.windowOpen(until, LocalDate.of(2025, 12, 15))).isTrue();
		assertThat(InspectionSchedule.windowOpen(until, until)).isTrue();
		assertThat(InspectionSchedule.windowOpen(until, until.plusDays(1))).isFalse();
	}

	@Test
	void nextDueAfterADate() {
		var facts = privateCar(5);
		assertThat(REFORM_2022.first(facts).dueOn()).isEqualTo(LocalDate.of(2022, 3, 15));
		assertThat(REFORM_2022.after(facts, LocalDate.of(2022, 3, 15)).dueOn()).isEqualTo(LocalDate.of(2024, 3, 15));
		assertThat(REFORM_2022.kindOn(facts, LocalDate.of(2026, 3, 15))).isEqualTo(InspectionKind.STATION_TEST);
	}
}
