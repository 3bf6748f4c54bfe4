package org.cheguan.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the one application {@link Clock}: system time in Asia/Shanghai, movable only in the demo profile. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	OfficeClock clock() {
		return new OfficeClock(Clock.systemUTC());
	}
}
