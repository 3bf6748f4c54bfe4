package org.cheguan.identity;

import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.ResidentIdNumber;
import org.jspecify.annotations.Nullable;

/**
 * A citizen's real-name data, decrypted. Hand it only to code whose caller's role needs it; serialize the masked
 * forms everywhere else.
 *
 * @param id the citizen
 * @param idNumber resident ID number (GB 11643-1999)
 * @param mobile mobile number the citizen is reached at
 * @param name full name, or null when not yet given
 */
public record CitizenProfile(CitizenId id, ResidentIdNumber idNumber, MobileNumber mobile, @Nullable String name) {

	/** @return the name with all but the first character masked ({@code 张**}), or null */
	public @Nullable String maskedName() {
		return Citizens.maskName(name);
	}
}
