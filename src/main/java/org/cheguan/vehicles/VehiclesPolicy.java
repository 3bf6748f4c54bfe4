package org.cheguan.vehicles;

import java.util.Set;
import java.util.regex.Pattern;

import org.cheguan.shared.IssuingAuthority;

/**
 * The product's configurable readings of the vehicle rules (domain-rules.md, Decisions for this product, and the
 * points marked not found or uncertain), bound from {@code cheguan.vehicles.*}.
 *
 * @param authority this office's plate authority, default 鄂A
 * @param poolSize plate numbers in a random pool, default 50, at least 5 (公安部令第102号: at least 5)
 * @param holdMinutes how long a pool is held for its requester, default 10
 * @param selfComposedOrdinary local coding rule for self-composed ordinary serials (default: 5 characters, the last a
 *        digit, at most 2 letters)
 * @param selfComposedNewEnergy local coding rule for self-composed new-energy serials
 * @param exemptionTypes vehicle types that may skip the identity check (免查验), default small passenger cars
 * @param exemptionMaxAgeMonths months after manufacture within which the exemption holds, default 24
 * @param transferDeadlineDays days after delivery for a transfer, default 30
 * @param changeDeadlineDays days after a change, default 10
 * @param caseWorkingDays working days a coordination case has, default 5
 * @param reform the inspection reform layer, default 2022
 * @param localAddressPrefix ID address-code prefix of residents of this city, default 4201 (Wuhan)
 */
public record VehiclesPolicy(IssuingAuthority authority, int poolSize, int holdMinutes, Pattern selfComposedOrdinary,
		Pattern selfComposedNewEnergy, Set<VehicleType> exemptionTypes, int exemptionMaxAgeMonths,
		int transferDeadlineDays, int changeDeadlineDays, int caseWorkingDays, InspectionReform reform, String localAddressPrefix) {

	/** Default local rule for self-composed ordinary serials. */
	public static final String ORDINARY_PATTERN = "(?=(?:[0-9]*[A-HJ-NP-Z]){0,2}[0-9]*$)[A-HJ-NP-Z0-9]{4}[0-9]";

	/** Default local rule for self-composed new-energy serials. */
	public static final String NEW_ENERGY_PATTERN = "[DF][A-HJ-NP-Z0-9][0-9]{4}|[0-9]{5}[DF]";

	/**
	 * @throws IllegalArgumentException for a pool under 5 numbers
	 */
	public VehiclesPolicy {
		if (poolSize < 5) {
			throw new IllegalArgumentException("a plate pool offers at least 5 numbers (公安部令第102号)");
		}
	}

	/** @return the product decisions */
	public static VehiclesPolicy defaults() {
		return new VehiclesPolicy(IssuingAuthority.of("鄂A"), 50, 10, Pattern.compile(ORDINARY_PATTERN),
				Pattern.compile(NEW_ENERGY_PATTERN), Set.of(VehicleType.SMALL_PASSENGER), 24, 30, 10, 5,
				InspectionReform.REFORM_2022, "4201");
	}
}
