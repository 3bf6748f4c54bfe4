package org.cheguan.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Registers the API filters around Spring Security's chain (order -100): the body-size limit before it, the
 * idempotency filter after it (it needs the authenticated caller to scope keys), and the daily clean-up of expired
 * idempotency records ({@code cheguan.idempotency.retention}, default 24 hours); and, first of all, the refusal of
 * TRACE.
 */
@Configuration(proxyBeanMethods = false)
class ApiFilterConfiguration {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration retention;

	ApiFilterConfiguration(JdbcClient jdbc, Clock clock,
			@Value("${cheguan.idempotency.retention:PT24H}") Duration retention) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.retention = retention;
	}

	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(Problems problems, LocaleResolver locales,
			@Value("${cheguan.api.max-body-bytes:1048576}") long maxBytes) {
		var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(maxBytes, problems, locales));
		registration.setOrder(-200);
		registration.addUrlPatterns("/api/*", "/open311/*");
		return registration;
	}

	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(Problems problems, LocaleResolver locales) {
		var registration = new FilterRegistrationBean<>(new IdempotencyFilter(jdbc, clock, problems, locales));
		registration.setOrder(0);
		registration.addUrlPatterns("/api/*", "/open311/*");
		return registration;
	}

	/**
	 * TRACE is answered first of all filters, never echoed ({@link TraceRefusalFilter}); the connector lets it in
	 * so that the answer names the methods of the path, not every method of the dispatcher servlet.
	 */
	@Bean
	FilterRegistrationBean<TraceRefusalFilter> traceRefusalFilter(
			org.springframework.beans.factory.ObjectProvider<org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping> mappings,
			Problems problems, LocaleResolver locales) {
		var registration = new FilterRegistrationBean<>(new TraceRefusalFilter(mappings, problems, locales));
		registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
		registration.addUrlPatterns("/*");
		return registration;
	}

	@Bean
	org.springframework.boot.tomcat.TomcatConnectorCustomizer allowTrace() {
		return connector -> connector.setAllowTrace(true);
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetExpiredIdempotencyRecords() {
		jdbc.sql("delete from platform.idempotency_record where created_at < :before")
			.param("before", Timestamp.from(clock.instant().minus(retention)))
			.update();
	}
}
