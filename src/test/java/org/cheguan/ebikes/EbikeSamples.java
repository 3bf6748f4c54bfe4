package org.cheguan.ebikes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.support.Api;

/**
 * Unique test data for the e-bike tests (the test database is shared: never assume an empty table) and the request
 * bodies of {@code POST /api/v1/ebike-registrations}.
 */
final class EbikeSamples {

	private EbikeSamples() {
	}

	/** @return a valid synthetic resident ID number of an adult from Wuhan (Hongshan), unique enough per call */
	static String idNumber() {
		var random = ThreadLocalRandom.current();
		var birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 40));
		var body = "420111" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
		return body + ResidentIdNumber.checkCharacter(body);
	}

	/** @return a random mainland mobile number */
	static String mobile() {
		return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	/** @return a random frame number */
	static String frameNumber() {
		return "EB" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50, Long.MAX_VALUE), 36).toUpperCase();
	}

	/** A compliant GB 17761-2024 lithium bike with a new owner, as request fields; change what a test needs. */
	static Map<String, Object> compliant(Object outletId) {
		var fields = new TreeMap<String, Object>();
		fields.put("frameNumber", frameNumber());
		fields.put("ownerIdNumber", idNumber());
		fields.put("ownerName", "张小红");
		fields.put("ownerMobile", mobile());
		fields.put("brand", "雅迪");
		fields.put("model", "DT-2026");
		fields.put("certificateNumber", "2025011119001234");
		fields.put("manufacturedOn", "2025-10-08");
		fields.put("maxSpeedKmh", 25);
		fields.put("massKg", 54.5);
		fields.put("batteryType", "LITHIUM_ION");
		fields.put("batteryVoltage", 48);
		fields.put("motorPowerWatts", 400);
		fields.put("hasPedals", true);
		fields.put("outletId", outletId.toString());
		return fields;
	}

	/** @return the fields as a JSON object (strings quoted, numbers and booleans bare, nulls as null) */
	static String json(Map<String, Object> fields) {
		var json = new StringBuilder("{");
		fields.forEach((name, value) -> {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append('"').append(name).append("\":");
			if (value == null || value instanceof Number || value instanceof Boolean) {
				json.append(value);
			}
			else {
				json.append('"').append(value.toString().replace("\"", "\\\"")).append('"');
			}
		});
		return json.append('}').toString();
	}

	/** @return the plate as a path segment */
	static String path(String plate) {
		return URLEncoder.encode(plate, StandardCharsets.UTF_8);
	}

	/** Signs a citizen in by one-time code over HTTP and returns the bearer token. */
	static String citizenToken(int port, String idNumber, String mobile) {
		var api = Api.at(port);
		var requested = api.post("/api/v1/citizen-sessions/codes",
				"{\"idNumber\":\"" + idNumber + "\",\"mobile\":\"" + mobile + "\"}");
		if (requested.status() != 202) {
			throw new AssertionError("code not sent: " + requested.body());
		}
		var session = api.post("/api/v1/citizen-sessions",
				"{\"idNumber\":\"" + idNumber + "\",\"code\":\"" + codeFor(port, mobile) + "\"}");
		return session.json().path("token").asString();
	}

	static String codeFor(int port, String mobile) {
		var messages = Api.at(port).as("admin").get("/api/v1/admin/notifications?to=" + mobile).json();
		String code = null;
		for (var message : messages) {
			if (message.path("template").asString().equals("one-time-code")) {
				var matcher = Pattern.compile("(\\d{6})").matcher(message.path("body").asString());
				if (matcher.find()) {
					code = matcher.group(1);
				}
			}
		}
		if (code == null) {
			throw new AssertionError("no sign-in code for " + mobile);
		}
		return code;
	}
}
