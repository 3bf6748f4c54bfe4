package org.cheguan.ebikes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.cheguan.shared.DomainRuleViolation;

/**
 * The technical limits an e-bike must meet to be registered (domain-rules.md §8), by the standard of its manufacture
 * date ({@link EbikeStandard#forManufactureDate}):
 * <ul>
 * <li>maximum design speed at most 25 km/h (GB 17761-2018 4.1.1; GB 17761-2024 the same);</li>
 * <li>complete vehicle mass at most 55 kg (GB 17761-2018 4.1.2); under GB 17761-2024 at most 63 kg for a lead-acid
 * bike and 55 kg for any other;</li>
 * <li>battery nominal voltage at most 48 V (GB 17761-2018 4.3; GB 17761-2024 the same);</li>
 * <li>motor rated continuous output power at most 400 W (GB 17761-2018 4.3; GB 17761-2024 the same);</li>
 * <li>pedals: the bike must be rideable by pedalling (GB 17761-2018 4.1.3; GB 17761-2024 the same);</li>
 * <li>a CCC certificate of conformity (强制性产品认证; the certificate must match the frame plate, which the clerk
 * checks by eye).</li>
 * </ul>
 * Every limit is inclusive: a bike exactly at the limit is accepted. Every exceeded limit is reported, not only the
 * first, so that a clerk can tell the citizen everything at once.
 * <p>
 * The limit values are confirmed by several public sources; the clause numbers are indicative (the sources quote the
 * limits, not the numbering of the standard) and are constants here so that one edit corrects them everywhere. Not
 * checked: the other GB 17761-2024 requirements (plastics at most 5.5 % of the mass, anti-tamper battery, controller and
 * speed limiter, BeiDou positioning), which the CCC certificate covers; the Wuhan/Hubei local rules (not found) are
 * configuration, see {@link EbikeProperties}.
 */
public final class EbikeRules {

	/** Maximum design speed in km/h under both standards. */
	public static final BigDecimal MAX_SPEED_KMH = new BigDecimal("25");

	/** Maximum complete vehicle mass in kg: GB 17761-2018, and GB 17761-2024 for bikes that are not lead-acid. */
	public static final BigDecimal MAX_MASS_KG = new BigDecimal("55");

	/** Maximum complete vehicle mass in kg of a lead-acid bike under GB 17761-2024. */
	public static final BigDecimal MAX_MASS_LEAD_ACID_2024_KG = new BigDecimal("63");

	/** Maximum battery nominal voltage in V under both standards. */
	public static final BigDecimal MAX_BATTERY_VOLTAGE = new BigDecimal("48");

	/** Maximum motor rated continuous output power in W under both standards. */
	public static final BigDecimal MAX_MOTOR_POWER_WATTS = new BigDecimal("400");

	private EbikeRules() {
	}

	/**
	 * The clause of a standard that sets a limit, as used in {@code rule} members: {@code GB-17761-2018-4.1.1}.
	 *
	 * @param standard the standard
	 * @param limit the limit
	 * @return the clause identifier (clause numbers indicative)
	 */
	public static String clause(EbikeStandard standard, EbikeLimit limit) {
		var prefix = standard == EbikeStandard.GB_17761_2018 ? "GB-17761-2018-" : "GB-17761-2024-";
		return prefix + switch (limit) {
			case MAX_SPEED -> "4.1.1";
			case MASS -> "4.1.2";
			case PEDALS -> "4.1.3";
			case BATTERY_VOLTAGE -> "4.3-voltage";
			case MOTOR_POWER -> "4.3-motor";
			case CERTIFICATE -> "CCC";
		};
	}

	/**
	 * @param standard a standard
	 * @param batteryType the battery's chemistry
	 * @return the mass limit in kg: 63 for a lead-acid bike under GB 17761-2024, 55 otherwise
	 */
	public static BigDecimal maxMassKg(EbikeStandard standard, BatteryType batteryType) {
		return standard == EbikeStandard.GB_17761_2024 && batteryType == BatteryType.LEAD_ACID
				? MAX_MASS_LEAD_ACID_2024_KG : MAX_MASS_KG;
	}

	/**
	 * @param bike the bike's technical facts
	 * @return every limit it exceeds, in the order of {@link EbikeLimit}; empty when it may be registered
	 */
	public static List<LimitExceeded> check(EbikeSpecification bike) {
		var standard = bike.standard();
		var exceeded = new ArrayList<LimitExceeded>();
		over(exceeded, standard, EbikeLimit.MAX_SPEED, MAX_SPEED_KMH, bike.maxSpeedKmh());
		over(exceeded, standard, EbikeLimit.MASS, maxMassKg(standard, bike.batteryType()), bike.massKg());
		over(exceeded, standard, EbikeLimit.BATTERY_VOLTAGE, MAX_BATTERY_VOLTAGE, bike.batteryVoltage());
		over(exceeded, standard, EbikeLimit.MOTOR_POWER, MAX_MOTOR_POWER_WATTS,
				BigDecimal.valueOf(bike.motorPowerWatts()));
		if (!bike.hasPedals()) {
			exceeded.add(new LimitExceeded(EbikeLimit.PEDALS, standard, clause(standard, EbikeLimit.PEDALS), null, null,
					null));
		}
		if (bike.certificateNumber() == null || bike.certificateNumber().isBlank()) {
			exceeded.add(new LimitExceeded(EbikeLimit.CERTIFICATE, standard, clause(standard, EbikeLimit.CERTIFICATE),
					null, null, null));
		}
		return List.copyOf(exceeded);
	}

	/**
	 * @param bike the bike's technical facts
	 * @throws DomainRuleViolation 422 {@code rule-violation} {@code ebikes.registration.over-limits} when it exceeds any
	 * limit: {@code rule} names the standard, {@code violations} lists every {@link LimitExceeded}
	 */
	public static void requireCompliant(EbikeSpecification bike) {
		var exceeded = check(bike);
		if (exceeded.isEmpty()) {
			return;
		}
		var properties = new LinkedHashMap<String, Object>();
		properties.put("standard", bike.standard().code());
		properties.put("violations", exceeded);
		// each exceeded limit is one message argument that the message source words in the reader's language
		var arguments = new Object[2 + EbikeLimit.values().length];
		arguments[0] = bike.standard().code();
		arguments[1] = exceeded.size();
		java.util.Arrays.fill(arguments, 2, arguments.length, "");
		for (var limit : exceeded) {
			arguments[2 + limit.limit().ordinal()] = describe(limit);
		}
		throw new DomainRuleViolation(bike.standard() == EbikeStandard.GB_17761_2018 ? "GB-17761-2018" : "GB-17761-2024",
				properties, "ebikes.registration.over-limits", arguments);
	}

	/**
	 * @param limit an exceeded limit
	 * @return its wording, message {@code ebikes.limit.exceeded.<LIMIT>} with the value, the maximum and the clause
	 */
	public static org.springframework.context.MessageSourceResolvable describe(LimitExceeded limit) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable(
				new String[] { "ebikes.limit.exceeded." + limit.limit().name() },
				new Object[] { limit.value() == null ? "" : limit.value().toPlainString(),
						limit.maximum() == null ? "" : limit.maximum().toPlainString(), limit.rule() });
	}

	private static void over(List<LimitExceeded> exceeded, EbikeStandard standard, EbikeLimit limit,
			BigDecimal maximum, BigDecimal value) {
		if (value.compareTo(maximum) > 0) {
			exceeded.add(new LimitExceeded(limit, standard, clause(standard, limit), maximum, value, limit.unit()));
		}
	}
}
