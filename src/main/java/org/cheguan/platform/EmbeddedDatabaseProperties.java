package org.cheguan.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL, used only when {@code spring.datasource.url} is not set.
 *
 * @param dataDirectory folder that keeps the data across restarts; blank for a throw-away database (tests)
 * @param durable whether to turn {@code fsync} and {@code synchronous_commit} back on (zonky starts with them off)
 * @param port fixed port for a persistent database, or 0 for any free port
 * @param maximumPoolSize connections in the pool
 */
@ConfigurationProperties("cheguan.embedded-database")
record EmbeddedDatabaseProperties(@Nullable String dataDirectory, @DefaultValue("true") boolean durable,
		@DefaultValue("0") int port, @DefaultValue("10") int maximumPoolSize) {
}
