package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.cheguan.shared.DomainRuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the licensing rules over random inputs from a seeded generator. Each case is one seed, printed in the
 * display name; rerun a failure with that seed in {@link #seeds()}.
 */
class LicensingPropertyTests {

	static final int SAMPLES_PER_SEED = 250;

	static final LocalDate FIRST_DAY = LocalDate.of(2022, 4, 1);

	static Stream<Long> seeds() {
		long base = 20250301L;
		return LongStream.range(0, 20).mapToObj(i -> base + i * 7919L);
	}

	static LocalDate randomDate(Random random, LocalDate from, LocalDate to) {
		long days = to.toEpochDay() - from.toEpochDay();
		return LocalDate.ofEpochDay(from.toEpochDay() + (long) (random.nextDouble() * (days + 1)));
	}

	static <T> T pick(Random random, T[] values) {
		return values[random.nextInt(values.length)];
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void acceptsAnApplicationIffTheAgeIsWithinTheTableLimits(long seed) {
		var random = new Random(seed);
		var rules = new LicensingRules(LicensingPolicy.defaults());
		for (int sample = 0; sample < SAMPLES_PER_SEED; sample++) {
			var licenceClass = pick(random, LicenceClass.values());
			var on = randomDate(random, FIRST_DAY, LocalDate.of(2027, 12, 31));
			var born = randomDate(random, on.minusYears(80), on);
			var held = LicensingRulesTests.qualifyingHeld(licenceClass, on);
			int age = Period.between(born, on).getYears();
			boolean amended = !on.isBefore(LocalDate.of(2025, 1, 1));
			int minimum = switch (licenceClass) {
				case A1, A2 -> 22;
				case A3, B1, B2, N, P, C6 -> 20;
				default -> 18;
			};
			int ceiling = switch (licenceClass) {
				case C1, C2, C5, F -> Integer.MAX_VALUE;
				case D, E, C6 -> amended ? 70 : 60;
				default -> amended ? 63 : 60;
			};
			boolean expected = age >= minimum && age < ceiling;

			var thrown = catchThrowable(
					() -> rules.checkApplication(new NewApplicationFacts(licenceClass, born, on, held, false)));

			assertThat(thrown == null)
				.as("seed %d sample %d: %s born %s applying %s (age %d)", seed, sample, licenceClass, born, on, age)
				.isEqualTo(expected);
			if (thrown != null) {
				assertThat(thrown).isInstanceOf(DomainRuleViolation.class);
				assertThat(((DomainRuleViolation) thrown).messageKey()).startsWith("licensing.age.");
			}
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void permitNeverOutlivesThreeYearsNorTheCeilingAge(long seed) {
		var random = new Random(seed);
		for (LicensingRules rules : List.of(new LicensingRules(LicensingPolicy.defaults()),
				new LicensingRules(new LicensingPolicy(true, true)))) {
			for (int sample = 0; sample < SAMPLES_PER_SEED; sample++) {
				var licenceClass = pick(random, LicenceClass.values());
				var issued = randomDate(random, FIRST_DAY, LocalDate.of(2027, 12, 31));
				var born = randomDate(random, issued.minusYears(75), issued.minusYears(18));

				var through = rules.permitValidThrough(issued, licenceClass, born);

				var context = String.format("seed %d: %s issued %s born %s → %s", seed, licenceClass, issued, born,
						through);
				assertThat(through).as(context).isBeforeOrEqualTo(issued.plusYears(3).minusDays(1));
				Integer ceiling = rules.ageLimit(licenceClass, issued).ceilingAge();
				if (ceiling != null) {
					int lastAllowedAge = rules.policy().upperAgeInclusive() ? ceiling : ceiling - 1;
					if (Period.between(born, issued).getYears() <= lastAllowedAge) {
						assertThat(Period.between(born, through).getYears()).as(context).isLessThanOrEqualTo(lastAllowedAge);
						assertThat(Period.between(born, through.plusDays(1)).getYears() > lastAllowedAge
								|| through.equals(issued.plusYears(3).minusDays(1))).as(context).isTrue();
					}
				}
			}
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void randomBookingHistoriesKeepTheCapAndTheRebookingWait(long seed) {
		var random = new Random(seed);
		var rules = new LicensingRules(LicensingPolicy.defaults());
		int recorded = 0;
		int restarts = 0;
		for (int history = 0; history < 40; history++) {
			var licenceClass = pick(random, new LicenceClass[] { LicenceClass.C1, LicenceClass.C2, LicenceClass.B2,
					LicenceClass.A1, LicenceClass.E });
			var accepted = randomDate(random, FIRST_DAY, LocalDate.of(2026, 12, 31));
			var record = ExamRecord.start(licenceClass, accepted.minusYears(30), accepted,
					EnumSet.allOf(Subject.class), random.nextBoolean(), rules);
			Map<Subject, LocalDate> lastFailure = new EnumMap<>(Subject.class);
			var today = accepted;
			for (int step = 0; step < 120 && !record.allPassed(); step++) {
				today = today.plusDays(random.nextInt(15));
				record.expirePermitIfDue(today);
				var subject = pick(random, Subject.values());
				var allowed = record.nextBookingAllowedFrom(subject);
				var session = allowed != null && allowed.isAfter(today) && random.nextInt(4) > 0 ? allowed : today;
				var context = String.format("seed %d history %d step %d: %s %s on %s", seed, history, step,
						licenceClass, subject, session);
				if (catchThrowable(() -> record.checkCanBook(subject, session)) != null) {
					continue;
				}
				if (allowed != null) {
					assertThat(session).as(context).isAfterOrEqualTo(allowed);
				}
				var outcome = pick(random, BookingOutcome.values());
				boolean hadPermit = record.permit() != null;
				record.recordBookingOutcome(subject, session, outcome);
				recorded++;
				if (hadPermit && record.permit() == null) {
					restarts++;
				}
				today = session;
				if (outcome != BookingOutcome.PASSED && subject.isCappedSkillsTest()) {
					lastFailure.put(subject, session);
				}
				for (Subject capped : List.of(Subject.SUBJECT_2, Subject.SUBJECT_3)) {
					assertThat(record.bookingsUsed(capped)).as(context).isBetween(0, LicensingRules.MAX_BOOKINGS);
					var next = record.nextBookingAllowedFrom(capped);
					var failed = lastFailure.get(capped);
					if (next != null && failed != null) {
						assertThat(next).as(context).isAfterOrEqualTo(failed.plusDays(LicensingRules.REBOOKING_WAIT_DAYS));
					}
				}
				if (record.permit() == null) {
					assertThat(record.bookingsUsed(Subject.SUBJECT_2) + record.bookingsUsed(Subject.SUBJECT_3))
						.as(context)
						.isZero();
				}
			}
		}
		// the generator must reach the interesting states, or the property says nothing
		assertThat(recorded).as("seed %d: outcomes recorded", seed).isGreaterThan(200);
		assertThat(restarts).as("seed %d: restarts after a failed 5th booking", seed).isPositive();
	}
}
