package org.cheguan.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running embedded PostgreSQL 17 and, for a persistent data folder, the lock that says this JVM owns it.
 *
 * <p>zonky's postmaster is a daemon: when the JVM is killed ({@code kill -9}, a crash) it keeps running and holds the
 * data folder, and the next start fails. So the owning JVM holds an OS file lock ({@code <data folder>.lock}) while it
 * runs. At start, if the lock is free but a postmaster still runs on the folder, that postmaster is an orphan of a
 * dead JVM: it is asked to shut down (SIGTERM, PostgreSQL's smart shutdown, which loses no committed data) before the
 * new server starts. If the lock is held, another running copy owns the folder and start-up stops with a clear error.
 */
final class EmbeddedDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static final Duration ORPHAN_SHUTDOWN = Duration.ofSeconds(30);

	private final EmbeddedPostgres postgres;

	private final @Nullable FileChannel lockChannel;

	private final @Nullable FileLock lock;

	private EmbeddedDatabase(EmbeddedPostgres postgres, @Nullable FileChannel lockChannel, @Nullable FileLock lock) {
		this.postgres = postgres;
		this.lockChannel = lockChannel;
		this.lock = lock;
	}

	/**
	 * Starts the server.
	 *
	 * @param properties data folder, durability and port
	 * @return the running database
	 * @throws IOException when the server cannot start
	 * @throws IllegalStateException when another running copy owns the data folder
	 */
	static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) throws IOException {
		var builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
		FileChannel channel = null;
		FileLock lock = null;
		var dataDirectory = properties.dataDirectory();
		if (dataDirectory != null && !dataDirectory.isBlank()) {
			var directory = Path.of(dataDirectory).toAbsolutePath();
			Files.createDirectories(directory.getParent());
			channel = FileChannel.open(directory.resolveSibling(directory.getFileName() + ".lock"),
					StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			try {
				lock = channel.tryLock();
			}
			catch (java.nio.channels.OverlappingFileLockException ex) {
				lock = null; // this JVM already runs a server on the folder (a second Spring context, say)
			}
			if (lock == null) {
				channel.close();
				throw new DataFolderInUse(directory);
			}
			stopOrphanedPostmaster(directory);
			builder.setDataDirectory(directory).setCleanDataDirectory(false);
			if (properties.port() > 0) {
				builder.setPort(properties.port());
			}
		}
		if (properties.durable()) {
			// zonky starts PostgreSQL with fsync and synchronous_commit off: fine for tests, not for data we keep
			builder.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on");
		}
		try {
			var postgres = builder.start();
			log.info("Embedded PostgreSQL started on port {} (data: {}, durable: {})", postgres.getPort(),
					dataDirectory == null || dataDirectory.isBlank() ? "throw-away" : dataDirectory,
					properties.durable());
			return new EmbeddedDatabase(postgres, channel, lock);
		}
		catch (IOException | RuntimeException ex) {
			if (channel != null) {
				channel.close();
			}
			throw ex;
		}
	}

	/** @return the server */
	EmbeddedPostgres postgres() {
		return postgres;
	}

	/**
	 * Lets go of the data folder's lock but leaves the server running: what a killed JVM leaves behind. For tests of
	 * the recovery only.
	 */
	void releaseLockOnly() throws IOException {
		if (lock != null) {
			lock.release();
		}
		if (lockChannel != null) {
			lockChannel.close();
		}
	}

	@Override
	public void close() throws IOException {
		try {
			postgres.close();
		}
		finally {
			if (lock != null) {
				lock.release();
			}
			if (lockChannel != null) {
				lockChannel.close();
			}
		}
	}

	private static void stopOrphanedPostmaster(Path directory) throws IOException {
		var pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		var lines = Files.readAllLines(pidFile);
		if (lines.isEmpty()) {
			return;
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).strip());
		}
		catch (NumberFormatException ex) {
			return;
		}
		var process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
			.filter(handle -> handle.info().command().map(command -> command.contains("postgres")).orElse(false));
		if (process.isEmpty()) {
			return; // a stale pid file: PostgreSQL itself cleans it up on start
		}
		log.warn("A PostgreSQL server (pid {}) left behind by a stopped Cheguan still holds {}; shutting it down",
				pid, directory);
		process.get().destroy();
		try {
			process.get().onExit().get(ORPHAN_SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The PostgreSQL server left behind on " + directory + " (pid " + pid
					+ ") did not stop within " + ORPHAN_SHUTDOWN.toSeconds() + " s; stop it by hand", ex);
		}
	}

	/** The data folder belongs to another running copy; reported as a one-paragraph start-up failure. */
	static final class DataFolderInUse extends IllegalStateException {

		private final Path directory;

		DataFolderInUse(Path directory) {
			super("The data folder " + directory + " is used by another running copy of Cheguan");
			this.directory = directory;
		}

		Path directory() {
			return directory;
		}
	}
}
