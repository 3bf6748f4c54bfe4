package org.cheguan.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.shared.Vin;
import org.cheguan.support.Api;

import tools.jackson.databind.JsonNode;

/**
 * The office as the acceptance stories see it from outside: staff and citizens over the public HTTP API only (the
 * contract's endpoints, the documented ones of docs/*.md and the demo-only clock, outbox and exchange). Nothing here
 * reads a repository, calls a service or runs SQL. The stories share one database and one clock with every other
 * test, so every person, car and session made here is new and uniquely keyed, and every story puts the clock back.
 *
 * <p>The stories happen in June 2026, the acceptance month: week 2026-W23 to 2026-W26, with the Dragon Boat holiday on
 * 19 to 21 June. Story 8 reads that month's documents.
 */
final class Office {

	/** The month the stories happen in. */
	static final String MONTH = "2026-06";

	private static final Random random = new SecureRandom();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final String VIN_ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";

	private final int port;

	Office(int port) {
		this.port = port;
	}

	/** @return an anonymous client */
	Api anyone() {
		return Api.at(port);
	}

	/** @param user a demo staff account: admin, clerk, examiner, agent, supervisor, archives */
	Api staff(String user) {
		return Api.at(port).as(user);
	}

	/** @return a client signed in as the citizen with that bearer token */
	Api citizen(String token) {
		return Api.at(port).bearer(token);
	}

	/** Moves the demo clock to 09:00 office time on that date. */
	void today(LocalDate date) {
		at(date, LocalTime.of(9, 0));
	}

	/** Moves the demo clock to that office date and time. */
	void at(LocalDate date, LocalTime time) {
		var moved = staff("admin").put("/api/v1/admin/clock", "{\"instant\":\"" + date + "T" + time + ":00+08:00\"}");
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
	}

	/** Puts the clock back on system time. */
	void backToSystemTime() {
		staff("admin").delete("/api/v1/admin/clock");
	}

	/** @return a random valid ID number of a Wuhan district, born on that date */
	static synchronized String idBornOn(String districtCode, LocalDate birthDate) {
		var body = districtCode + birthDate.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
		return body + ResidentIdNumber.checkCharacter(body);
	}

	/** @return a random valid ID number of someone born in that year */
	static synchronized String idBornIn(String districtCode, int year) {
		return idBornOn(districtCode, LocalDate.of(year, 1, 1).plusDays(random.nextInt(365)));
	}

	/** @return a random mobile number */
	static synchronized String mobile() {
		return "135" + String.format("%08d", random.nextInt(100_000_000));
	}

	/** @return a random valid VIN of a Chinese maker (check character computed) */
	static synchronized String vin() {
		var chars = new char[17];
		chars[0] = 'L';
		for (int i = 1; i < chars.length; i++) {
			chars[i] = VIN_ALPHABET.charAt(random.nextInt(VIN_ALPHABET.length()));
		}
		chars[9] = 'S';
		chars[8] = Vin.checkCharacter(new String(chars));
		return new String(chars);
	}

	/** @return a random ordinary plate serial of five characters: one letter and four digits */
	static synchronized String serial() {
		var letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
		return letters.charAt(random.nextInt(letters.length())) + String.format("%04d", random.nextInt(10_000));
	}

	/**
	 * Signs a citizen in the way the portal does: a one-time code by SMS (read from the demo outbox), then the session.
	 *
	 * @return the bearer token
	 */
	String signIn(String idNumber, String mobile) {
		var before = messages(mobile, "one-time-code").size();
		var asked = anyone().post("/api/v1/citizen-sessions/codes",
				"{\"idNumber\":\"" + idNumber + "\",\"mobile\":\"" + mobile + "\"}");
		assertThat(asked.status()).as(asked.body()).isEqualTo(202);
		var codes = waitFor(() -> {
			var found = messages(mobile, "one-time-code");
			return found.size() > before ? found : null;
		});
		var matcher = Pattern.compile("(\\d{6})").matcher(codes.get(0));
		assertThat(matcher.find()).as(codes.get(0)).isTrue();
		var session = anyone().post("/api/v1/citizen-sessions",
				"{\"idNumber\":\"" + idNumber + "\",\"code\":\"" + matcher.group(1) + "\"}");
		assertThat(session.status()).as(session.body()).isEqualTo(201);
		return session.json().path("token").asString();
	}

	/** @return the outbox of a mobile number, newest first, as the demo's notifications endpoint lists it */
	JsonNode outbox(String mobile) {
		var outbox = staff("admin").get("/api/v1/admin/notifications?to=" + mobile + "&size=200");
		assertThat(outbox.status()).as(outbox.body()).isEqualTo(200);
		return outbox.json();
	}

	/** @return the bodies of the messages of one template sent to a mobile, newest first; any template when null */
	List<String> messages(String mobile, String template) {
		var bodies = new ArrayList<String>();
		for (var message : outbox(mobile)) {
			if (template == null || template.equals(message.path("template").asString())) {
				bodies.add(message.path("body").asString());
			}
		}
		return bodies;
	}

	/** @return the id of the exam venue of that name, from the public exam plan */
	String venue(String name) {
		for (var venue : anyone().get("/api/v1/exam-venues").json()) {
			if (name.equals(venue.path("name").asString())) {
				return venue.path("id").asString();
			}
		}
		throw new AssertionError("no exam venue " + name);
	}

	/** @return the great-circle distance between two exam venues of the public plan, in kilometres */
	double kilometresBetween(String venueA, String venueB) {
		var a = anyone().get("/api/v1/exam-venues/" + venueA).json().path("location");
		var b = anyone().get("/api/v1/exam-venues/" + venueB).json().path("location");
		double lat1 = Math.toRadians(a.path("lat").asDouble());
		double lat2 = Math.toRadians(b.path("lat").asDouble());
		double dLat = lat2 - lat1;
		double dLon = Math.toRadians(b.path("lon").asDouble() - a.path("lon").asDouble());
		double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * 6371.0 * Math.asin(Math.sqrt(h));
	}

	/** An administrator adds an exam session; the start time is random so that it never collides with another. */
	String session(String venueName, String subject, LocalDate date) {
		var start = String.format("%02d:%02d", 7 + random.nextInt(3), random.nextInt(60));
		var created = staff("admin").post("/api/v1/exam-sessions", """
				{"venueId":"%s","subject":"%s","date":"%s","startTime":"%s","capacity":5}"""
			.formatted(venue(venueName), subject, date, start));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	/**
	 * A clerk asks for a seat in one session and an administrator runs the allocation for that day; the candidate is
	 * placed there.
	 */
	void book(String application, String subject, String session, LocalDate date) {
		var request = staff("clerk").post("/api/v1/licence-applications/" + application + "/booking-requests",
				"{\"subject\":\"" + subject + "\",\"preferences\":[\"" + session + "\"]}");
		assertThat(request.status()).as(request.body()).isEqualTo(201);
		var run = staff("admin").post("/api/v1/exam-allocations",
				"{\"subject\":\"" + subject + "\",\"from\":\"" + date + "\",\"to\":\"" + date + "\"}");
		assertThat(run.status()).as(run.body()).isEqualTo(200);
		assertThat(bookings(application)).contains(session + ":BOOKED");
	}

	/** @return the application's bookings as sessionId:status */
	List<String> bookings(String application) {
		var list = new ArrayList<String>();
		staff("clerk").get("/api/v1/licence-applications/" + application + "/bookings").json()
			.forEach(b -> list.add(b.path("sessionId").asString() + ":" + b.path("status").asString()));
		return list;
	}

	/** On the exam day an examiner records a score. */
	void sit(String application, String subject, String session, LocalDate date, int score) {
		today(date);
		var result = staff("examiner").post("/api/v1/licence-applications/" + application + "/results",
				"{\"subject\":\"" + subject + "\",\"sessionId\":\"" + session + "\",\"score\":" + score + "}");
		assertThat(result.status()).as(result.body()).isEqualTo(200);
	}

	/** Books a seat in a new session at that venue on that date, and sits the exam with that score. */
	String bookAndSit(String application, String subject, String venueName, LocalDate date, int score) {
		var session = session(venueName, subject, date);
		book(application, subject, session, date);
		sit(application, subject, session, date, score);
		return session;
	}

	/** @return the application as the clerk sees it */
	JsonNode application(String id) {
		var details = staff("clerk").get("/api/v1/licence-applications/" + id);
		assertThat(details.status()).as(details.body()).isEqualTo(200);
		return details.json();
	}

	/** @return a report of the reports API as a supervisor reads it, in JSON */
	JsonNode report(String path) {
		var report = staff("supervisor").get(path);
		assertThat(report.status()).as(report.body()).isEqualTo(200);
		return report.json();
	}

	/** @return the body of a GET as bytes (for the PDF and Excel documents), as a supervisor, with that Accept */
	Document document(String path, String accept) {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", accept)
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("supervisor:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.GET()
			.build();
		try {
			var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			return new Document(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A downloaded document. */
	record Document(int status, String contentType, byte[] bytes) {
	}

	/**
	 * Waits for an asynchronous effect (listeners run after the commit, in their own transaction).
	 *
	 * @param probe returns the effect once it is there, null before
	 * @return the effect
	 */
	static <T> T waitFor(Supplier<T> probe) {
		var timeout = Duration.ofSeconds(30);
		var deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			var value = probe.get();
			if (value != null) {
				return value;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not there after " + timeout);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	/** @return the element of a JSON array whose field has that value, or null */
	static JsonNode find(JsonNode array, String field, String value) {
		for (var element : array) {
			if (value.equals(element.path(field).asString())) {
				return element;
			}
		}
		return null;
	}
}
