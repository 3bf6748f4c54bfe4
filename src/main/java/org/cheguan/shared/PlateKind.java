package org.cheguan.shared;

/** The serial layouts of a motor-vehicle plate number (GA 36-2018). */
public enum PlateKind {

	/** Five letters or digits, I and O never used, e.g. 鄂A12345 (blue or yellow plate, GA 36-2018 §5.9.1). */
	ORDINARY,

	/**
	 * New-energy small vehicle (gradient green plate): D (pure electric) or F (other new energy), then a letter or
	 * digit, then four digits, e.g. 鄂AD12345.
	 */
	NEW_ENERGY_SMALL,

	/**
	 * New-energy large vehicle (yellow-green plate): five digits, then D (pure electric) or F (other new energy),
	 * e.g. 鄂A12345D.
	 */
	NEW_ENERGY_LARGE
}
