package org.cheguan.ebikes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests of {@link EbikeRules} over seeded random bikes (seed {@code -Dcheguan.seed=…}, printed in every case
 * name): any bike within every limit of its standard is accepted, and raising exactly one value over its limit (or
 * taking away pedals or the certificate) names exactly that limit, under either standard.
 */
class EbikeRulesPropertyTests {

	static final long SEED = Long.getLong("cheguan.seed", 20_261_129L);

	static final int SAMPLES = 400;

	static final LocalDate EARLIEST = LocalDate.of(2019, 4, 15);

	static final LocalDate LATEST = LocalDate.of(2027, 12, 31);

	record Case(long seed, int index, EbikeSpecification bike, EbikeLimit broken) {

		@Override
		public String toString() {
			return "seed " + seed + " #" + index + " " + broken + " " + bike;
		}
	}

	static Stream<Case> cases() {
		var random = new Random(SEED);
		return IntStream.range(0, SAMPLES).mapToObj(i -> new Case(SEED, i, compliant(random),
				EbikeLimit.values()[random.nextInt(EbikeLimit.values().length)]));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void aBikeWithinEveryLimitIsAccepted(Case sample) {
		assertThat(EbikeRules.check(sample.bike())).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void oneExceededLimitIsNamedAlone(Case sample) {
		var random = new Random(SEED + sample.index());
		var broken = breakOne(sample.bike(), sample.broken(), random);
		var exceeded = EbikeRules.check(broken);
		assertThat(exceeded).hasSize(1);
		assertThat(exceeded.get(0).limit()).isEqualTo(sample.broken());
		assertThat(exceeded.get(0).standard()).isEqualTo(broken.standard());
		assertThat(exceeded.get(0).rule()).startsWith(broken.standard() == EbikeStandard.GB_17761_2018
				? "GB-17761-2018-" : "GB-17761-2024-");
	}

	static EbikeSpecification compliant(Random random) {
		var madeOn = EARLIEST.plusDays(random.nextInt((int) (LATEST.toEpochDay() - EARLIEST.toEpochDay()) + 1));
		var battery = BatteryType.values()[random.nextInt(BatteryType.values().length)];
		var standard = EbikeStandard.forManufactureDate(madeOn);
		return new EbikeSpecification(madeOn, upTo(EbikeRules.MAX_SPEED_KMH, random),
				upTo(EbikeRules.maxMassKg(standard, battery), random), battery,
				upTo(EbikeRules.MAX_BATTERY_VOLTAGE, random), 1 + random.nextInt(400), true,
				"CCC" + (1_000_000 + random.nextInt(9_000_000)));
	}

	static EbikeSpecification breakOne(EbikeSpecification b, EbikeLimit limit, Random random) {
		var over = BigDecimal.valueOf(1 + random.nextInt(300), 1); // 0.1 to 30.0 over
		return switch (limit) {
			case MAX_SPEED -> new EbikeSpecification(b.manufacturedOn(), EbikeRules.MAX_SPEED_KMH.add(over), b.massKg(),
					b.batteryType(), b.batteryVoltage(), b.motorPowerWatts(), true, b.certificateNumber());
			case MASS -> new EbikeSpecification(b.manufacturedOn(), b.maxSpeedKmh(),
					EbikeRules.maxMassKg(b.standard(), b.batteryType()).add(over), b.batteryType(), b.batteryVoltage(),
					b.motorPowerWatts(), true, b.certificateNumber());
			case BATTERY_VOLTAGE -> new EbikeSpecification(b.manufacturedOn(), b.maxSpeedKmh(), b.massKg(),
					b.batteryType(), EbikeRules.MAX_BATTERY_VOLTAGE.add(over), b.motorPowerWatts(), true,
					b.certificateNumber());
			case MOTOR_POWER -> new EbikeSpecification(b.manufacturedOn(), b.maxSpeedKmh(), b.massKg(), b.batteryType(),
					b.batteryVoltage(), 401 + random.nextInt(2000), true, b.certificateNumber());
			case PEDALS -> new EbikeSpecification(b.manufacturedOn(), b.maxSpeedKmh(), b.massKg(), b.batteryType(),
					b.batteryVoltage(), b.motorPowerWatts(), false, b.certificateNumber());
			case CERTIFICATE -> new EbikeSpecification(b.manufacturedOn(), b.maxSpeedKmh(), b.massKg(), b.batteryType(),
					b.batteryVoltage(), b.motorPowerWatts(), true, random.nextBoolean() ? null : " ");
		};
	}

	/** A value in (0, maximum], one decimal, the maximum itself one time in ten. */
	private static BigDecimal upTo(BigDecimal maximum, Random random) {
		if (random.nextInt(10) == 0) {
			return maximum;
		}
		var tenths = maximum.multiply(BigDecimal.TEN).intValueExact();
		return BigDecimal.valueOf(1 + random.nextInt(tenths), 1).setScale(1, RoundingMode.UNNECESSARY);
	}
}
