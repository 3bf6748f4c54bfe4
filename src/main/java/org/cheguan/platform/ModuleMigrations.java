package org.cheguan.platform;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Migrates one PostgreSQL schema per application module, each from its own folder
 * ({@code classpath:db/migration/<module>/}) and with its own history table inside that schema, so modules version
 * their tables independently and no table crosses a schema boundary (architecture.md, "Persistence").
 *
 * <p>The order of {@link #MODULES} follows the dependency graph: upstream schemas first.
 */
@Component
class ModuleMigrations implements FlywayMigrationStrategy {

	/** Every module that owns tables, upstream first. */
	static final List<String> MODULES = List.of("platform", "audit", "identity", "notifications", "outlets",
			"licensing", "vehicles", "ebikes", "appointments", "hotline", "transactions", "evaluation", "reporting", "demo");

	private static final Logger log = LoggerFactory.getLogger(ModuleMigrations.class);

	@Override
	public void migrate(Flyway template) {
		for (var module : MODULES) {
			var flyway = Flyway.configure()
				.configuration(template.getConfiguration())
				.schemas(module)
				.defaultSchema(module)
				.createSchemas(true)
				.table("flyway_schema_history")
				.locations("classpath:db/migration/" + module)
				.failOnMissingLocations(false)
				.load();
			var result = flyway.migrate();
			if (result.migrationsExecuted > 0) {
				log.info("Schema {}: {} migration(s) applied, now at version {}", module, result.migrationsExecuted,
						result.targetSchemaVersion);
			}
		}
	}
}
