package org.cheguan.licensing;

import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.cheguan.CheguanApplication;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.PersonalDataCipher;
import org.cheguan.shared.ResidentIdNumber;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * End-to-end allocation benchmark (licensing issue, item 11): a city-sized round — 100,000 pending Subject 1 requests ×
 * 2,000 sessions × 5 preferences — allocated through {@link ExamBookings#allocate} on the embedded PostgreSQL (load,
 * rank, assign, persist), next to a bare {@code COPY} of the same number of result rows into a plain table on the same
 * database. Not a test: run it with {@code bench/allocation-e2e.sh}. Prints one line per round.
 */
public final class AllocationEndToEndBenchmark {

	private AllocationEndToEndBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		var requests = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		var sessions = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
		var rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
		var context = new SpringApplicationBuilder(CheguanApplication.class)
			.profiles("demo")
			// command-line arguments, so that they win over the demo profile's persistent data folder
			.run("--cheguan.embedded-database.data-directory=", "--cheguan.crypto.demo-key-file=",
					"--cheguan.embedded-database.durable=true", "--logging.level.root=warn",
					"--cheguan.notifications.dispatch-interval=PT1H", "--server.port=0");
		try {
			var jdbc = context.getBean(JdbcClient.class);
			var cipher = context.getBean(PersonalDataCipher.class);
			var bookings = context.getBean(ExamBookings.class);
			var dataSource = context.getBean(DataSource.class);
			var examDate = OfficeTime.today(context.getBean(Clock.class)).plusDays(7);
			var random = new Random(20261129L);
			var sessionIds = seedSessions(jdbc, sessions, examDate, random);
			seedRequests(jdbc, cipher, requests, sessionIds, random);
			System.out.printf("instance: %,d requests x %,d sessions x 5 preferences, %,d seats%n", requests, sessions,
					jdbc.sql("select sum(capacity) from licensing.exam_session where exam_date = :d").param("d", examDate)
						.query(Long.class).single());
			for (int round = 1; round <= rounds; round++) {
				reset(jdbc, examDate);
				checkpoint(jdbc);
				var load = loadFloor(dataSource);
				checkpoint(jdbc);
				var started = System.nanoTime();
				var result = bookings.allocate(Subject.SUBJECT_1, examDate, examDate);
				var allocateMillis = (System.nanoTime() - started) / 1e6;
				var rows = resultRows(result.allocated());
				checkpoint(jdbc);
				var bare = copy(dataSource, "licensing.copy_baseline", rows);
				checkpoint(jdbc);
				var indexed = copy(dataSource, "licensing.copy_indexed", rows);
				checkpoint(jdbc);
				var sorted = copy(dataSource, "licensing.copy_sorted", rows) + sortedIndexes(jdbc);
				System.out.printf("round %d: allocated %,d unallocated %,d | end to end %.0f ms | bare COPY of %,d rows "
						+ "%.0f ms | ratio %.2f%n", round, result.allocated(), result.unallocated(), allocateMillis,
						result.allocated(), bare, allocateMillis / bare);
				System.out.printf("  floor: reading the %,d waiting requests with their applications %.0f ms (%.2f x); "
						+ "the same rows into a table with exam_booking's indexes %.0f ms (%.2f x), into a new table "
						+ "indexed afterwards %.0f ms (%.2f x); read + indexed write %.2f x, read + write then index "
						+ "%.2f x%n", load.rows(), load.millis(), load.millis() / bare, indexed, indexed / bare, sorted,
						sorted / bare, (load.millis() + indexed) / bare, (load.millis() + sorted) / bare);
			}
		}
		finally {
			context.close();
		}
	}

	/** 200 venues × 10 sessions on one date, 30–60 seats each. */
	private static List<UUID> seedSessions(JdbcClient jdbc, int sessions, LocalDate date, Random random) {
		var venues = Math.max(1, sessions / 10);
		var venueIds = new UUID[venues];
		var names = new String[venues];
		for (int v = 0; v < venues; v++) {
			venueIds[v] = UUID.randomUUID();
			names[v] = "基准考场 " + v;
		}
		jdbc.sql("""
				insert into licensing.exam_venue (id, name, district_code, latitude, longitude, subjects, demo, created_at)
				select id, name, '420106', 30.55, 114.31, 'SUBJECT_1', true, now() from unnest(:ids, :names) as v(id, name)""")
			.param("ids", venueIds).param("names", names).update();
		var ids = new UUID[sessions];
		var venueOf = new UUID[sessions];
		var starts = new LocalTime[sessions];
		var capacities = new Integer[sessions];
		for (int s = 0; s < sessions; s++) {
			ids[s] = UUID.randomUUID();
			venueOf[s] = venueIds[s / 10 % venues];
			starts[s] = LocalTime.of(8 + s % 10, 0);
			capacities[s] = 30 + random.nextInt(31);
		}
		jdbc.sql("""
				insert into licensing.exam_session (id, venue_id, subject, exam_date, start_time, capacity, created_at)
				select id, venue, 'SUBJECT_1', :date, start, capacity, now()
				from unnest(:ids, :venues, :starts, :capacities) as s(id, venue, start, capacity)""")
			.param("date", date).param("ids", ids).param("venues", venueOf)
			.param("starts", java.util.Arrays.stream(starts).map(java.sql.Time::valueOf).toArray(java.sql.Time[]::new))
			.param("capacities", capacities).update();
		return List.of(ids);
	}

	/** Citizens (encrypted), C1 applications accepted over the past month, and one request each (skewed choices). */
	private static void seedRequests(JdbcClient jdbc, PersonalDataCipher cipher, int count, List<UUID> sessions,
			Random random) {
		var batch = 10_000;
		var now = System.currentTimeMillis();
		for (int offset = 0; offset < count; offset += batch) {
			var size = Math.min(batch, count - offset);
			var citizens = new UUID[size];
			var idHashes = new String[size];
			var idCiphers = new String[size];
			var masked = new String[size];
			var applications = new UUID[size];
			var accepted = new Timestamp[size];
			var acceptedOn = new java.sql.Date[size];
			var requestIds = new UUID[size];
			var births = new java.sql.Date[size];
			var preferences = new String[size];
			for (int i = 0; i < size; i++) {
				var n = offset + i;
				var birth = LocalDate.of(1965, 1, 1).plusDays(n % 14_600);
				var body = "420117" + birth.toString().replace("-", "") + String.format("%03d", n / 14_600);
				var idNumber = ResidentIdNumber.of(body + ResidentIdNumber.checkCharacter(body));
				births[i] = java.sql.Date.valueOf(birth);
				citizens[i] = UUID.randomUUID();
				idHashes[i] = cipher.lookupHash(idNumber.value());
				idCiphers[i] = cipher.encrypt(idNumber.value());
				masked[i] = idNumber.masked();
				applications[i] = UUID.randomUUID();
				var at = now - (long) (random.nextDouble() * 30 * 86_400_000L);
				accepted[i] = new Timestamp(at);
				acceptedOn[i] = java.sql.Date.valueOf(LocalDate.ofInstant(accepted[i].toInstant(), OfficeTime.ZONE));
				requestIds[i] = UUID.randomUUID();
				var chosen = new LinkedHashSet<UUID>();
				while (chosen.size() < 5) {
					// popular venues are wanted far more: squaring a uniform number skews towards low indexes
					var u = random.nextDouble();
					chosen.add(sessions.get((int) (u * u * sessions.size())));
				}
				preferences[i] = String.join(",", chosen.stream().map(UUID::toString).toList());
			}
			var mobileCipher = cipher.encrypt("13900000000");
			jdbc.sql("""
					insert into identity.citizen (id, id_number_hash, id_number_cipher, id_number_masked, mobile_hash,
					  mobile_cipher, mobile_masked, created_at, updated_at)
					select id, hash, cipher, masked, :mobileHash, :mobileCipher, '139****0000', now(), now()
					from unnest(:ids, :hashes, :ciphers, :masked) as c(id, hash, cipher, masked)""")
				.param("mobileHash", cipher.lookupHash("13900000000")).param("mobileCipher", mobileCipher)
				.param("ids", citizens).param("hashes", idHashes).param("ciphers", idCiphers).param("masked", masked)
				.update();
			jdbc.sql("""
					insert into licensing.licence_application (id, citizen_id, licence_class, kind, accepted_at, accepted_on,
					  holds_automobile_licence, status, birth_date)
					select id, citizen, 'C1', 'FIRST', at, day, false, 'ACCEPTED', born
					from unnest(:ids, :citizens, :at, :days, :born) as a(id, citizen, at, day, born)""")
				.param("ids", applications).param("citizens", citizens).param("at", accepted).param("days", acceptedOn)
				.param("born", births)
				.update();
			jdbc.sql("""
					insert into licensing.booking_request (id, application_id, subject, preferences, sort_time, created_at)
					select id, application, 'SUBJECT_1', preferences, now(), now()
					from unnest(:ids, :applications, :preferences) as r(id, application, preferences)""")
				.param("ids", requestIds).param("applications", applications).param("preferences", preferences)
				.update();
		}
	}

	/** Undoes a round: no bookings, every seat free, every request pending again. */
	private static void reset(JdbcClient jdbc, LocalDate date) {
		jdbc.sql("delete from licensing.exam_booking where run_id is not null").update();
		jdbc.sql("update licensing.exam_session set booked = 0 where exam_date = :d").param("d", date).update();
		jdbc.sql("delete from licensing.request_decision").update();
		jdbc.sql("""
				insert into licensing.pending_request (request_id, application_id, subject)
				select id, application_id, subject from licensing.booking_request on conflict do nothing""").update();
		for (var table : List.of("copy_baseline", "copy_indexed", "copy_sorted")) {
			jdbc.sql("drop table if exists licensing." + table).update();
		}
		jdbc.sql("create table licensing.copy_baseline (like licensing.exam_booking)").update();
		jdbc.sql("create table licensing.copy_indexed (like licensing.exam_booking including indexes)").update();
		jdbc.sql("create table licensing.copy_sorted (like licensing.exam_booking)").update();
		jdbc.sql("vacuum analyze").update();
	}

	private static void checkpoint(JdbcClient jdbc) {
		jdbc.sql("checkpoint").update();
	}

	/**
	 * Rows shaped like the bookings a run writes (the same columns, an encoded decision), in the same order: by
	 * application, with time-ordered ids.
	 */
	private static String resultRows(int count) {
		var random = new Random(count);
		var applications = new ArrayList<UUID>(count);
		for (int i = 0; i < count; i++) {
			applications.add(UUID.randomUUID());
		}
		applications.sort(null);
		var ids = new TimeOrderedIds(java.time.Instant.now());
		var run = ids.next();
		var created = java.time.Instant.now().toString();
		var rows = new StringBuilder(count * 250);
		for (var application : applications) {
			rows.append(ids.next()).append('\t').append(application).append("\tSUBJECT_1\t").append(UUID.randomUUID())
				.append('\t').append(UUID.randomUUID()).append("\tBOOKED\t").append(created).append('\t').append(run)
				.append("\tv1;").append(random.nextInt(100_000)).append(';').append(System.currentTimeMillis())
				.append(";0;").append(random.nextInt(5)).append(";FFW\n");
		}
		return rows.toString();
	}

	/** A COPY of the rows into a table of the same columns. */
	private static double copy(DataSource dataSource, String table, String rows) throws Exception {
		try (var connection = dataSource.getConnection()) {
			var started = System.nanoTime();
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " (id, application_id, subject, "
					+ "session_id, request_id, status, created_at, run_id, decision) from stdin", new StringReader(rows));
			return (System.nanoTime() - started) / 1e6;
		}
	}

	/** Builds exam_booking's three indexes on a table written without them (sorted builds). */
	private static double sortedIndexes(JdbcClient jdbc) {
		var started = System.nanoTime();
		jdbc.sql("alter table licensing.copy_sorted add primary key (id)").update();
		jdbc.sql("""
				create unique index on licensing.copy_sorted
				  (application_id, subject, (case when status = 'BOOKED' then true end))""").update();
		jdbc.sql("create index on licensing.copy_sorted (session_id)").update();
		return (System.nanoTime() - started) / 1e6;
	}

	private record Read(long rows, double millis) {
	}

	/**
	 * The least a run must read: the waiting requests with their preferences and applications (the query of
	 * LicenceApplications.loadWaiting), streamed out with COPY and thrown away.
	 */
	private static Read loadFloor(DataSource dataSource) throws Exception {
		try (var connection = dataSource.getConnection()) {
			var started = System.nanoTime();
			var rows = connection.unwrap(PGConnection.class).getCopyAPI().copyOut("""
					copy (select p.request_id, r.preferences, a.* from licensing.pending_request p
					join licensing.booking_request r on r.id = p.request_id
					join licensing.licence_application a on a.id = p.application_id
					where p.subject = 'SUBJECT_1' and not exists (select 1 from licensing.exam_booking b
					  where b.application_id = p.application_id and b.subject = 'SUBJECT_1' and b.status = 'BOOKED'))
					to stdout""", java.io.OutputStream.nullOutputStream());
			return new Read(rows, (System.nanoTime() - started) / 1e6);
		}
	}

}
