package org.cheguan.hotline;

import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.shared.MobileNumber;
import org.jspecify.annotations.Nullable;

/**
 * A ticket to open.
 *
 * @param kind what the caller wants
 * @param channel how it arrived
 * @param callerMobile the caller's mobile (progress messages go there), or null when unknown (an Open311 client
 *        without a phone)
 * @param citizen the caller when a known real-name citizen, or null
 * @param description what the caller said, 1 to 2000 characters
 * @param staff the staff member named, by user name or account id, or null
 * @param outletId the outlet concerned, or null
 * @param latitude WGS84 latitude from an Open311 client, or null
 * @param longitude WGS84 longitude, or null
 * @param address a free-text address from an Open311 client, or null
 */
public record NewTicket(TicketKind kind, TicketChannel channel, @Nullable MobileNumber callerMobile,
		@Nullable CitizenId citizen, String description, @Nullable String staff, @Nullable UUID outletId,
		@Nullable Double latitude, @Nullable Double longitude, @Nullable String address) {

	/**
	 * A ticket taken by an agent or from the app, without a location.
	 *
	 * @param kind what the caller wants
	 * @param channel how it arrived
	 * @param callerMobile the caller's mobile
	 * @param citizen the caller when known, or null
	 * @param description what the caller said
	 * @param staff the staff member named, or null
	 * @param outletId the outlet concerned, or null
	 * @return the request
	 */
	public static NewTicket of(TicketKind kind, TicketChannel channel, @Nullable MobileNumber callerMobile,
			@Nullable CitizenId citizen, String description, @Nullable String staff, @Nullable UUID outletId) {
		return new NewTicket(kind, channel, callerMobile, citizen, description, staff, outletId, null, null, null);
	}
}
