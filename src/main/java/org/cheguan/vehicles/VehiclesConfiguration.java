package org.cheguan.vehicles;

import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

import org.cheguan.shared.IssuingAuthority;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The vehicle rules as beans, with the product decisions as configuration ({@code cheguan.vehicles.*}, defaults in
 * {@link VehiclesPolicy#defaults()}).
 */
@Configuration(proxyBeanMethods = false)
class VehiclesConfiguration {

	@Bean
	VehiclesPolicy vehiclesPolicy(@Value("${cheguan.vehicles.authority:鄂A}") String authority,
			@Value("${cheguan.vehicles.plates.pool-size:50}") int poolSize,
			@Value("${cheguan.vehicles.plates.hold-minutes:10}") int holdMinutes,
			@Value("${cheguan.vehicles.plates.self-composed-ordinary:}") String ordinary,
			@Value("${cheguan.vehicles.plates.self-composed-new-energy:}") String newEnergy,
			@Value("${cheguan.vehicles.exemption.types:SMALL_PASSENGER}") List<VehicleType> exemptionTypes,
			@Value("${cheguan.vehicles.exemption.max-age-months:24}") int exemptionMonths,
			@Value("${cheguan.vehicles.transfer-deadline-days:30}") int transferDays,
			@Value("${cheguan.vehicles.change-deadline-days:10}") int changeDays,
			@Value("${cheguan.vehicles.coordination.working-days:5}") int caseDays,
			@Value("${cheguan.vehicles.inspection.reform:REFORM_2022}") InspectionReform reform,
			@Value("${cheguan.vehicles.local-address-prefix:4201}") String localAddressPrefix) {
		return new VehiclesPolicy(IssuingAuthority.of(authority), poolSize, holdMinutes, Pattern.compile(ordinary.isBlank() ? VehiclesPolicy.ORDINARY_PATTERN : ordinary),
				Pattern.compile(newEnergy.isBlank() ? VehiclesPolicy.NEW_ENERGY_PATTERN : newEnergy), exemptionTypes.isEmpty() ? EnumSet.noneOf(VehicleType.class)
						: EnumSet.copyOf(exemptionTypes), exemptionMonths, transferDays, changeDays, caseDays, reform,
				localAddressPrefix);
	}

	@Bean
	VehicleRules vehicleRules(VehiclesPolicy policy) {
		return new VehicleRules(policy);
	}

	@Bean
	InspectionSchedule inspectionSchedule(VehiclesPolicy policy) {
		return new InspectionSchedule(policy.reform());
	}
}
