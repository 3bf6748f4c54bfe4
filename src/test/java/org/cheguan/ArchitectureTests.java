package org.cheguan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** House rules that Spring Modulith cannot know (style.md, "Tests" 5). */
@AnalyzeClasses(packagesOf = CheguanApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule businessTimeComesFromTheClock = noClasses()
		.should().callMethod(Instant.class, "now")
		.orShould().callMethod(LocalDate.class, "now")
		.orShould().callMethod(LocalDateTime.class, "now")
		.orShould().callMethod(OffsetDateTime.class, "now")
		.orShould().callMethod(ZonedDateTime.class, "now")
		.orShould().callMethod(System.class, "currentTimeMillis")
		.because("deadlines and office dates must be testable and computed in Asia/Shanghai; inject java.time.Clock");

	@ArchTest
	static final ArchRule restControllersNeverTouchRepositories = noClasses()
		.that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
		.should().dependOnClassesThat().areAssignableTo(Repository.class)
		.orShould().dependOnClassesThat().areAssignableTo(JdbcClient.class)
		.orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
		.orShould().dependOnClassesThat().areAssignableTo(NamedParameterJdbcTemplate.class)
		.because("controllers translate HTTP into calls on the module API");

	@ArchTest
	static final ArchRule businessModulesNeverImportThePlatform = noClasses()
		.that().resideOutsideOfPackages("org.cheguan.platform..", "org.cheguan.demo..")
		.should().dependOnClassesThat().resideInAPackage("org.cheguan.platform..")
		.because("platform is technical glue; business modules stay free of it (style.md, Layout); the demo history "
				+ "is no business module: it walks the platform's clock through the past month at start");

	@ArchTest
	static final ArchRule sharedKernelHasNoSpring = noClasses()
		.that().resideInAPackage("org.cheguan.shared..").and().doNotHaveSimpleName("package-info")
		.should().dependOnClassesThat().resideInAPackage("org.springframework..")
		.because("the shared kernel is plain Java value types and rules");

	/**
	 * The OpenAPI document names a request or answer schema by its simple class name, so two controllers' nested
	 * records of one name (two different {@code Registration}s) would be documented as one and mislead API clients.
	 */
	@ArchTest
	static void controllerRecordsHaveNamesOfTheirOwn(com.tngtech.archunit.core.domain.JavaClasses classes) {
		var seen = new java.util.HashMap<String, String>();
		var clashes = new java.util.ArrayList<String>();
		for (var nested : classes) {
			var owner = nested.getEnclosingClass();
			if (!nested.isRecord() || owner.isEmpty() || !owner.get().isAnnotatedWith(RestController.class)) {
				continue;
			}
			var earlier = seen.putIfAbsent(nested.getSimpleName(), nested.getName());
			if (earlier != null && !shapeOf(classes, earlier).equals(shapeOf(classes, nested.getName()))) {
				clashes.add(earlier + " and " + nested.getName());
			}
		}
		org.assertj.core.api.Assertions.assertThat(clashes).as("records documented under one schema name").isEmpty();
	}

	private static java.util.List<String> shapeOf(com.tngtech.archunit.core.domain.JavaClasses classes, String name) {
		return classes.get(name).getFields().stream()
			.filter(field -> !field.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC))
			.map(field -> field.getName() + ":" + field.getRawType().getName())
			.sorted()
			.toList();
	}
}
