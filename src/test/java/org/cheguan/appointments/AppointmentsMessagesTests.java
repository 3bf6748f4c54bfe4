package org.cheguan.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The appointments bundles: the same keys in Chinese and English, and every key a template uses exists. */
class AppointmentsMessagesTests {

	@ParameterizedTest
	@ValueSource(strings = { "appointments", "appointments-pages" })
	void chineseAndEnglishHaveTheSameKeys(String bundle) throws IOException {
		assertThat(load(bundle + "_en.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load(bundle + ".properties").stringPropertyNames());
	}

	@ParameterizedTest
	@ValueSource(strings = { "mine", "book", "reschedule", "take-ticket", "ticket", "console" })
	void everyKeyATemplateUsesExists(String template) throws IOException {
		var keys = load("appointments-pages.properties").stringPropertyNames();
		var html = Files.readString(Path.of("src/main/resources/templates/appointments/" + template + ".html"));
		var used = new TreeSet<String>();
		var matcher = Pattern.compile("#\\{(ap\\.[A-Za-z0-9_.-]*[A-Za-z0-9_])").matcher(html);
		while (matcher.find()) {
			used.add(matcher.group(1));
		}
		assertThat(used).isNotEmpty();
		assertThat(keys).containsAll(used);
	}

	private static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (var in = AppointmentsMessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
