package org.cheguan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for page tests: the Debian {@code chromium} and {@code chromium-driver} packages, driven by
 * Selenium through {@code /usr/bin/chromedriver} so that Selenium never downloads a driver. Each browser has a fresh
 * profile directory, deleted on {@link #close()}, and a 1280×900 window. Flags as in stack-notes.md (they work as root
 * and without network).
 *
 * <p>Use with {@link Available} so that page tests are skipped on a machine without Chromium, but fail on CI.
 */
public final class Browser implements AutoCloseable {

	/** The Chromium binary of the Debian package. */
	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	/** The driver of the Debian {@code chromium-driver} package. */
	public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** Where screenshots go, one PNG per name. */
	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private final String base;

	private final Path profile;

	private final ChromeDriverService service;

	private final ChromeDriver driver;

	private Browser(String base) {
		if (!installed()) {
			throw new IllegalStateException("Page tests need Chromium at " + CHROMIUM + " and its driver at "
					+ CHROMEDRIVER + ": apt-get install -y chromium chromium-driver");
		}
		this.base = base;
		try {
			this.profile = Files.createTempDirectory("cheguan-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// A browser in Wuhan asks for Chinese first, as the office's users' browsers do (Accept-Language).
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900");
		this.service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		try {
			this.driver = new ChromeDriver(service, options);
		}
		catch (RuntimeException ex) {
			service.stop();
			deleteProfile();
			throw ex;
		}
		driver.manage().window().setSize(new Dimension(1280, 900));
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	/**
	 * Starts a browser for the application on a local port.
	 *
	 * @param port the port of the running application
	 * @return a browser; close it
	 * @throws IllegalStateException when Chromium or its driver is not installed
	 */
	public static Browser open(int port) {
		return new Browser("http://localhost:" + port);
	}

	/** @return whether both the Chromium binary and its driver are installed */
	public static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	/** @return the Selenium driver, for anything this class does not offer */
	public ChromeDriver driver() {
		return driver;
	}

	/**
	 * Opens a page of the application.
	 *
	 * @param path path and query, e.g. {@code /login}
	 * @return this browser
	 */
	public Browser go(String path) {
		driver.get(base + path);
		return this;
	}

	/** @return the path and query of the current page */
	public String path() {
		var url = driver.getCurrentUrl();
		return url == null ? "" : url.substring(base.length());
	}

	/**
	 * @param css a CSS selector
	 * @return the first matching element
	 * @throws org.openqa.selenium.NoSuchElementException when none matches
	 */
	public WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	/**
	 * @param css a CSS selector
	 * @return whether any element matches
	 */
	public boolean has(String css) {
		return !driver.findElements(By.cssSelector(css)).isEmpty();
	}

	/**
	 * Types into a field, replacing what it held.
	 *
	 * @param css a CSS selector of an input
	 * @param text the text to type
	 * @return this browser
	 */
	public Browser type(String css, String text) {
		var field = find(css);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/**
	 * Clicks a button or link that loads a page (a form submission, a redirect) and waits until the new page has
	 * replaced the old one, so that the next look-up never sees the old page.
	 *
	 * @param css a CSS selector of a button or link
	 * @return this browser
	 */
	public Browser click(String css) {
		var page = find("html");
		find(css).click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(browser -> replaced(page));
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(
				browser -> "complete".equals(((JavascriptExecutor) browser).executeScript("return document.readyState")));
		return this;
	}

	/**
	 * Whether an element of the old page is gone. Chromium reports a node of a replaced document either as stale or,
	 * now and then, as an inspector error saying the node does not belong to the document: both mean the new page is
	 * there.
	 */
	private static boolean replaced(WebElement oldPage) {
		try {
			oldPage.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException gone) {
			return true;
		}
		catch (org.openqa.selenium.WebDriverException error) {
			if (error.getMessage() != null && error.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw error;
		}
	}

	/** @return the visible text of the page's body */
	public String text() {
		return find("body").getText();
	}

	/**
	 * Saves a screenshot of the viewport as {@code target/screenshots/<name>.png}.
	 *
	 * @param name file name without extension
	 * @return the file written
	 */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			var target = SCREENSHOTS.resolve(name + ".png");
			var shot = driver.getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			Files.deleteIfExists(shot.toPath());
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Runs axe-core with the WCAG 2.0/2.1 A and AA rules on the current page and fails on any violation of impact
	 * {@code serious} or {@code critical}, listing each rule's id, impact and offending nodes.
	 *
	 * @throws AssertionError when the page has serious or critical violations
	 */
	public void assertAccessible() {
		var results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
		if (results.isErrored()) {
			throw new AssertionError("axe-core failed on " + path() + ": " + results.getErrorMessage());
		}
		var blocking = results.getViolations().stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.toList();
		if (!blocking.isEmpty()) {
			throw new AssertionError("Accessibility violations on " + path() + ":\n"
					+ blocking.stream().map(Browser::describe).collect(Collectors.joining("\n")));
		}
	}

	private static String describe(Rule rule) {
		return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
				+ rule.getNodes().stream()
					.map(node -> "    " + node.getTarget() + " " + node.getHtml() + "\n      "
							+ String.valueOf(node.getFailureSummary()).replace("\n", "\n      "))
					.collect(Collectors.joining("\n"));
	}

	/** Quits the browser and its driver and deletes the profile directory. */
	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			service.stop();
			deleteProfile();
		}
	}

	private void deleteProfile() {
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A leftover temp directory is harmless; the test result matters more.
		}
	}

	/**
	 * Runs page tests where Chromium is installed. Where it is not, they are skipped, except on CI ({@code CI=true}):
	 * there they run and fail with a message naming the missing packages, so a broken CI image cannot hide them.
	 */
	public static final class Available implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (installed()) {
				return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
			}
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				return ConditionEvaluationResult.enabled("CI=true and Chromium is missing: the page tests will fail");
			}
			return ConditionEvaluationResult.disabled("Chromium (" + CHROMIUM + ") or chromedriver (" + CHROMEDRIVER
					+ ") is not installed: apt-get install -y chromium chromium-driver");
		}
	}
}
