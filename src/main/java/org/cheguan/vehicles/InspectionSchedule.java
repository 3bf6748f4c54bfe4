package org.cheguan.vehicles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Periodic safety inspection due dates (机动车安全技术检验, domain-rules.md §3). Plain Java, no Spring.
 *
 * <p>Base cycles (道路交通安全法实施条例 第十六条), counted from the initial registration date: commercial passenger
 * vehicles yearly for 5 years, then every 6 months; trucks and large or medium non-commercial passenger vehicles yearly
 * for 10 years, then every 6 months; small and micro non-commercial passenger cars every 2 years for 6 years, then
 * yearly, every 6 months after 15 years; motorcycles every 2 years for 4 years, then yearly; others yearly.
 *
 * <p>Reform layers for private small and micro passenger cars ({@link InspectionReform}): 2014 (up to 6 seats, signs
 * online in years 2 and 4, station test in year 6), 2020 (up to 9 seats, station tests in years 6, 8 and 10) and 2022
 * (station tests in years 6 and 10, signs in years 2, 4 and 8; yearly after 10; every 6 months after 15).
 *
 * <p>Excluded from every reform layer, so on the base cycle with station tests: vans (面包车), cars penalised for
 * illegal modification, cars in an accident with injury or death, and cars registered more than 4 years after
 * manufacture (domain-rules.md §3, Excluded from the exemption).
 */
public final class InspectionSchedule {

	/** Source cited in rule violations about inspection. */
	public static final String RULE = "道路交通安全法实施条例 第十六条; 2022-10-01 检验改革";

	/** Months after the last due date within which the sign may be applied for (3 months before, domain-rules.md §3). */
	public static final int WINDOW_MONTHS = 3;

	private static final int HORIZON_MONTHS = 50 * 12;

	private final InspectionReform reform;

	/**
	 * @param reform the reform layer in force (product decision: {@link InspectionReform#REFORM_2022})
	 */
	public InspectionSchedule(InspectionReform reform) {
		this.reform = reform;
	}

	/**
	 * The facts the schedule depends on.
	 *
	 * @param type vehicle type
	 * @param usage usage character
	 * @param seats approved seats
	 * @param van whether it is a van (面包车)
	 * @param manufacturedOn manufacture date
	 * @param registeredOn initial registration date (初次登记日期)
	 * @param illegalModificationPenalised penalised for illegal modification
	 * @param injuryAccident in an accident with injury or death
	 */
	public record Facts(VehicleType type, Usage usage, int seats, boolean van, LocalDate manufacturedOn,
			LocalDate registeredOn, boolean illegalModificationPenalised, boolean injuryAccident) {
	}

	/**
	 * One due point: the inspection validity ends on {@code dueOn}.
	 *
	 * @param dueOn last day of validity
	 * @param kind sign online (免检) or station test
	 */
	public record Due(LocalDate dueOn, InspectionKind kind) {
	}

	/**
	 * @param facts the vehicle
	 * @return whether the vehicle is on a reform layer's exemption; false for the exclusions and for other vehicles
	 */
	public boolean exempt(Facts facts) {
		if (reform == InspectionReform.NONE || facts.usage() != Usage.NON_COMMERCIAL
				|| !facts.type().smallOrMicroPassenger()) {
			return false;
		}
		if (facts.van() || facts.illegalModificationPenalised() || facts.injuryAccident()) {
			return false;
		}
		if (facts.registeredOn().isAfter(facts.manufacturedOn().plusYears(4))) {
			return false;
		}
		return facts.seats() <= (reform == InspectionReform.REFORM_2014 ? 6 : 9);
	}

	/**
	 * Every due point from registration for about 50 years.
	 *
	 * @param facts the vehicle
	 * @return the due points in date order
	 */
	public List<Due> schedule(Facts facts) {
		var result = new ArrayList<Due>();
		var exempt = exempt(facts);
		int month = 0;
		while (month < HORIZON_MONTHS) {
			month = nextMonth(facts, month);
			var kind = exempt && signOnly(month) ? InspectionKind.SIGN_ONLINE : InspectionKind.STATION_TEST;
			result.add(new Due(facts.registeredOn().plusMonths(month), kind));
		}
		return result;
	}

	/**
	 * @param facts the vehicle
	 * @return the first due point after registration
	 */
	public Due first(Facts facts) {
		return after(facts, facts.registeredOn());
	}

	/**
	 * @param facts the vehicle
	 * @param date a date, usually the current validity's last day
	 * @return the first due point strictly after {@code date}
	 */
	public Due after(Facts facts, LocalDate date) {
		return schedule(facts).stream().filter(due -> due.dueOn().isAfter(date)).findFirst().orElseThrow();
	}

	/**
	 * @param facts the vehicle
	 * @param dueOn a due date of its schedule
	 * @return what that due date asks; a station test when the date is not on the schedule
	 */
	public InspectionKind kindOn(Facts facts, LocalDate dueOn) {
		return schedule(facts).stream()
			.filter(due -> due.dueOn().equals(dueOn))
			.map(Due::kind)
			.findFirst()
			.orElse(InspectionKind.STATION_TEST);
	}

	/**
	 * @param validUntil the inspection validity's last day
	 * @param today the office date
	 * @return whether the owner may apply now: from 3 months before the last day to the last day itself
	 */
	public static boolean windowOpen(LocalDate validUntil, LocalDate today) {
		return !today.isBefore(validUntil.minusMonths(WINDOW_MONTHS)) && !today.isAfter(validUntil);
	}

	/** Months since registration of the next due point after {@code month}. */
	private int nextMonth(Facts facts, int month) {
		var exempt = exempt(facts);
		if (facts.usage() == Usage.COMMERCIAL && isPassenger(facts.type())) {
			return month < 60 ? month + 12 : month + 6;
		}
		switch (facts.type()) {
			case SMALL_PASSENGER, MICRO_PASSENGER -> {
				if (exempt && (reform == InspectionReform.REFORM_2020 || reform == InspectionReform.REFORM_2022)
						&& month < 120) {
					return month < 72 ? month + 24 : month + 24 > 120 ? 120 : month + 24;
				}
				if (month < 72) {
					return month + 24;
				}
				return month < 180 ? month + 12 : month + 6;
			}
			case TRUCK, MEDIUM_PASSENGER, LARGE_PASSENGER -> {
				return month < 120 ? month + 12 : month + 6;
			}
			case MOTORCYCLE -> {
				return month < 48 ? month + 24 : month + 12;
			}
			default -> {
				return month + 12;
			}
		}
	}

	/** Whether the due point at this many months is a sign-only one for an exempt car. */
	private boolean signOnly(int month) {
		return switch (reform) {
			case REFORM_2014, REFORM_2020 -> month == 24 || month == 48;
			case REFORM_2022 -> month == 24 || month == 48 || month == 96;
			default -> false;
		};
	}

	private static boolean isPassenger(VehicleType type) {
		return type == VehicleType.SMALL_PASSENGER || type == VehicleType.MICRO_PASSENGER
				|| type == VehicleType.MEDIUM_PASSENGER || type == VehicleType.LARGE_PASSENGER;
	}
}
