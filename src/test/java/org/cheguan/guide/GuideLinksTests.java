package org.cheguan.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The role guides in docs/guide/ hold together: every link and image they use exists, each role has a Chinese and an
 * English guide that show their own language's screenshots, and every screenshot the page test takes is shown in a
 * guide (so a step added to {@link GuideScreenshotTests} is also described).
 */
class GuideLinksTests {

	private static final Path GUIDES = Path.of("docs", "guide");

	private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

	private static final List<String> ROLES = List.of("citizen", "clerk", "examiner", "agent", "supervisor", "admin");

	@Test
	void everyLinkAndImageOfTheGuidesExists() throws IOException {
		var broken = new ArrayList<String>();
		try (Stream<Path> files = Files.list(GUIDES)) {
			for (var guide : files.filter(file -> file.toString().endsWith(".md")).toList()) {
				for (var target : links(guide)) {
					if (!target.startsWith("http") && !Files.exists(guide.getParent().resolve(target).normalize())) {
						broken.add(guide.getFileName() + " -> " + target);
					}
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	@Test
	void eachRoleHasAGuideInEachLanguageShowingItsOwnLanguagesScreenshots() throws IOException {
		for (var role : ROLES) {
			for (var language : List.of("zh-CN", "en")) {
				var guide = GUIDES.resolve(role + "." + language + ".md");
				assertThat(guide).exists();
				var images = links(guide).stream().filter(link -> link.endsWith(".png")).toList();
				assertThat(images).as(guide.toString()).isNotEmpty()
					.allMatch(image -> image.startsWith("../images/guide/" + role + "/" + language + "/"));
			}
		}
	}

	@Test
	void everyScreenshotIsShownInAGuide() throws IOException {
		var shown = new HashSet<Path>();
		for (var role : ROLES) {
			for (var language : List.of("zh-CN", "en")) {
				var guide = GUIDES.resolve(role + "." + language + ".md");
				links(guide).stream().filter(link -> link.endsWith(".png"))
					.forEach(link -> shown.add(GUIDES.resolve(link).normalize()));
			}
		}
		Set<Path> taken;
		try (Stream<Path> files = Files.walk(GuideScreenshotTests.GUIDE_IMAGES)) {
			taken = new HashSet<>(files.filter(file -> file.toString().endsWith(".png")).map(Path::normalize).toList());
		}
		taken.removeAll(shown);
		assertThat(taken).as("screenshots no guide shows").isEmpty();
	}

	private static List<String> links(Path guide) throws IOException {
		var matcher = LINK.matcher(Files.readString(guide));
		var links = new ArrayList<String>();
		while (matcher.find()) {
			var target = matcher.group(1);
			var anchor = target.indexOf('#');
			links.add(anchor >= 0 ? target.substring(0, anchor) : target);
		}
		return links.stream().filter(link -> !link.isEmpty()).toList();
	}
}
