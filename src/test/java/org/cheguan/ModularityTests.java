package org.cheguan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure of architecture.md as an executable rule, and its documentation: the module diagram and
 * canvases are written to {@code docs/modules/} (and refreshed on every build, so they never go stale).
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(CheguanApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void everyModuleOfTheArchitectureExists() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString())).contains("platform", "identity",
				"outlets", "licensing", "vehicles", "ebikes", "appointments", "transactions", "evaluation", "hotline",
				"reporting", "notifications", "audit");
		assertThat(modules.getSharedModules().stream().map(module -> module.getIdentifier().toString()))
			.containsExactly("shared");
	}

	@Test
	void writesModuleDocumentation() {
		var diagrams = Documenter.DiagramOptions.defaults()
			.withElementsWithoutRelationships(Documenter.DiagramOptions.ElementsWithoutRelationships.VISIBLE);
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml(diagrams)
			.writeIndividualModulesAsPlantUml(diagrams)
			.writeModuleCanvases();
	}
}
