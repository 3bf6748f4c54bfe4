package org.cheguan.shared;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A value failed validation on construction (400). The slug names the kind of value: {@code invalid-resident-id},
 * {@code invalid-vin}, {@code invalid-plate}, {@code invalid-mobile}, or {@code validation} for anything else.
 */
public class InvalidValue extends ProblemException {

	/** Slug of an invalid resident ID number (GB 11643-1999). */
	public static final String RESIDENT_ID = "invalid-resident-id";

	/** Slug of an invalid VIN (GB 16735 / ISO 3779). */
	public static final String VIN = "invalid-vin";

	/** Slug of an invalid plate number (GA 36-2018). */
	public static final String PLATE = "invalid-plate";

	/** Slug of an invalid mainland mobile number. */
	public static final String MOBILE = "invalid-mobile";

	/** Slug of any other invalid input. */
	public static final String VALIDATION = "validation";

	/**
	 * @param slug one of the constants of this class
	 * @param messageKey key of the localized detail message
	 * @param rule the standard the value breaks, e.g. {@code GB 11643-1999}
	 * @param messageArguments arguments of the message
	 */
	public InvalidValue(String slug, String messageKey, @Nullable String rule, Object... messageArguments) {
		super(slug, 400, messageKey, messageArguments, rule, Map.of());
	}
}
