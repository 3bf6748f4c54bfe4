package org.cheguan.evaluation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;

import org.cheguan.CheguanApplication;
import org.cheguan.identity.CitizenSignIn;
import org.cheguan.identity.Citizens;
import org.cheguan.notifications.Outbox;
import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.ResidentIdNumber;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rating submissions over HTTP (issue 6, item 7): {@code clients} concurrent citizens, each with a bearer token, POST
 * {@code /api/v1/service-records/{id}/rating} for their own services (about 1 in 10 a bad rating that opens a
 * rectification) against the whole platform on the embedded PostgreSQL with durable settings (fsync and synchronous
 * commit on). In the same run, on the same database, {@code pgbench} inserts single rows with the same number of
 * clients. Not a test: run it with {@code bench/ratings.sh [clients] [per-client] [pgbench-seconds] [pool]}. Prints the figures of both.
 */
public final class RatingSubmissionBenchmark {

	private RatingSubmissionBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		var clients = args.length > 0 ? Integer.parseInt(args[0]) : 64;
		var perClient = args.length > 1 ? Integer.parseInt(args[1]) : 300;
		var seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
		// the platform's pool (cheguan.embedded-database.maximum-pool-size) is 10 unless given here
		var pool = args.length > 3 ? Integer.parseInt(args[3]) : 10;
		var context = new SpringApplicationBuilder(CheguanApplication.class)
			.profiles("demo")
			.run("--cheguan.embedded-database.data-directory=", "--cheguan.crypto.demo-key-file=",
					"--cheguan.embedded-database.durable=true", "--logging.level.root=warn",
					"--cheguan.notifications.dispatch-interval=PT1H", "--server.port=0",
					"--cheguan.embedded-database.maximum-pool-size=" + pool);
		try {
			var port = ((WebServerApplicationContext) context).getWebServer().getPort();
			var jdbc = context.getBean(JdbcClient.class);
			var tokens = new String[clients];
			var services = new UUID[clients][perClient];
			seed(context, jdbc, tokens, services);
			System.out.printf("seeded %d citizens x %d services; platform on port %d, %d pooled connections%n", clients,
					perClient, port, pool);

			// warm-up: 5% of the services, not counted
			var warm = Math.max(1, perClient / 20);
			run(port, tokens, services, 0, warm);
			var dataSource = context.getBean(HikariDataSource.class);
			waitForListeners(jdbc);
			var before = Counters.read(jdbc);
			var sampler = new Sampler(dataSource);
			var postmaster = Cpu.postmaster(jdbc);
			var cpuBefore = Cpu.now(postmaster);
			sampler.start();
			var result = run(port, tokens, services, warm, perClient);
			sampler.stop();
			var drainStart = System.nanoTime();
			var pending = waitForListeners(jdbc);
			var drained = (System.nanoTime() - drainStart) / 1e9;
			var cpuRatings = Cpu.now(postmaster).minus(cpuBefore);
			var after = Counters.read(jdbc);
			System.out.printf("HTTP ratings: %d clients, %d requests (%d x 201, %d other) in %.2f s = %.0f/s; "
					+ "latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", clients, result.count(),
					result.created(), result.count() - result.created(), result.seconds(), result.rate(),
					result.percentile(50), result.percentile(95), result.percentile(99), result.percentile(100));

			System.out.printf("listeners after the last answer: %.1f s until every event publication was completed "
					+ "(%d still open); end to end %.0f ratings/s%n", drained, pending,
					result.count() / (result.seconds() + drained));
			after.minus(before).print(result.count());
			sampler.print();

			var cpuFloorBefore = Cpu.now(postmaster);
			var floor = run(port, tokens, services, warm, perClient, true);
			var cpuFloor = Cpu.now(postmaster).minus(cpuFloorBefore);
			System.out.printf("HTTP floor (GET /api/v1/service-types with the bearer token, no database): %d requests "
					+ "(%d x 200) = %.0f/s; p50 %.1f ms, p99 %.1f ms; JVM CPU %.3f ms per request%n", floor.count(),
					floor.created(), floor.rate(), floor.percentile(50), floor.percentile(99),
					cpuFloor.serverJvm() / floor.count());
			cpuFloor.byGroup().forEach((name, ms) -> System.out.printf("  JVM %-28s %.3f ms per request%n", name,
					ms / floor.count()));

			var cpuPgbenchBefore = Cpu.now(postmaster);
			var pg = pgbench(context, clients, seconds);
			var cpuPgbench = Cpu.now(postmaster).minus(cpuPgbenchBefore);
			System.out.printf("CPU per rating (timed run and its listeners): platform JVM %.3f ms (without the "
					+ "benchmark's own client threads), PostgreSQL %.3f ms, together %.3f ms%n",
					cpuRatings.serverJvm() / result.count(), cpuRatings.postgres() / result.count(),
					(cpuRatings.serverJvm() + cpuRatings.postgres()) / result.count());
			cpuRatings.byGroup().forEach((name, ms) -> System.out.printf("  JVM %-28s %.3f ms per rating%n", name,
					ms / result.count()));
			var inserts = pg[0] * seconds;
			System.out.printf("CPU per pgbench insert: PostgreSQL %.3f ms (pgbench's own process not counted)%n",
					cpuPgbench.postgres() / inserts);
			System.out.printf("so at equal CPU a rating costs %.1f pgbench inserts: bound on the ratio %.2f%n",
					(cpuRatings.serverJvm() + cpuRatings.postgres()) / result.count() / (cpuPgbench.postgres() / inserts),
					(cpuPgbench.postgres() / inserts) / ((cpuRatings.serverJvm() + cpuRatings.postgres()) / result.count()));
			System.out.printf("pgbench single-row inserts: %d clients, %.0f tps, latency average %.2f ms%n", clients,
					pg[0], pg[1]);
			System.out.printf("ratio HTTP/pgbench = %.2f (target >= 0.50); p99 %.1f ms (target <= 50)%n",
					result.rate() / pg[0], result.percentile(99));
			System.out.printf("stored ratings: %d, rectifications: %d%n",
					jdbc.sql("select count(*) from evaluation.rating").query(Long.class).single(),
					jdbc.sql("select count(*) from evaluation.rectification").query(Long.class).single());
		}
		finally {
			context.close();
		}
	}

	private static void seed(org.springframework.context.ConfigurableApplicationContext context, JdbcClient jdbc,
			String[] tokens, UUID[][] services) {
		var citizens = context.getBean(Citizens.class);
		var signIn = context.getBean(CitizenSignIn.class);
		var outbox = context.getBean(Outbox.class);
		var now = new Timestamp(System.currentTimeMillis());
		for (int c = 0; c < tokens.length; c++) {
			var body = "42010219850101" + String.format("%03d", c);
			var idNumber = ResidentIdNumber.of(body + ResidentIdNumber.checkCharacter(body));
			var mobile = MobileNumber.of("1380000" + String.format("%04d", c));
			var citizen = citizens.register(idNumber, mobile, null);
			signIn.requestCode(idNumber, mobile);
			var code = outbox.messagesTo(mobile.value(), 0, 10).stream()
				.map(message -> Pattern.compile("(\\d{6})").matcher(message.body()))
				.filter(java.util.regex.Matcher::find)
				.map(matcher -> matcher.group(1))
				.findFirst()
				.orElseThrow();
			tokens[c] = signIn.signIn(idNumber, code).token();
			for (int s = 0; s < services[c].length; s++) {
				services[c][s] = UUID.randomUUID();
			}
			// services straight into the table: the benchmark measures ratings, not the invitations of new records
			var ids = services[c];
			var citizenId = citizen.value();
			jdbc.sql("""
					insert into transactions.service_record (id, service_type, channel, department, staff_username,
					  citizen_id, completed_at, completed_on, source, source_key, recorded_at)
					select id, 'QUEUE_WINDOW_SERVICE', 'WINDOW', 'SERVICE_HALL', 'clerk', :citizen, :now, current_date,
					  'bench', id::text, :now
					from unnest(:ids) as id""")
				.param("citizen", citizenId)
				.param("now", now)
				.param("ids", ids)
				.update();
			// and their invitations, as evaluation keeps them from ServiceRendered (with the service's copy a rating
			// needs); the tokens are never used, the benchmark rates as the signed-in citizen
			jdbc.sql("""
					insert into evaluation.rating_invitation (token_hash, service_record_id, citizen_id, service_type,
					  service_channel, department, staff_username, completed_at, created_at, expires_at)
					select md5(random()::text) || md5(id::text), id, :citizen, 'QUEUE_WINDOW_SERVICE', 'WINDOW',
					  'SERVICE_HALL', 'clerk', :now, :now, :now::timestamptz + interval '15 days'
					from unnest(:ids) as id""")
				.param("citizen", citizenId)
				.param("now", now)
				.param("ids", ids)
				.update();
		}
	}

	/** Waits up to 5 minutes for the asynchronous listeners; @return the event publications still open */
	private static long waitForListeners(JdbcClient jdbc) throws InterruptedException {
		long open = 0;
		for (int i = 0; i < 3000; i++) {
			open = jdbc.sql("select count(*) from platform.event_publication where completion_date is null")
				.query(Long.class).single();
			if (open == 0) {
				return 0;
			}
			Thread.sleep(100);
		}
		return open;
	}

	/** Commits and row changes per table, from PostgreSQL's statistics (taken before and after the timed run). */
	record Counters(long commits, java.util.Map<String, long[]> tables) {

		static Counters read(JdbcClient jdbc) throws InterruptedException {
			Thread.sleep(11_000); // an idle backend flushes its statistics within 10 s (PostgreSQL 15+)
			jdbc.sql("select pg_stat_force_next_flush()").query().singleValue();
			var commits = jdbc.sql("select xact_commit from pg_stat_database where datname = current_database()")
				.query(Long.class).single();
			var tables = new java.util.TreeMap<String, long[]>();
			jdbc.sql("select schemaname || '.' || relname, n_tup_ins, n_tup_upd, n_tup_del, n_tup_hot_upd "
					+ "from pg_stat_all_tables where schemaname not in ('pg_catalog', 'information_schema', 'pg_toast')")
				.query((rs, row) -> tables.put(rs.getString(1),
						new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5) }))
				.list();
			return new Counters(commits, tables);
		}

		Counters minus(Counters earlier) {
			var tables = new java.util.TreeMap<String, long[]>();
			this.tables.forEach((name, now) -> {
				var then = earlier.tables.getOrDefault(name, new long[4]);
				var delta = new long[4];
				for (int i = 0; i < 4; i++) {
					delta[i] = now[i] - then[i];
				}
				if (delta[0] + delta[1] + delta[2] > 0) {
					tables.put(name, delta);
				}
			});
			return new Counters(commits - earlier.commits, tables);
		}

		void print(int ratings) {
			System.out.printf("per rating (incl. its listeners): %.2f commits (all connections)%n",
					(double) commits / ratings);
			tables.forEach((name, d) -> System.out.printf("  %-40s inserts %.2f, updates %.2f, deletes %.2f%n", name,
					(double) d[0] / ratings, (double) d[1] / ratings, (double) d[2] / ratings));
		}
	}

	/**
	 * Samples, every 50 ms of the timed run, what the database backends of the platform are doing (pg_stat_activity:
	 * state, wait event, statement) and how many application threads wait for a pooled connection, on a connection of
	 * its own outside the pool.
	 */
	static final class Sampler {

		private final HikariDataSource pool;

		private final java.util.concurrent.ConcurrentHashMap<String, Integer> backends = new java.util.concurrent.ConcurrentHashMap<>();

		private final java.util.concurrent.atomic.AtomicLong samples = new java.util.concurrent.atomic.AtomicLong();

		private final java.util.concurrent.atomic.AtomicLong waitingForConnection = new java.util.concurrent.atomic.AtomicLong();

		private final java.util.concurrent.atomic.AtomicLong active = new java.util.concurrent.atomic.AtomicLong();

		private volatile boolean running = true;

		private Thread thread = new Thread(() -> {
		});

		Sampler(HikariDataSource pool) {
			this.pool = pool;
		}

		void start() throws java.sql.SQLException {
			var connection = java.sql.DriverManager.getConnection(
					pool.getJdbcUrl().replace("/postgres?", "/template1?"), pool.getUsername(), pool.getPassword());
			thread = new Thread(() -> {
				try (connection; var statement = connection.prepareStatement("""
						select state, coalesce(wait_event_type || ':' || wait_event, 'on CPU'),
						  regexp_replace(left(query, 70), '\\s+', ' ', 'g')
						from pg_stat_activity
						where backend_type = 'client backend' and pid <> pg_backend_pid()
						  and datname = 'postgres'""")) {
					var mx = pool.getHikariPoolMXBean();
					while (running) {
						samples.incrementAndGet();
						waitingForConnection.addAndGet(mx.getThreadsAwaitingConnection());
						active.addAndGet(mx.getActiveConnections());
						try (var rs = statement.executeQuery()) {
							while (rs.next()) {
								var state = rs.getString(1);
								var key = "active".equals(state)
										? "active  " + rs.getString(2) + "  " + rs.getString(3)
										: state + ("idle in transaction".equals(state) ? "  after: " + rs.getString(3) : "");
								backends.merge(key, 1, Integer::sum);
							}
						}
						Thread.sleep(50);
					}
				}
				catch (Exception ex) {
					System.out.println("sampler stopped: " + ex);
				}
			});
			thread.setDaemon(true);
			thread.start();
		}

		void stop() throws InterruptedException {
			running = false;
			thread.join();
		}

		void print() {
			var n = Math.max(1, samples.get());
			System.out.printf("pool: on average %.1f connections in use, %.1f threads waiting for one (%d samples)%n",
					(double) active.get() / n, (double) waitingForConnection.get() / n, n);
			System.out.println("database backends, average number in each state (top 15):");
			backends.entrySet().stream()
				.sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
				.limit(15)
				.forEach(e -> System.out.printf("  %5.2f  %s%n", (double) e.getValue() / n, e.getKey()));
		}
	}

	/**
	 * CPU time, in milliseconds, of the platform's own JVM threads (all but the benchmark's client threads) and of
	 * PostgreSQL (the postmaster, its live children, and its reaped children through cutime and cstime, so the
	 * backends of pgbench's connections are counted after they end). Linux /proc only.
	 */
	record Cpu(double serverJvm, double postgres, java.util.Map<String, Double> byGroup) {

		private static final double TICK_MS = 10; // USER_HZ is 100 on Linux

		/** CPU time of the client threads that have ended (each adds its own as it ends). */
		static final java.util.concurrent.atomic.DoubleAdder ENDED_CLIENTS = new java.util.concurrent.atomic.DoubleAdder();

		static long postmaster(JdbcClient jdbc) throws java.io.IOException {
			var backend = jdbc.sql("select pg_backend_pid()").query(Integer.class).single();
			return Long.parseLong(stat(backend)[3]);
		}

		static Cpu now(long postmaster) throws java.io.IOException {
			var threads = java.lang.management.ManagementFactory.getThreadMXBean();
			double jvm = 0;
			double clientMs = ENDED_CLIENTS.sum();
			var groups = new java.util.TreeMap<String, Double>();
			for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
				if (info == null) {
					continue;
				}
				if (info.getThreadName().startsWith("Thread-") || info.getThreadName().startsWith("HttpClient-")) {
					var client = threads.getThreadCpuTime(info.getThreadId());
					clientMs += client > 0 ? client / 1e6 : 0; // the benchmark's client threads
					continue;
				}
				var nanos = threads.getThreadCpuTime(info.getThreadId());
				jvm += nanos > 0 ? nanos / 1e6 : 0;
				groups.merge(group(info.getThreadName()), nanos > 0 ? nanos / 1e6 : 0, Double::sum);
			}
			var process = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
				.getOperatingSystemMXBean()).getProcessCpuTime() / 1e6;
			// the JVM less the client threads; GC and other VM threads are not Java threads, so they are the rest
			groups.put("GC and other VM threads", process - clientMs - jvm);
			jvm = process - clientMs;
			var main = stat(postmaster);
			double ticks = Long.parseLong(main[13]) + Long.parseLong(main[14]) + Long.parseLong(main[15])
					+ Long.parseLong(main[16]);
			try (var processes = Files.list(Path.of("/proc"))) {
				for (var dir : (Iterable<Path>) processes::iterator) {
					var name = dir.getFileName().toString();
					if (!name.chars().allMatch(Character::isDigit)) {
						continue;
					}
					try {
						var fields = stat(Long.parseLong(name));
						if (Long.parseLong(fields[3]) == postmaster) {
							ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
						}
					}
					catch (java.io.IOException | RuntimeException gone) {
						// ended meanwhile
					}
				}
			}
			return new Cpu(jvm, ticks * TICK_MS, groups);
		}

		private static String group(String thread) {
			if (thread.startsWith("http-nio")) {
				return "Tomcat request threads";
			}
			if (thread.startsWith("task-")) {
				return "event listeners (task-*)";
			}
			if (thread.contains("Compiler")) {
				return "JIT compilers";
			}
			if (thread.startsWith("GC") || thread.contains("G1") || thread.contains("Parallel")) {
				return "garbage collection";
			}
			return "other";
		}

		/** @return the fields of /proc/pid/stat numbered as in proc(5) minus one: [3] ppid, [13] utime, [14] stime … */
		private static String[] stat(long pid) throws java.io.IOException {
			var text = Files.readString(Path.of("/proc/" + pid + "/stat"));
			var fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
			var shifted = new String[fields.length + 2];
			System.arraycopy(fields, 0, shifted, 2, fields.length);
			return shifted;
		}

		Cpu minus(Cpu earlier) {
			var groups = new java.util.TreeMap<String, Double>();
			byGroup.forEach((name, ms) -> groups.put(name, ms - earlier.byGroup.getOrDefault(name, 0.0)));
			return new Cpu(serverJvm - earlier.serverJvm, postgres - earlier.postgres, groups);
		}
	}

	record Result(int count, int created, double seconds, double[] millis) {

		double rate() {
			return count / seconds;
		}

		double percentile(int p) {
			if (millis.length == 0) {
				return 0;
			}
			var index = (int) Math.ceil(p / 100.0 * millis.length) - 1;
			return millis[Math.max(0, Math.min(millis.length - 1, index))];
		}
	}

	private static Result run(int port, String[] tokens, UUID[][] services, int from, int to) throws Exception {
		return run(port, tokens, services, from, to, false);
	}

	/**
	 * @param floor instead of rating, GET the service-type catalogue with the same bearer token: the platform's HTTP,
	 *        security and JSON cost without the database (the token is resolved from the session cache)
	 */
	private static Result run(int port, String[] tokens, UUID[][] services, int from, int to, boolean floor)
			throws Exception {
		var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
			.build();
		var latencies = new double[tokens.length][to - from];
		var created = new AtomicInteger();
		var start = new CountDownLatch(1);
		var done = new CountDownLatch(tokens.length);
		var threads = new ArrayList<Thread>();
		for (int c = 0; c < tokens.length; c++) {
			var client = c;
			var random = new Random(client);
			var thread = new Thread(() -> {
				try {
					start.await();
					for (int s = from; s < to; s++) {
						var score = random.nextInt(10) == 0 ? 1 + random.nextInt(2) : 3 + random.nextInt(3);
						var request = floor
								? HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/service-types"))
									.header("Authorization", "Bearer " + tokens[client])
									.GET()
									.build()
								: HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
										+ "/api/v1/service-records/" + services[client][s] + "/rating"))
									.header("Authorization", "Bearer " + tokens[client])
									.header("Content-Type", "application/json")
									.POST(HttpRequest.BodyPublishers.ofString("{\"score\":" + score
											+ ",\"dimensions\":{\"ATTITUDE\":" + score + "},\"comment\":\"基准测试\"}"))
									.build();
						var begin = System.nanoTime();
						var response = http.send(request, HttpResponse.BodyHandlers.ofString());
						latencies[client][s - from] = (System.nanoTime() - begin) / 1e6;
						if (response.statusCode() == (floor ? 200 : 201)) {
							created.incrementAndGet();
						}
					}
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				finally {
					Cpu.ENDED_CLIENTS.add(java.lang.management.ManagementFactory.getThreadMXBean()
						.getCurrentThreadCpuTime() / 1e6);
					done.countDown();
				}
			});
			thread.start();
			threads.add(thread);
		}
		var begin = System.nanoTime();
		start.countDown();
		done.await();
		var seconds = (System.nanoTime() - begin) / 1e9;
		var all = Arrays.stream(latencies).flatMapToDouble(Arrays::stream).sorted().toArray();
		return new Result(all.length, created.get(), seconds, all);
	}

	/** @return tps and average latency (ms) of pgbench single-row inserts on the same database */
	private static double[] pgbench(org.springframework.context.ConfigurableApplicationContext context, int clients,
			int seconds) throws Exception {
		var dataSource = context.getBean(HikariDataSource.class);
		var url = URI.create(dataSource.getJdbcUrl().substring("jdbc:".length()));
		var jdbc = context.getBean(JdbcClient.class);
		jdbc.sql("create table if not exists public.bench_rating (id bigserial primary key, service_record_id uuid "
				+ "not null, score smallint not null, comment text, given_at timestamptz not null default now())")
			.update();
		var script = Files.createTempFile("pgbench-", ".sql");
		Files.writeString(script, "\\set score random(1, 5)\n"
				+ "insert into public.bench_rating (service_record_id, score, comment) values (gen_random_uuid(), "
				+ ":score, 'pgbench');\n");
		var command = List.of("/usr/bin/pgbench", "-n", "-h", url.getHost(), "-p", String.valueOf(url.getPort()),
				"-U", dataSource.getUsername(), "-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(seconds),
				"-f", script.toString(), "postgres");
		var process = new ProcessBuilder(command).redirectErrorStream(true).start();
		var output = new String(process.getInputStream().readAllBytes());
		process.waitFor();
		Files.deleteIfExists(script);
		var tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
		var latency = Pattern.compile("latency average = ([0-9.]+) ms").matcher(output);
		if (!tps.find() || !latency.find()) {
			throw new IllegalStateException("pgbench said: " + output);
		}
		return new double[] { Double.parseDouble(tps.group(1)), Double.parseDouble(latency.group(1)) };
	}
}
