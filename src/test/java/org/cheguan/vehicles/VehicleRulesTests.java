package org.cheguan.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.cheguan.shared.DomainRuleViolation;
import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.PlateKind;
import org.cheguan.shared.PlateNumber;
import org.cheguan.shared.Vin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The registration rules without Spring: public VIN and plate vectors (V4–V7), status codes, every blocker, plate
 * kinds, the local self-composed rule, 免查验 and the transfer and change deadlines.
 */
class VehicleRulesTests {

	static final VehicleRules RULES = new VehicleRules(VehiclesPolicy.defaults());

	@Test
	void publicVinVectors() {
		assertThat(Vin.of("1M8GDM9AXKP042788").checkCharacter()).isEqualTo('X');
		assertThat(Vin.of("L6T79RND5SV000023").modelYearCandidates()).contains(2025);
		assertThatThrownBy(() -> Vin.of("L6T79RND6SV000023")).isInstanceOf(InvalidValue.class);
	}

	@Test
	void publicPlateVectors() {
		assertThat(PlateNumber.of("鄂AD12345").kind()).isEqualTo(PlateKind.NEW_ENERGY_SMALL);
		assertThat(PlateNumber.of("鄂A12345D").kind()).isEqualTo(PlateKind.NEW_ENERGY_LARGE);
		assertThat(PlateNumber.of("鄂A12345").kind()).isEqualTo(PlateKind.ORDINARY);
		assertThatThrownBy(() -> PlateNumber.of("鄂AI2345")).isInstanceOf(InvalidValue.class);
	}

	@Test
	void statusCodesCombine() {
		assertThat(StatusCode.write(StatusCode.parse("AG"))).isEqualTo("G");
		assertThat(StatusCode.write(StatusCode.parse("K,L"))).isEqualTo("KL");
		assertThat(StatusCode.write(StatusCode.parse(""))).isEqualTo("A");
		assertThatThrownBy(() -> StatusCode.parse("AX")).isInstanceOf(InvalidValue.class);
	}

	@ParameterizedTest
	@EnumSource(value = StatusCode.class, names = { "C", "G", "H", "I", "K", "L", "P", "B", "E", "J", "M", "N", "O" })
	void everyBlockingStatusIsABlockerWithItsReason(StatusCode code) {
		var blockers = VehicleRules.blockers(EnumSet.of(code), null, false, "鄂A");
		assertThat(blockers).singleElement().satisfies(blocker -> {
			assertThat(blocker.kind()).isEqualTo("STATUS_" + code);
			assertThat(blocker.detail()).isEqualTo(VehicleRules.label(code));
			assertThat(blocker.authority()).isEqualTo("鄂A");
		});
		assertThatThrownBy(() -> VehicleRules.refuseIfBlocked(blockers, "vehicles.transfer.blocked"))
			.isInstanceOf(DomainRuleViolation.class)
			.satisfies(ex -> assertThat(((DomainRuleViolation) ex).properties()).containsKey("blockers"));
	}

	@ParameterizedTest
	@EnumSource(value = StatusCode.class, names = { "A", "D", "Q", "Z" })
	void nonBlockingStatusesPass(StatusCode code) {
		assertThat(VehicleRules.blockers(EnumSet.of(code), null, false, "鄂A")).isEmpty();
	}

	@Test
	void aMortgageBlocksWithoutConsentOnly() {
		assertThat(VehicleRules.blockers(Set.of(StatusCode.A), "工商银行", false, "鄂A")).singleElement()
			.satisfies(blocker -> assertThat(blocker.kind()).isEqualTo("MORTGAGE"));
		assertThat(VehicleRules.blockers(Set.of(StatusCode.A), "工商银行", true, "鄂A")).isEmpty();
	}

	@Test
	void newEnergyVehiclesNeedNewEnergyPlates() {
		RULES.checkPlateFits(PlateNumber.of("鄂AD12345"), VehicleType.SMALL_PASSENGER, Energy.NEW_ENERGY);
		RULES.checkPlateFits(PlateNumber.of("鄂A12345D"), VehicleType.TRUCK, Energy.NEW_ENERGY);
		RULES.checkPlateFits(PlateNumber.of("鄂A12345"), VehicleType.SMALL_PASSENGER, Energy.FUEL);
		assertThatThrownBy(() -> RULES.checkPlateFits(PlateNumber.of("鄂A12345"), VehicleType.SMALL_PASSENGER,
				Energy.NEW_ENERGY)).isInstanceOf(DomainRuleViolation.class);
		assertThatThrownBy(() -> RULES.checkPlateFits(PlateNumber.of("鄂AD12345"), VehicleType.TRUCK,
				Energy.NEW_ENERGY)).isInstanceOf(DomainRuleViolation.class);
		assertThatThrownBy(() -> RULES.checkPlateFits(PlateNumber.of("甘A12345"), VehicleType.SMALL_PASSENGER,
				Energy.FUEL)).isInstanceOf(DomainRuleViolation.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "鄂A12345", "鄂AB1234", "鄂A1B2C3", "鄂AAB123" })
	void selfComposedWithinTheLocalRule(String plate) {
		RULES.checkSelfComposed(PlateNumber.of(plate));
	}

	@ParameterizedTest
	@ValueSource(strings = { "鄂AABC12", "鄂A1234B", "鄂AAB12C" })
	void selfComposedBreakingTheLocalRule(String plate) {
		assertThatThrownBy(() -> RULES.checkSelfComposed(PlateNumber.of(plate)))
			.isInstanceOf(DomainRuleViolation.class);
	}

	@Test
	void identityCheckExemptionBothSidesOfTwoYears() {
		var today = LocalDate.of(2026, 6, 1);
		assertThat(RULES.identityCheckRequired(VehicleType.SMALL_PASSENGER, Usage.NON_COMMERCIAL, true, false,
				today.minusYears(2), today)).isFalse();
		assertThat(RULES.identityCheckRequired(VehicleType.SMALL_PASSENGER, Usage.NON_COMMERCIAL, true, false,
				today.minusYears(2).minusDays(1), today)).isTrue();
		assertThat(RULES.identityCheckRequired(VehicleType.SMALL_PASSENGER, Usage.NON_COMMERCIAL, true, true,
				today.minusMonths(1), today)).isTrue();
		assertThat(RULES.identityCheckRequired(VehicleType.SMALL_PASSENGER, Usage.NON_COMMERCIAL, false, false,
				today.minusMonths(1), today)).isTrue();
		assertThat(RULES.identityCheckRequired(VehicleType.SMALL_PASSENGER, Usage.COMMERCIAL, true, false,
				today.minusMonths(1), today)).isTrue();
		assertThat(RULES.identityCheckRequired(VehicleType.TRUCK, Usage.NON_COMMERCIAL, true, false,
				today.minusMonths(1), today)).isTrue();
	}

	@Test
	void transferDeadlineThirtyDaysAndChangeDeadlineTenDays() {
		var today = LocalDate.of(2026, 6, 1);
		assertThat(RULES.transferOverdue(today.minusDays(30), today)).isFalse();
		assertThat(RULES.transferOverdue(today.minusDays(31), today)).isTrue();
		assertThat(RULES.changeOverdue(today.minusDays(10), today)).isFalse();
		assertThat(RULES.changeOverdue(today.minusDays(11), today)).isTrue();
	}

	@Test
	void singleIdServiceForSmallAndMicroNonCommercialPassengerCars() {
		assertThat(VehicleRules.singleIdService(VehicleType.SMALL_PASSENGER, Usage.NON_COMMERCIAL)).isTrue();
		assertThat(VehicleRules.singleIdService(VehicleType.MICRO_PASSENGER, Usage.NON_COMMERCIAL)).isTrue();
		assertThat(VehicleRules.singleIdService(VehicleType.SMALL_PASSENGER, Usage.COMMERCIAL)).isFalse();
		assertThat(VehicleRules.singleIdService(VehicleType.TRUCK, Usage.NON_COMMERCIAL)).isFalse();
	}

	@Test
	void poolsOfferAtLeastFiveNumbers() {
		var defaults = VehiclesPolicy.defaults();
		assertThat(defaults.poolSize()).isEqualTo(50);
		assertThatThrownBy(() -> new VehiclesPolicy(defaults.authority(), 4, 10, defaults.selfComposedOrdinary(),
				defaults.selfComposedNewEnergy(), defaults.exemptionTypes(), 24, 30, 10, 5, defaults.reform(), "4201"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void generatedSerialsFitTheirLayout() {
		for (int i = 0; i < 500; i++) {
			assertThat(PlateNumber.of("鄂A" + Plates.serial(PlateKind.ORDINARY)).kind()).isEqualTo(PlateKind.ORDINARY);
			RULES.checkSelfComposed(PlateNumber.of("鄂A" + Plates.serial(PlateKind.ORDINARY)));
			assertThat(PlateNumber.of("鄂A" + Plates.serial(PlateKind.NEW_ENERGY_SMALL)).kind())
				.isEqualTo(PlateKind.NEW_ENERGY_SMALL);
			assertThat(PlateNumber.of("鄂A" + Plates.serial(PlateKind.NEW_ENERGY_LARGE)).kind())
				.isEqualTo(PlateKind.NEW_ENERGY_LARGE);
		}
	}
}
