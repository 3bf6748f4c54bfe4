package org.cheguan.vehicles;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Random;
import java.util.regex.Pattern;

import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.shared.Vin;
import org.cheguan.support.Api;

/** Unique synthetic data for vehicle tests that share one database: VINs, ID numbers, mobiles, plates. */
final class VehicleSamples {

	private static final Random random = new SecureRandom();

	private static final String VIN_ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";

	private VehicleSamples() {
	}

	/** @return a random valid Chinese VIN (WMI starting with L, check character computed) */
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

	/** @return a random valid Wuhan ID number, born 1970–1999 */
	static synchronized String wuhanId() {
		return id("420106");
	}

	/** @return a random valid ID number of Lanzhou (620102) */
	static synchronized String lanzhouId() {
		return id("620102");
	}

	private static String id(String area) {
		var birth = LocalDate.of(1970, 1, 1).plusDays(random.nextInt(30 * 365));
		var body = area + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
		return body + ResidentIdNumber.checkCharacter(body);
	}

	/** @return a random mobile */
	static synchronized String mobile() {
		return "136" + String.format("%08d", random.nextInt(100_000_000));
	}

	private static final java.util.Set<String> issuedSerials = new java.util.HashSet<>();

	/**
	 * @return a random self-composed ordinary serial of the default local rule, two letters and three digits, never
	 *         the same twice in a run
	 */
	static synchronized String ordinarySerial() {
		// two letters then three digits: a shape random pools seldom offer and the demo history never registers (it
		// uses one letter and four digits), so a test's self-composed number does not meet a plate some pool holds
		var letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
		String serial;
		do {
			serial = "" + letters.charAt(random.nextInt(letters.length()))
					+ letters.charAt(random.nextInt(letters.length())) + String.format("%03d", random.nextInt(1_000));
		}
		while (!issuedSerials.add(serial));
		return serial;
	}

	/** @return a random 甘A ordinary plate */
	static String lanzhouPlate() {
		return "甘A" + ordinarySerial();
	}

	/** A registration body for a new small non-commercial fuel car with a self-composed 鄂A plate. */
	static String registration(String vin, String ownerId, String mobile, String plate, LocalDate manufacturedOn,
			LocalDate insuranceUntil) {
		return """
				{"vin":"%s","ownerIdNumber":"%s","ownerName":"王建华","ownerMobile":"%s","vehicleType":"SMALL_PASSENGER",
				 "usage":"NON_COMMERCIAL","energy":"FUEL","seats":5,"model":"东风本田 思域","manufacturedOn":"%s",
				 "insuranceValidUntil":"%s","domesticModelApproved":true,"plate":"%s","selfComposed":true}"""
			.formatted(vin, ownerId, mobile, manufacturedOn, insuranceUntil, plate);
	}

	/** Signs a citizen in through the one-time code in the demo outbox and returns the bearer token. */
	static String signIn(int port, String idNumber, String mobile) {
		var response = Api.at(port).post("/api/v1/citizen-sessions/codes",
				"{\"idNumber\":\"" + idNumber + "\",\"mobile\":\"" + mobile + "\"}");
		assertThat(response.status()).isEqualTo(202);
		var messages = Api.at(port).as("admin").get("/api/v1/admin/notifications?to=" + mobile).json();
		var code = messages.valueStream().filter(m -> m.path("template").asString().equals("one-time-code")).findFirst()
			.orElseThrow();
		var matcher = Pattern.compile("(\\d{6})").matcher(code.path("body").asString());
		assertThat(matcher.find()).isTrue();
		var session = Api.at(port).post("/api/v1/citizen-sessions",
				"{\"idNumber\":\"" + idNumber + "\",\"code\":\"" + matcher.group(1) + "\"}");
		assertThat(session.status()).isEqualTo(201);
		return session.json().path("token").asString();
	}
}
