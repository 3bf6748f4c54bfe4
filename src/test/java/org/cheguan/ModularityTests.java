package org.cheguan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
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
	void writesModuleDocumentation() throws IOException {
		var diagrams = Documenter.DiagramOptions.defaults()
			.withElementsWithoutRelationships(Documenter.DiagramOptions.ElementsWithoutRelationships.VISIBLE);
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml(diagrams)
			.writeIndividualModulesAsPlantUml(diagrams)
			.writeModuleCanvases();
		sortRelations(Path.of("docs/modules"));
		sortCanvasLists(Path.of("docs/modules"));
		renderSvg(Path.of("docs/modules/components.puml"), Path.of("docs/modules/components.svg"));
	}

	/**
	 * The canvases list a module's types and events in hash order too: sort each AsciiDoc table cell list (a first
	 * line {@code |* ...} followed by {@code * ...} lines) so that the committed files change only with the code.
	 */
	static void sortCanvasLists(Path folder) throws IOException {
		try (var files = Files.list(folder)) {
			for (var file : files.filter(path -> path.toString().endsWith(".adoc")).toList()) {
				var lines = Files.readAllLines(file);
				var sorted = new ArrayList<String>();
				int i = 0;
				while (i < lines.size()) {
					var line = lines.get(i);
					if (!line.startsWith("|* ")) {
						sorted.add(line);
						i++;
						continue;
					}
					// one item = its "* " line and its continuation lines ("+" and text), up to the next item or cell
					var items = new ArrayList<List<String>>();
					var item = new ArrayList<String>();
					item.add(line.substring(1));
					i++;
					while (i < lines.size() && !lines.get(i).startsWith("|") && !lines.get(i).isEmpty()) {
						if (lines.get(i).startsWith("* ")) {
							items.add(item);
							item = new ArrayList<>();
						}
						item.add(lines.get(i));
						i++;
					}
					items.add(item);
					items.sort(java.util.Comparator.comparing(group -> group.get(0)));
					items.get(0).set(0, "|" + items.get(0).get(0));
					items.forEach(sorted::addAll);
				}
				Files.write(file, sorted);
			}
		}
	}

	/** Renders a PlantUML diagram to SVG with the Smetana layout engine, so no Graphviz install is needed. */
	static void renderSvg(Path source, Path target) throws IOException {
		var text = Files.readString(source).replace("@startuml", "@startuml\n!pragma layout smetana");
		try (var out = Files.newOutputStream(target)) {
			new SourceStringReader(text).outputImage(out, new FileFormatOption(FileFormat.SVG));
		}
	}

	/**
	 * The Documenter writes relations in hash order, so the committed diagrams would change on every build without a
	 * change in the code; sorting each block of {@code Rel(…)} lines makes the output stable.
	 */
	static void sortRelations(Path folder) throws IOException {
		try (var files = Files.list(folder)) {
			for (var file : files.filter(path -> path.toString().endsWith(".puml")).toList()) {
				var lines = Files.readAllLines(file);
				var sorted = new ArrayList<String>();
				var block = new ArrayList<String>();
				for (var line : lines) {
					if (line.startsWith("Rel(")) {
						block.add(line);
						continue;
					}
					Collections.sort(block);
					sorted.addAll(block);
					block.clear();
					sorted.add(line);
				}
				Collections.sort(block);
				sorted.addAll(block);
				Files.write(file, sorted);
			}
		}
	}
}
