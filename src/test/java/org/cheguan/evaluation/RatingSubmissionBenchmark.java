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
			var result = run(port, tokens, services, warm, perClient);
			System.out.printf("HTTP ratings: %d clients, %d requests (%d x 201, %d other) in %.2f s = %.0f/s; "
					+ "latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", clients, result.count(),
					result.created(), result.count() - result.created(), result.seconds(), result.rate(),
					result.percentile(50), result.percentile(95), result.percentile(99), result.percentile(100));

			var pg = pgbench(context, clients, seconds);
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
						var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
								+ "/api/v1/service-records/" + services[client][s] + "/rating"))
							.header("Authorization", "Bearer " + tokens[client])
							.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString("{\"score\":" + score
									+ ",\"dimensions\":{\"ATTITUDE\":" + score + "},\"comment\":\"基准测试\"}"))
							.build();
						var begin = System.nanoTime();
						var response = http.send(request, HttpResponse.BodyHandlers.ofString());
						latencies[client][s - from] = (System.nanoTime() - begin) / 1e6;
						if (response.statusCode() == 201) {
							created.incrementAndGet();
						}
					}
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				finally {
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
