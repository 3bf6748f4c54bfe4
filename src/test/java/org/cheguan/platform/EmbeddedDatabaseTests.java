package org.cheguan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL that {@code ./mvnw spring-boot:run} uses: durable, its data kept across restarts, a server
 * orphaned by a killed JVM recovered, and one owner per data folder. No Spring: each test starts its own server in a
 * throw-away folder.
 */
class EmbeddedDatabaseTests {

	@TempDir
	Path folder;

	EmbeddedDatabaseProperties persistent(boolean durable) {
		return new EmbeddedDatabaseProperties(folder.resolve("pgdata").toString(), durable, 0, 2);
	}

	static String query(EmbeddedDatabase database, String sql) throws SQLException {
		try (var connection = database.postgres().getPostgresDatabase().getConnection();
				var statement = connection.createStatement();
				var result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	static void execute(EmbeddedDatabase database, String sql) throws SQLException {
		try (var connection = database.postgres().getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	@Test
	void runsDurablyWithFsyncBackOn() throws Exception {
		try (var database = EmbeddedDatabase.start(persistent(true))) {
			assertThat(query(database, "show fsync")).isEqualTo("on");
			assertThat(query(database, "show synchronous_commit")).isEqualTo("on");
			assertThat(query(database, "show server_version")).startsWith("17.");
		}
	}

	@Test
	void keepsItsDataAcrossRestarts() throws Exception {
		try (var database = EmbeddedDatabase.start(persistent(true))) {
			execute(database, "create table kept (note text); insert into kept values ('南湖考场')");
		}
		try (var database = EmbeddedDatabase.start(persistent(true))) {
			assertThat(query(database, "select note from kept")).isEqualTo("南湖考场");
		}
	}

	@Test
	void recoversTheDataFolderFromAServerOrphanedByAKilledJvm() throws Exception {
		var orphaned = EmbeddedDatabase.start(persistent(true));
		execute(orphaned, "create table kept (note text); insert into kept values ('白沙洲考场')");
		// What a kill -9 leaves: the JVM's file locks (ours and zonky's) are gone, the postmaster still runs.
		orphaned.releaseLockOnly();
		var zonkyLock = orphaned.postgres().getClass().getDeclaredField("lock");
		zonkyLock.setAccessible(true);
		((java.nio.channels.FileLock) zonkyLock.get(orphaned.postgres())).release();

		try (var database = EmbeddedDatabase.start(persistent(true))) {
			assertThat(query(database, "select note from kept")).isEqualTo("白沙洲考场");
		}
	}

	@Test
	void refusesADataFolderThatAnotherRunningCopyOwns() throws Exception {
		try (var running = EmbeddedDatabase.start(persistent(false))) {
			assertThatIllegalStateException().isThrownBy(() -> EmbeddedDatabase.start(persistent(false)))
				.withMessageContaining("another running copy");
			assertThat(query(running, "select 1")).isEqualTo("1");
		}
	}

	@Test
	void aFolderInUseIsReportedInOneParagraph() {
		var analysis = new DataFolderInUseFailureAnalyzer()
			.analyze(new IllegalStateException(new EmbeddedDatabase.DataFolderInUse(folder.resolve("pgdata"))));
		assertThat(analysis.getDescription()).contains(folder.resolve("pgdata").toString(), "another running copy");
		assertThat(analysis.getAction()).contains("--cheguan.embedded-database.data-directory");
	}

	@Test
	void startsAThrowAwayServerWithoutAFolder() throws Exception {
		try (var database = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(null, false, 0, 2))) {
			assertThat(query(database, "select 1")).isEqualTo("1");
		}
	}
}
