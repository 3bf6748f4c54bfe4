package org.cheguan;

import static org.assertj.core.api.Assertions.assertThat;

import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@CheguanTest
class ApplicationStartsTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void runsOnPostgresql17WithOneSchemaPerModule() {
		var version = jdbc.sql("show server_version").query(String.class).single();
		assertThat(version).startsWith("17.");
		var schemas = jdbc.sql("select schema_name from information_schema.schemata").query(String.class).list();
		assertThat(schemas).contains("platform", "audit", "identity", "notifications", "outlets");
	}
}
