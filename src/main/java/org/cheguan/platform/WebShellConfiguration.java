package org.cheguan.platform;

import java.util.Locale;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The web shell's Spring MVC set-up: {@code ?lang=zh-CN} or {@code ?lang=en} on any page switches the language, and
 * the {@code cheguan-lang} cookie of {@link LocaleConfiguration} remembers it. Other values are ignored.
 */
@Configuration(proxyBeanMethods = false)
class WebShellConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new SupportedLocaleChangeInterceptor())
			.excludePathPatterns("/api/**", "/open311/**", "/actuator/**", "/v3/**", "/webjars/**", "/css/**", "/js/**",
					"/images/**");
	}

	/** Accepts only the offered languages, so a crafted {@code ?lang=} cannot set an unsupported locale cookie. */
	static final class SupportedLocaleChangeInterceptor extends LocaleChangeInterceptor {

		SupportedLocaleChangeInterceptor() {
			setParamName("lang");
			setIgnoreInvalidLocale(true);
		}

		@Override
		protected Locale parseLocaleValue(String value) {
			return switch (value.strip().replace('_', '-').toLowerCase(Locale.ROOT)) {
				case "en", "en-us", "en-gb" -> Locale.ENGLISH;
				case "zh", "zh-cn", "zh-hans", "zh-hans-cn" -> Locale.SIMPLIFIED_CHINESE;
				default -> throw new IllegalArgumentException("Unsupported language: " + value);
			};
		}
	}
}
