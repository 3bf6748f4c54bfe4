package org.cheguan.notifications;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The message texts of {@code notifications/templates.properties} (UTF-8, zh-CN) and a small renderer for their
 * named {@code {name}} placeholders. Unlike {@code MessageFormat}, names instead of positions, no number or date
 * formatting (callers pass ready-made text), and an apostrophe is just an apostrophe.
 */
@Component
class MessageTemplates {

	static final String LOCATION = "notifications/templates.properties";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.-]*)\\}");

	private final Map<String, String> templates;

	MessageTemplates() {
		var properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(LOCATION).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + LOCATION, ex);
		}
		var loaded = new HashMap<String, String>();
		properties.stringPropertyNames().forEach(name -> loaded.put(name, properties.getProperty(name)));
		this.templates = Map.copyOf(loaded);
	}

	/**
	 * @param template name of the template
	 * @param parameters a value for every placeholder; extra parameters are ignored
	 * @return the text with every placeholder replaced
	 * @throws IllegalArgumentException for an unknown template or a placeholder without a parameter
	 */
	String render(String template, Map<String, ?> parameters) {
		var text = templates.get(template);
		if (text == null) {
			throw new IllegalArgumentException("unknown message template: " + template);
		}
		var matcher = PLACEHOLDER.matcher(text);
		var rendered = new StringBuilder(text.length() + 32);
		while (matcher.find()) {
			var name = matcher.group(1);
			if (!parameters.containsKey(name)) {
				throw new IllegalArgumentException("template " + template + " needs parameter " + name);
			}
			matcher.appendReplacement(rendered, Matcher.quoteReplacement(String.valueOf(parameters.get(name))));
		}
		matcher.appendTail(rendered);
		return rendered.toString();
	}
}
