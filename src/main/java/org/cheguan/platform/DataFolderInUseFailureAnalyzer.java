package org.cheguan.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns "the embedded database's data folder is in use" into Spring Boot's short start-up failure report, instead of
 * a long chain of bean-creation exceptions.
 */
class DataFolderInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabase.DataFolderInUse> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabase.DataFolderInUse cause) {
		return new FailureAnalysis("The embedded PostgreSQL's data folder " + cause.directory()
				+ " is used by another running copy of Cheguan.",
				"Stop the other copy, or start this one with its own folder and port, e.g. "
						+ "--cheguan.embedded-database.data-directory=/tmp/copy2/pgdata --server.port=8090 "
						+ "(docs/operations.md).",
				cause);
	}
}
