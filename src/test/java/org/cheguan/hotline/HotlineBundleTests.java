package org.cheguan.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every hotline message has a zh-CN (default) and an English text, and every ticket kind, channel, status and
 * timeline entry has a name in both.
 */
class HotlineBundleTests {

	static Properties load(String name) {
		var properties = new Properties();
		try (var in = HotlineBundleTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

	@ParameterizedTest
	@ValueSource(strings = { "hotline", "hotline-pages" })
	void bothLanguagesHaveTheSameKeys(String bundle) {
		var chinese = load(bundle + ".properties");
		var english = load(bundle + "_en.properties");
		assertThat(english.keySet()).isEqualTo(chinese.keySet());
	}

	@ParameterizedTest
	@ValueSource(strings = { "hotline.properties", "hotline_en.properties" })
	void everyKindChannelAndStatusIsNamed(String file) {
		var bundle = load(file);
		for (var kind : TicketKind.values()) {
			assertThat(bundle).containsKeys("hotline.kind." + kind.name(), "hotline.open311.description." + kind.name());
		}
		for (var channel : TicketChannel.values()) {
			assertThat(bundle).containsKey("hotline.channel." + channel.name());
		}
		for (var status : TicketStatus.values()) {
			assertThat(bundle).containsKey("hotline.status." + status.name());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "hotline-pages.properties", "hotline-pages_en.properties" })
	void everyTimelineEntryIsNamed(String file) {
		var bundle = load(file);
		for (var kind : HotlineDesk.EVENT_KINDS) {
			assertThat(bundle).containsKey("hp.event." + kind);
		}
		assertThat(bundle).containsKeys("hp.event.OPENED", "hp.event.ESCALATED", "hp.event.COMMENDED");
	}

	@ParameterizedTest
	@ValueSource(strings = { "hotline.properties", "hotline_en.properties", "hotline-pages.properties",
			"hotline-pages_en.properties" })
	void everyMessageIsAValidMessageFormatPattern(String file) {
		var bundle = load(file);
		for (var key : bundle.stringPropertyNames()) {
			var pattern = bundle.getProperty(key);
			org.assertj.core.api.Assertions.assertThatCode(() -> new java.text.MessageFormat(pattern))
				.as(key)
				.doesNotThrowAnyException();
		}
	}
}
