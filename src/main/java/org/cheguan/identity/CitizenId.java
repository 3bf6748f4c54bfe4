package org.cheguan.identity;

import java.util.UUID;

/**
 * Identifier of a citizen. Other modules keep only this id, never the citizen's personal data (architecture.md).
 *
 * @param value the UUID
 */
public record CitizenId(UUID value) {

	/**
	 * @param text a UUID in text form
	 * @return the id
	 * @throws IllegalArgumentException when the text is not a UUID
	 */
	public static CitizenId parse(String text) {
		return new CitizenId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
