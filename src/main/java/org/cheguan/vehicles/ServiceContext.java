package org.cheguan.vehicles;

import java.time.Instant;
import java.util.UUID;

import org.cheguan.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * Where, how and by whom a vehicle service is rendered, for the service events ({@link VehicleServiceCompleted}).
 *
 * @param channel how the citizen is served
 * @param outletId the outlet, or null online
 * @param staffUsername the staff member, or null for a citizen serving themselves
 * @param startedAt when the service started, or null for the moment it completes
 */
public record ServiceContext(Channel channel, @Nullable UUID outletId, @Nullable String staffUsername,
		@Nullable Instant startedAt) {

	/**
	 * @param staffUsername a clerk
	 * @return a window service by that clerk, started now
	 */
	public static ServiceContext window(String staffUsername) {
		return new ServiceContext(Channel.WINDOW, null, staffUsername, null);
	}

	/** @return a citizen online (12123 or the portal) */
	public static ServiceContext online() {
		return new ServiceContext(Channel.ONLINE, null, null, null);
	}

	/** @return the requester key that holds plate pools: the staff username, else {@code citizen} */
	String requester() {
		return staffUsername == null ? "online" : staffUsername;
	}
}
