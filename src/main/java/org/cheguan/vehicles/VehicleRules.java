package org.cheguan.vehicles;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cheguan.shared.DomainRuleViolation;
import org.cheguan.shared.PlateKind;
import org.cheguan.shared.PlateNumber;
import org.jspecify.annotations.Nullable;

/**
 * The vehicle registration rules as plain Java (公安部令第164号, GA 36-2018; domain-rules.md §2 and §4), with the
 * product's configurable readings in {@link VehiclesPolicy}.
 */
public final class VehicleRules {

	/** Blockers of a transfer, change and transfer-out: the refusal list of 公安部令第164号 (domain-rules.md §2). */
	public static final String RULE_BLOCKERS = "MPS-164 转让/变更登记 不予办理情形";

	/** A mortgaged vehicle is transferred only with the mortgagee's consent (domain-rules.md §2, [uncertain]). */
	public static final String RULE_MORTGAGE = "MPS-164 抵押登记";

	/** New-energy vehicles carry new-energy plates, others ordinary ones (GA 36-2018, domain-rules.md §4). */
	public static final String RULE_PLATE_KIND = PlateNumber.RULE;

	/** Self-composed numbers follow the local coding rules (公安部令第102号 选号, domain-rules.md §2). */
	public static final String RULE_SELF_COMPOSED = "MPS-102 自编自选号牌 本地编码规则";

	/** The owner applies for a transfer within 30 days of delivery (公安部令第164号 第二十五条). */
	public static final String RULE_TRANSFER_DEADLINE = "MPS-164-art-25";

	/** Changes of body colour, engine, body or frame within 10 days (公安部令第164号 第十六条). */
	public static final String RULE_CHANGE_DEADLINE = "MPS-164-art-16";

	/** 一证通办: only the ID card for small and micro non-commercial passenger cars (公安部令第164号, new measure 2). */
	public static final String RULE_SINGLE_ID = "MPS-164 一证通办";

	private static final Map<StatusCode, String> LABELS = new EnumMap<>(Map.ofEntries(Map.entry(StatusCode.A, "正常"),
			Map.entry(StatusCode.B, "已转出"), Map.entry(StatusCode.C, "被盗抢"), Map.entry(StatusCode.D, "停驶"),
			Map.entry(StatusCode.E, "已注销"), Map.entry(StatusCode.G, "有违法未处理"), Map.entry(StatusCode.H, "海关监管"),
			Map.entry(StatusCode.I, "有事故未处理"), Map.entry(StatusCode.J, "嫌疑车"), Map.entry(StatusCode.K, "被查封"),
			Map.entry(StatusCode.L, "被暂扣"), Map.entry(StatusCode.M, "已强制注销"), Map.entry(StatusCode.N, "事故逃逸"),
			Map.entry(StatusCode.O, "被锁定"), Map.entry(StatusCode.P, "达到报废标准"), Map.entry(StatusCode.Q, "逾期未检验"),
			Map.entry(StatusCode.Z, "其他")));

	private final VehiclesPolicy policy;

	/**
	 * @param policy the configurable readings
	 */
	public VehicleRules(VehiclesPolicy policy) {
		this.policy = policy;
	}

	/** @return the policy */
	public VehiclesPolicy policy() {
		return policy;
	}

	/**
	 * @param code a status code
	 * @return its meaning in the office's words, e.g. 被查封
	 */
	public static String label(StatusCode code) {
		return LABELS.get(code);
	}

	/**
	 * @param codes status codes
	 * @return the meanings joined, e.g. 被查封、有违法未处理
	 */
	public static String labels(Set<StatusCode> codes) {
		return codes.stream().map(VehicleRules::label).collect(Collectors.joining("、"));
	}

	/**
	 * Every reason a transfer, change or transfer-out is refused now: each blocking status code (stolen, seized,
	 * detained, unprocessed violations or accidents, customs, scrapping, …) and a mortgage without the mortgagee's
	 * consent.
	 *
	 * @param codes the vehicle's status codes
	 * @param mortgagee the registered mortgagee, or null
	 * @param mortgageeConsents whether the mortgagee consents (applies jointly)
	 * @param authority who must clear a status blocker
	 * @return the blockers, empty when none
	 */
	public static List<Blocker> blockers(Set<StatusCode> codes, @Nullable String mortgagee, boolean mortgageeConsents,
			String authority) {
		var result = new ArrayList<Blocker>();
		for (var code : codes) {
			if (code.blocksTransfer()) {
				result.add(new Blocker("STATUS_" + code.name(), authority, label(code)));
			}
		}
		if (mortgagee != null && !mortgageeConsents) {
			result.add(new Blocker("MORTGAGE", authority, "已抵押给" + mortgagee + "，未经抵押权人同意"));
		}
		return result;
	}

	/**
	 * Refuses when any blocker is present, naming every one of them.
	 *
	 * @param blockers the blockers
	 * @param action the message key of the action, e.g. {@code vehicles.transfer.blocked}
	 * @throws DomainRuleViolation (422) with {@code blockers:[{kind, authority, detail}]}
	 */
	public static void refuseIfBlocked(List<Blocker> blockers, String action) {
		if (blockers.isEmpty()) {
			return;
		}
		var rule = blockers.stream().allMatch(blocker -> blocker.kind().equals("MORTGAGE")) ? RULE_MORTGAGE
				: RULE_BLOCKERS;
		throw new DomainRuleViolation(rule, Map.of("blockers", blockers), action,
				blockers.stream().map(Blocker::detail).collect(Collectors.joining("、")));
	}

	/**
	 * Whether a new vehicle skips the identity check (免查验, 公安部令第164号 new measure 1; the older rule that an
	 * exempt vehicle is checked when registered more than 2 years after manufacture or after an accident, domain-rules.md
	 * §2). Conditions are configuration ({@link VehiclesPolicy#exemptionTypes()}, {@link VehiclesPolicy#exemptionMaxAgeMonths()}).
	 *
	 * @param type vehicle type
	 * @param usage usage
	 * @param domesticModelApproved the model is an approved domestic model (国产免检车型)
	 * @param accidentBeforeRegistration it had an accident before registration
	 * @param manufacturedOn manufacture date
	 * @param today the registration date
	 * @return true when the identity check is required
	 */
	public boolean identityCheckRequired(VehicleType type, Usage usage, boolean domesticModelApproved,
			boolean accidentBeforeRegistration, LocalDate manufacturedOn, LocalDate today) {
		var exempt = policy.exemptionTypes().contains(type) && usage == Usage.NON_COMMERCIAL && domesticModelApproved
				&& !accidentBeforeRegistration
				&& !today.isAfter(manufacturedOn.plusMonths(policy.exemptionMaxAgeMonths()));
		return !exempt;
	}

	/**
	 * Checks that a plate fits the vehicle: this office's authority, and a new-energy layout exactly for new-energy
	 * vehicles (small or large by type).
	 *
	 * @param plate the plate
	 * @param type vehicle type
	 * @param energy energy
	 * @throws DomainRuleViolation when it does not fit
	 */
	public void checkPlateFits(PlateNumber plate, VehicleType type, Energy energy) {
		if (!plate.issuingAuthority().equals(policy.authority())) {
			throw new DomainRuleViolation(RULE_PLATE_KIND, "vehicles.plate.other-authority", plate.value(),
					policy.authority().toString());
		}
		var expected = type.plateKind(energy);
		if (plate.kind() != expected) {
			throw new DomainRuleViolation(RULE_PLATE_KIND, "vehicles.plate.wrong-kind", plate.value(),
					expected.name());
		}
	}

	/**
	 * Checks a self-composed serial against the local coding rules.
	 *
	 * @param plate the plate
	 * @throws DomainRuleViolation when the serial breaks the configured pattern
	 */
	public void checkSelfComposed(PlateNumber plate) {
		var pattern = plate.kind() == PlateKind.ORDINARY ? policy.selfComposedOrdinary()
				: policy.selfComposedNewEnergy();
		if (!pattern.matcher(plate.serial()).matches()) {
			throw new DomainRuleViolation(RULE_SELF_COMPOSED, "vehicles.plate.self-composed", plate.value(),
					pattern.pattern());
		}
	}

	/**
	 * @param deliveredOn delivery date of the vehicle to the buyer
	 * @param today the application date
	 * @return whether the transfer is applied for more than 30 days after delivery (flagged, 第二十五条)
	 */
	public boolean transferOverdue(LocalDate deliveredOn, LocalDate today) {
		return ChronoUnit.DAYS.between(deliveredOn, today) > policy.transferDeadlineDays();
	}

	/**
	 * @param changedOn when the vehicle was changed
	 * @param today the application date
	 * @return whether the change is applied for more than 10 days after it was made (第十六条)
	 */
	public boolean changeOverdue(LocalDate changedOn, LocalDate today) {
		return ChronoUnit.DAYS.between(changedOn, today) > policy.changeDeadlineDays();
	}

	/**
	 * @param type vehicle type
	 * @param usage usage
	 * @return whether the single-ID service applies (small or micro non-commercial passenger car)
	 */
	public static boolean singleIdService(VehicleType type, Usage usage) {
		return type.smallOrMicroPassenger() && usage == Usage.NON_COMMERCIAL;
	}
}
