package org.cheguan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletRequest;

/** The web shell's rules that need no browser: where the age-friendly toggle returns to, and complete bundles. */
class WebShellUnitTests {

	@ParameterizedTest
	@CsvSource({
		"http://localhost:8080/staff, /staff",
		"http://localhost:8080/citizen/sign-in?lang=en, /citizen/sign-in?lang=en",
		"http://evil.example:8080/staff, /",
		"http://localhost:9090/staff, /",
		"https://localhost:8080/staff, /",
		"http://localhost:8080//evil.example/x, /",
		"not a uri, /",
		"'', /" })
	void ageFriendlyToggleReturnsOnlyToThisSite(String referer, String expected) {
		var request = new MockHttpServletRequest("POST", "/preferences/age-friendly");
		request.setServerName("localhost");
		request.setServerPort(8080);
		if (!referer.isEmpty()) {
			request.addHeader("Referer", referer);
		}
		assertThat(AgeFriendlyMode.backTo(request)).isEqualTo(expected);
	}

	@Test
	void everyWebMessageExistsInChineseAndEnglish() throws IOException {
		var chinese = load("web.properties");
		var english = load("web_en.properties");
		assertThat(english.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
		for (var area : WorkArea.values()) {
			assertThat(chinese).containsKeys("web.area." + area.slug() + ".title", "web.area." + area.slug() + ".summary");
		}
		for (var status : List.of(400, 401, 403, 404, 500)) {
			assertThat(chinese).containsKeys("web.error." + status + ".title", "web.error." + status + ".text");
		}
	}

	@Test
	void languageParameterAcceptsOnlyTheOfferedLanguages() {
		var interceptor = new WebShellConfiguration.SupportedLocaleChangeInterceptor();
		assertThat(interceptor.parseLocaleValue("en")).isEqualTo(java.util.Locale.ENGLISH);
		assertThat(interceptor.parseLocaleValue("zh-CN")).isEqualTo(java.util.Locale.SIMPLIFIED_CHINESE);
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> interceptor.parseLocaleValue("fr"));
	}

	private static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
