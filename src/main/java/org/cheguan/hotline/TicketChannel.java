package org.cheguan.hotline;

import org.cheguan.shared.Channel;

/** How a ticket reached the hotline. */
public enum TicketChannel {

	/** A call to the 12123 voice line, taken by an agent. */
	PHONE(Channel.HOTLINE),

	/** The 12123 app (including Open311 clients that identify a device). */
	APP(Channel.ONLINE),

	/** The web portal or an Open311 client. */
	WEB(Channel.ONLINE);

	private final Channel serviceChannel;

	TicketChannel(Channel serviceChannel) {
		this.serviceChannel = serviceChannel;
	}

	/** @return the channel a service record names (受理渠道): HOTLINE for phone, ONLINE for app and web */
	public Channel serviceChannel() {
		return serviceChannel;
	}
}
