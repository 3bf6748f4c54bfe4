package org.cheguan.shared;

/**
 * How a citizen was served (受理渠道, glossary). Every service record names one; reports count services by it.
 */
public enum Channel {

	/** At a service window of an outlet (窗口). */
	WINDOW,

	/** At a self-service machine or self-service office (自助). */
	SELF_SERVICE,

	/** At a police-postal outlet (邮政代办). */
	POSTAL,

	/** By the mobile office on a visit (流动车管所). */
	MOBILE,

	/** Online: the 12123 app or the web portal (网办). */
	ONLINE,

	/** By the 12123 hotline (热线). */
	HOTLINE
}
