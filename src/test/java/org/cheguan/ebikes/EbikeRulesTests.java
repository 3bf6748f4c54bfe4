package org.cheguan.ebikes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.cheguan.shared.DomainRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The GB 17761 limits (domain-rules.md §8) on both sides, under both standards, and the manufacture date that decides
 * between them (2025-09-01).
 */
class EbikeRulesTests {

	static final LocalDate MADE_2023 = LocalDate.of(2023, 5, 10);

	static final LocalDate MADE_2026 = LocalDate.of(2026, 3, 2);

	/** A bike exactly at every limit of both standards. */
	static EbikeSpecification atLimits(LocalDate madeOn, BatteryType battery) {
		return new EbikeSpecification(madeOn, new BigDecimal("25"), new BigDecimal("55"), battery, new BigDecimal("48"),
				400, true, "2023011119000001");
	}

	static List<EbikeLimit> exceeded(EbikeSpecification bike) {
		return EbikeRules.check(bike).stream().map(LimitExceeded::limit).toList();
	}

	@Test
	void standardChangesOnTheFirstOfSeptember2025() {
		assertThat(EbikeStandard.forManufactureDate(LocalDate.of(2025, 8, 31))).isEqualTo(EbikeStandard.GB_17761_2018);
		assertThat(EbikeStandard.forManufactureDate(LocalDate.of(2025, 9, 1))).isEqualTo(EbikeStandard.GB_17761_2024);
		assertThat(EbikeStandard.forManufactureDate(LocalDate.of(2019, 4, 15))).isEqualTo(EbikeStandard.GB_17761_2018);
	}

	@ParameterizedTest
	@EnumSource(BatteryType.class)
	void aBikeExactlyAtEveryLimitIsAcceptedUnderBothStandards(BatteryType battery) {
		assertThat(EbikeRules.check(atLimits(MADE_2023, battery))).isEmpty();
		assertThat(EbikeRules.check(atLimits(MADE_2026, battery))).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(EbikeStandard.class)
	void speedAbove25KmhIsRefused(EbikeStandard standard) {
		var madeOn = madeUnder(standard);
		assertThat(exceeded(withSpeed(madeOn, "25"))).isEmpty();
		assertThat(exceeded(withSpeed(madeOn, "25.1"))).containsExactly(EbikeLimit.MAX_SPEED);
		var limit = EbikeRules.check(withSpeed(madeOn, "32")).get(0);
		assertThat(limit.maximum()).isEqualByComparingTo("25");
		assertThat(limit.value()).isEqualByComparingTo("32");
		assertThat(limit.unit()).isEqualTo("km/h");
		assertThat(limit.standard()).isEqualTo(standard);
		assertThat(limit.rule()).isEqualTo(standard == EbikeStandard.GB_17761_2018 ? "GB-17761-2018-4.1.1"
				: "GB-17761-2024-4.1.1");
	}

	@ParameterizedTest
	@EnumSource(BatteryType.class)
	void under2018EveryBikeWeighsAtMost55Kg(BatteryType battery) {
		assertThat(exceeded(withMass(MADE_2023, battery, "55"))).isEmpty();
		assertThat(exceeded(withMass(MADE_2023, battery, "55.1"))).containsExactly(EbikeLimit.MASS);
		assertThat(exceeded(withMass(MADE_2023, battery, "63"))).containsExactly(EbikeLimit.MASS);
		assertThat(EbikeRules.check(withMass(MADE_2023, battery, "60")).get(0).rule()).isEqualTo("GB-17761-2018-4.1.2");
	}

	@Test
	void under2024ALeadAcidBikeMayWeigh63Kg() {
		assertThat(exceeded(withMass(MADE_2026, BatteryType.LEAD_ACID, "63"))).isEmpty();
		assertThat(exceeded(withMass(MADE_2026, BatteryType.LEAD_ACID, "63.1"))).containsExactly(EbikeLimit.MASS);
		var limit = EbikeRules.check(withMass(MADE_2026, BatteryType.LEAD_ACID, "64")).get(0);
		assertThat(limit.maximum()).isEqualByComparingTo("63");
		assertThat(limit.rule()).isEqualTo("GB-17761-2024-4.1.2");
	}

	@ParameterizedTest
	@EnumSource(value = BatteryType.class, names = "LEAD_ACID", mode = EnumSource.Mode.EXCLUDE)
	void under2024OtherBikesStayAt55Kg(BatteryType battery) {
		assertThat(exceeded(withMass(MADE_2026, battery, "55"))).isEmpty();
		assertThat(exceeded(withMass(MADE_2026, battery, "55.1"))).containsExactly(EbikeLimit.MASS);
		assertThat(EbikeRules.check(withMass(MADE_2026, battery, "58")).get(0).maximum()).isEqualByComparingTo("55");
	}

	@Test
	void aLeadAcidBikeOf60KgMadeTheDayBeforeTheNewStandardIsRefusedAndTheDayAfterAccepted() {
		assertThat(exceeded(withMass(LocalDate.of(2025, 8, 31), BatteryType.LEAD_ACID, "60")))
			.containsExactly(EbikeLimit.MASS);
		assertThat(exceeded(withMass(LocalDate.of(2025, 9, 1), BatteryType.LEAD_ACID, "60"))).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(EbikeStandard.class)
	void batteryAbove48VIsRefused(EbikeStandard standard) {
		var madeOn = madeUnder(standard);
		assertThat(exceeded(withVoltage(madeOn, "48"))).isEmpty();
		assertThat(exceeded(withVoltage(madeOn, "48.1"))).containsExactly(EbikeLimit.BATTERY_VOLTAGE);
		assertThat(exceeded(withVoltage(madeOn, "60"))).containsExactly(EbikeLimit.BATTERY_VOLTAGE);
	}

	@ParameterizedTest
	@EnumSource(EbikeStandard.class)
	void motorAbove400WIsRefused(EbikeStandard standard) {
		var madeOn = madeUnder(standard);
		assertThat(exceeded(withPower(madeOn, 400))).isEmpty();
		assertThat(exceeded(withPower(madeOn, 401))).containsExactly(EbikeLimit.MOTOR_POWER);
		assertThat(EbikeRules.check(withPower(madeOn, 800)).get(0).unit()).isEqualTo("W");
	}

	@ParameterizedTest
	@EnumSource(EbikeStandard.class)
	void pedalsAreRequired(EbikeStandard standard) {
		var bike = atLimits(madeUnder(standard), BatteryType.LITHIUM_ION);
		assertThat(exceeded(bike)).isEmpty();
		var noPedals = new EbikeSpecification(bike.manufacturedOn(), bike.maxSpeedKmh(), bike.massKg(),
				bike.batteryType(), bike.batteryVoltage(), bike.motorPowerWatts(), false, bike.certificateNumber());
		assertThat(exceeded(noPedals)).containsExactly(EbikeLimit.PEDALS);
		assertThat(EbikeRules.check(noPedals).get(0).maximum()).isNull();
	}

	@ParameterizedTest
	@EnumSource(EbikeStandard.class)
	void aCertificateIsRequired(EbikeStandard standard) {
		var bike = atLimits(madeUnder(standard), BatteryType.LITHIUM_ION);
		for (var missing : new String[] { null, "", "  " }) {
			var without = new EbikeSpecification(bike.manufacturedOn(), bike.maxSpeedKmh(), bike.massKg(),
					bike.batteryType(), bike.batteryVoltage(), bike.motorPowerWatts(), true, missing);
			assertThat(exceeded(without)).containsExactly(EbikeLimit.CERTIFICATE);
		}
	}

	@Test
	void everyLimitExceededIsListedAtOnce() {
		var bike = new EbikeSpecification(MADE_2026, new BigDecimal("45"), new BigDecimal("70"), BatteryType.LEAD_ACID,
				new BigDecimal("72"), 1200, false, null);
		assertThat(exceeded(bike)).containsExactly(EbikeLimit.MAX_SPEED, EbikeLimit.MASS, EbikeLimit.BATTERY_VOLTAGE,
				EbikeLimit.MOTOR_POWER, EbikeLimit.PEDALS, EbikeLimit.CERTIFICATE);

		assertThatThrownBy(() -> EbikeRules.requireCompliant(bike)).isInstanceOfSatisfying(DomainRuleViolation.class,
				violation -> {
					assertThat(violation.status()).isEqualTo(422);
					assertThat(violation.slug()).isEqualTo("rule-violation");
					assertThat(violation.rule()).isEqualTo("GB-17761-2024");
					assertThat(violation.properties().get("violations")).asInstanceOf(
							org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(6);
					assertThat(violation.messageArguments()).hasSize(8);
				});
	}

	@Test
	void aCompliantBikePassesRequireCompliant() {
		EbikeRules.requireCompliant(atLimits(MADE_2026, BatteryType.LEAD_ACID));
	}

	private static LocalDate madeUnder(EbikeStandard standard) {
		return standard == EbikeStandard.GB_17761_2018 ? MADE_2023 : MADE_2026;
	}

	private static EbikeSpecification withSpeed(LocalDate madeOn, String speed) {
		var b = atLimits(madeOn, BatteryType.LITHIUM_ION);
		return new EbikeSpecification(madeOn, new BigDecimal(speed), b.massKg(), b.batteryType(), b.batteryVoltage(),
				b.motorPowerWatts(), true, b.certificateNumber());
	}

	private static EbikeSpecification withMass(LocalDate madeOn, BatteryType battery, String mass) {
		var b = atLimits(madeOn, battery);
		return new EbikeSpecification(madeOn, b.maxSpeedKmh(), new BigDecimal(mass), battery, b.batteryVoltage(),
				b.motorPowerWatts(), true, b.certificateNumber());
	}

	private static EbikeSpecification withVoltage(LocalDate madeOn, String voltage) {
		var b = atLimits(madeOn, BatteryType.LITHIUM_ION);
		return new EbikeSpecification(madeOn, b.maxSpeedKmh(), b.massKg(), b.batteryType(), new BigDecimal(voltage),
				b.motorPowerWatts(), true, b.certificateNumber());
	}

	private static EbikeSpecification withPower(LocalDate madeOn, int watts) {
		var b = atLimits(madeOn, BatteryType.LITHIUM_ION);
		return new EbikeSpecification(madeOn, b.maxSpeedKmh(), b.massKg(), b.batteryType(), b.batteryVoltage(), watts,
				true, b.certificateNumber());
	}
}
