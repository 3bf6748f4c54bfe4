package org.cheguan.licensing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The licensing rules as a bean, with the product decisions of domain-rules.md as configuration:
 * {@code cheguan.licensing.upper-age-inclusive} (default false: the applicant must be under the ceiling age) and
 * {@code cheguan.licensing.wait-inclusive} (default true: booking allowed on permit date + N days).
 */
@Configuration(proxyBeanMethods = false)
class LicensingConfiguration {

	@Bean
	LicensingRules licensingRules(@Value("${cheguan.licensing.upper-age-inclusive:false}") boolean upperAgeInclusive,
			@Value("${cheguan.licensing.wait-inclusive:true}") boolean waitInclusive) {
		return new LicensingRules(new LicensingPolicy(upperAgeInclusive, waitInclusive));
	}
}
