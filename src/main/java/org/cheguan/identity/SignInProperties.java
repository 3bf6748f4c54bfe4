package org.cheguan.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of citizen sign-in by one-time code.
 *
 * @param codeValidity how long a code works (default 5 minutes)
 * @param maxAttempts wrong tries before a code dies (default 5)
 * @param codesPerHour codes one citizen may request in a rolling hour (default 5), against SMS bombing
 * @param sessionValidity lifetime of a bearer token (default 8 hours)
 */
@ConfigurationProperties("cheguan.identity.sign-in")
record SignInProperties(@DefaultValue("PT5M") Duration codeValidity, @DefaultValue("5") int maxAttempts,
		@DefaultValue("5") int codesPerHour, @DefaultValue("PT8H") Duration sessionValidity) {
}
