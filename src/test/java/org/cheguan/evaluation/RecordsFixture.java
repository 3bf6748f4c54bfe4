package org.cheguan.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.support.Api;

import tools.jackson.databind.JsonNode;

/**
 * Test data for service records and ratings over HTTP: fresh citizens (synthetic Hongshan ID numbers, unique mobiles),
 * signed in by the one-time code from the demo outbox, and window services recorded by the clerk endpoint.
 */
final class RecordsFixture {

	private static final AtomicInteger sequence = new AtomicInteger((int) (System.nanoTime() % 400));

	private final int port;

	RecordsFixture(int port) {
		this.port = port;
	}

	/** A citizen known to the platform, with a bearer token. */
	record Citizen(String idNumber, String mobile, String token) {
	}

	static String freshIdNumber() {
		var body = "42011119870412" + String.format("%03d", sequence.incrementAndGet() % 1000);
		var candidate = body + ResidentIdNumber.checkCharacter(body);
		return candidate;
	}

	static String freshMobile() {
		return "136" + String.format("%08d", (System.nanoTime() / 1000 + sequence.incrementAndGet()) % 100_000_000);
	}

	Api clerk() {
		return Api.at(port).as("clerk");
	}

	Api admin() {
		return Api.at(port).as("admin");
	}

	/**
	 * @param serviceType a code
	 * @param citizen ID number
	 * @param mobile mobile, registering the citizen when new
	 * @return the recorded service's JSON
	 */
	JsonNode recordWindowService(String serviceType, String idNumber, String mobile) {
		var response = clerk().post("/api/v1/service-records", "{\"serviceType\":\"" + serviceType
				+ "\",\"channel\":\"WINDOW\",\"citizenIdNumber\":\"" + idNumber + "\",\"mobile\":\"" + mobile
				+ "\",\"name\":\"李秀英\",\"startedAt\":\"2026-01-05T09:00:00+08:00\",\"completedAt\":\"2026-01-05T09:20:00+08:00\","
				+ "\"waitMinutes\":12}");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	/** Registers a citizen through a recorded service and signs them in. */
	Citizen citizenWithService(String serviceType) {
		var idNumber = freshIdNumber();
		var mobile = freshMobile();
		recordWindowService(serviceType, idNumber, mobile);
		return new Citizen(idNumber, mobile, signIn(idNumber, mobile));
	}

	String signIn(String idNumber, String mobile) {
		var response = Api.at(port).post("/api/v1/citizen-sessions/codes",
				"{\"idNumber\":\"" + idNumber + "\",\"mobile\":\"" + mobile + "\"}");
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		String code = null;
		for (var message : admin().get("/api/v1/admin/notifications?to=" + mobile).json()) {
			var matcher = Pattern.compile("验证码为 (\\d{6})").matcher(message.path("body").asString());
			if (matcher.find()) {
				code = matcher.group(1);
				break;
			}
		}
		assertThat(code).isNotNull();
		var session = Api.at(port).post("/api/v1/citizen-sessions",
				"{\"idNumber\":\"" + idNumber + "\",\"code\":\"" + code + "\"}");
		assertThat(session.status()).as(session.body()).isEqualTo(201);
		return session.json().path("token").asString();
	}

	/** The rating-invitation messages sent to a mobile, waiting for the asynchronous listeners. */
	JsonNode[] invitations(String mobile, int atLeast) {
		return waitFor(() -> {
			var found = new java.util.ArrayList<JsonNode>();
			for (var message : admin().get("/api/v1/admin/notifications?to=" + mobile).json()) {
				if ("rating-invitation".equals(message.path("template").asString())) {
					found.add(message);
				}
			}
			return found.size() >= atLeast ? found.toArray(JsonNode[]::new) : null;
		}, Duration.ofSeconds(20));
	}

	static <T> T waitFor(Supplier<T> probe, Duration timeout) {
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

	/** The path of a link in a message body (the host is the configured public site, not the test server). */
	static String linkPath(String body) {
		var matcher = Pattern.compile("https?://[^/\\s]+(/rate/[A-Za-z0-9_-]+)").matcher(body);
		assertThat(matcher.find()).as(body).isTrue();
		return matcher.group(1);
	}
}
