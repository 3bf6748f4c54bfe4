package org.cheguan.platform;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The caller's language: zh-CN first, English second. A language chosen on the pages ({@code ?lang=en}) is kept in a
 * cookie; otherwise {@code Accept-Language} decides; anything else is zh-CN (api-contract.md, Conventions).
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

	/** The languages offered. */
	static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		var fromHeader = new AcceptHeaderLocaleResolver();
		fromHeader.setSupportedLocales(SUPPORTED);
		fromHeader.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		var resolver = new CookieLocaleResolver("cheguan-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(request -> normalize(fromHeader.resolveLocale(request)));
		return resolver;
	}

	static Locale normalize(Locale locale) {
		return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
	}
}
