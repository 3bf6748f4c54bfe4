package org.cheguan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Spring formats a message with MessageFormat only when it has arguments; one without arguments is shown as written.
 * So a doubled quote (the MessageFormat escape) belongs only in messages with a placeholder: elsewhere the page would
 * show {@code applicant''s}.
 */
class MessageQuotesTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

	@Test
	void doubledQuotesOnlyInMessagesWithArguments() throws IOException {
		var wrong = new ArrayList<String>();
		try (var files = Files.list(Path.of("src/main/resources"))) {
			for (var file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
				for (var line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					if (!line.startsWith("#") && line.contains("''") && !PLACEHOLDER.matcher(line).find()) {
						wrong.add(file.getFileName() + ": " + line);
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

}
