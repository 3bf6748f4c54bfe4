package org.cheguan.outlets;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Which business types (业务) each kind of outlet accepts: a configurable matrix. A code is UPPER_SNAKE (the catalogue
 * CODES, documented in docs/outlets.md); property {@code cheguan.outlets.services.<KIND>} (a comma-separated
 * list, e.g. {@code cheguan.outlets.services.POSTAL=DL_RENEWAL,DL_REPLACEMENT}) overrides a kind's default. New
 * outlets take their kind's services; the defaults follow the glossary (branch offices and service centres accept most
 * business, police-postal outlets simple business, self-service offices photo, medical check, acceptance and card
 * printing) and the seed.
 */
@Component
public class ServiceMatrix {

	/** The catalogue of business-type codes outlets know. */
	public static final List<String> CODES = List.of("DL_APPLICATION", "DL_EXAM", "DL_RENEWAL", "DL_REPLACEMENT",
			"DL_MILITARY_EXCHANGE", "MEDICAL_CHECK", "PHOTO", "VEHICLE_REGISTRATION", "VEHICLE_TRANSFER",
			"VEHICLE_TRANSFER_IN", "VEHICLE_CHANGE", "VEHICLE_MORTGAGE", "VEHICLE_DEREGISTRATION", "VEHICLE_INSPECTION",
			"INSPECTION_SIGN", "PLATE_REPLACEMENT", "EBIKE_REGISTRATION", "ENTERPRISE_BATCH");

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

	/** The default matrix. */
	static final Map<OutletKind, Set<String>> DEFAULTS = defaults();

	private final Map<OutletKind, Set<String>> matrix;

	ServiceMatrix(Environment environment) {
		var configured = new EnumMap<OutletKind, Set<String>>(OutletKind.class);
		for (var kind : OutletKind.values()) {
			var property = environment.getProperty("cheguan.outlets.services." + kind.name());
			configured.put(kind, property == null ? DEFAULTS.get(kind) : parse(property));
		}
		this.matrix = Collections.unmodifiableMap(configured);
	}

	/** The default matrix, for plain tests and the demo generator. */
	static ServiceMatrix defaultMatrix() {
		return new ServiceMatrix(new org.springframework.core.env.StandardEnvironment());
	}

	/**
	 * @param kind a kind of outlet
	 * @return the business-type codes it accepts
	 */
	public Set<String> servicesOf(OutletKind kind) {
		return matrix.get(kind);
	}

	/** @return the whole matrix, every kind */
	public Map<OutletKind, Set<String>> matrix() {
		return matrix;
	}

	/**
	 * @param code a business-type code
	 * @return whether it is UPPER_SNAKE
	 */
	public static boolean wellFormed(String code) {
		return CODE.matcher(code).matches();
	}

	private static Set<String> parse(String property) {
		var codes = Arrays.stream(property.split(",")).map(String::strip).filter(code -> !code.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
		for (var code : codes) {
			if (!wellFormed(code)) {
				throw new IllegalStateException("cheguan.outlets.services: " + code + " is not an UPPER_SNAKE code");
			}
		}
		return Collections.unmodifiableSet(codes);
	}

	private static Map<OutletKind, Set<String>> defaults() {
		var most = List.of("DL_APPLICATION", "DL_RENEWAL", "DL_REPLACEMENT", "DL_MILITARY_EXCHANGE", "PHOTO",
				"VEHICLE_REGISTRATION", "VEHICLE_TRANSFER", "VEHICLE_TRANSFER_IN", "VEHICLE_CHANGE", "VEHICLE_MORTGAGE",
				"VEHICLE_DEREGISTRATION", "INSPECTION_SIGN", "PLATE_REPLACEMENT", "ENTERPRISE_BATCH");
		var map = new EnumMap<OutletKind, Set<String>>(OutletKind.class);
		var main = new LinkedHashSet<>(most);
		main.add("MEDICAL_CHECK");
		map.put(OutletKind.MAIN_OFFICE, Collections.unmodifiableSet(main));
		map.put(OutletKind.BRANCH_OFFICE, Set.copyOf(most));
		map.put(OutletKind.SERVICE_CENTRE, Set.copyOf(most));
		map.put(OutletKind.SELF_SERVICE,
				Set.of("PHOTO", "MEDICAL_CHECK", "DL_RENEWAL", "DL_REPLACEMENT", "PLATE_REPLACEMENT", "INSPECTION_SIGN"));
		map.put(OutletKind.POSTAL, Set.of("DL_RENEWAL", "DL_REPLACEMENT", "INSPECTION_SIGN", "PLATE_REPLACEMENT"));
		map.put(OutletKind.MEDICAL, Set.of("MEDICAL_CHECK"));
		map.put(OutletKind.TESTING_STATION, Set.of("VEHICLE_INSPECTION", "INSPECTION_SIGN"));
		map.put(OutletKind.EBIKE_REGISTRATION, Set.of("EBIKE_REGISTRATION"));
		map.put(OutletKind.EXAM_VENUE, Set.of("DL_EXAM"));
		map.put(OutletKind.MOBILE, Set.of("DL_RENEWAL", "DL_REPLACEMENT", "MEDICAL_CHECK", "PHOTO", "VEHICLE_TRANSFER",
				"INSPECTION_SIGN", "ENTERPRISE_BATCH", "EBIKE_REGISTRATION"));
		return Collections.unmodifiableMap(map);
	}
}
