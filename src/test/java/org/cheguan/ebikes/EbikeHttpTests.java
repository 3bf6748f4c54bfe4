package org.cheguan.ebikes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cheguan.ebikes.EbikeSamples.compliant;
import static org.cheguan.ebikes.EbikeSamples.json;
import static org.cheguan.ebikes.EbikeSamples.path;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import org.cheguan.outlets.OutletKind;
import org.cheguan.outlets.Outlets;
import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * E-bike registration end to end over HTTP (api-contract.md, Vehicles and e-bikes): a compliant bike gets a plate and
 * an electronic permit, a bike over the limits is refused with every limit named, the owner is masked, a citizen sees
 * only their own bikes, and concurrent registrations never share a plate.
 */
@CheguanTest
class EbikeHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	Outlets outlets;

	@Autowired
	EbikeRegistrations registrations;

	UUID point;

	@BeforeEach
	void registrationPoint() {
		point = outlets.ofKind(OutletKind.EBIKE_REGISTRATION).get(0).id();
	}

	@Test
	void aCompliantBikeGetsAPlateAndAnElectronicPermit() {
		var fields = compliant(point);
		var created = Api.at(port).as("clerk").post("/api/v1/ebike-registrations", json(fields));

		assertThat(created.status()).isEqualTo(201);
		var plate = created.json().path("plate").asString();
		assertThat(registrations.format().isLocalPlate(plate)).isTrue();
		assertThat(plate).matches("武汉\\d{6}");
		assertThat(created.json().path("electronicPermitId").asString()).matches("4201EB\\d{14}");
		assertThat(created.json().path("standard").asString()).isEqualTo("GB_17761_2024");
		assertThat(created.header("Location")).isEqualTo("/api/v1/ebikes/" + path(plate));

		var read = Api.at(port).as("clerk").get("/api/v1/ebikes/" + path(plate));
		assertThat(read.status()).isEqualTo(200);
		var owner = read.json().path("ownerIdNumber").asString();
		assertThat(owner).contains("*").isNotEqualTo(fields.get("ownerIdNumber"));
		assertThat(read.body()).doesNotContain(fields.get("ownerIdNumber").toString(), "张小红",
				fields.get("ownerMobile").toString());
		assertThat(read.json().path("ownerName").asString()).isEqualTo("张**");
		assertThat(read.json().path("frameNumber").asString()).isEqualTo(fields.get("frameNumber"));
		assertThat(read.json().path("outletId").asString()).isEqualTo(point.toString());
	}

	@Test
	void aBikeOverOneLimitIsRefusedWithTheLimitNamed() {
		var fields = compliant(point);
		fields.put("manufacturedOn", "2024-06-01"); // GB 17761-2018
		fields.put("massKg", 60);
		var refused = Api.at(port).as("clerk").post("/api/v1/ebike-registrations", json(fields));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("rule-violation");
		var problem = refused.json();
		assertThat(problem.path("rule").asString()).isEqualTo("GB-17761-2018");
		assertThat(problem.path("standard").asString()).isEqualTo("GB 17761-2018");
		assertThat(problem.path("violations")).hasSize(1);
		var mass = problem.path("violations").get(0);
		assertThat(mass.path("limit").asString()).isEqualTo("MASS");
		assertThat(mass.path("rule").asString()).isEqualTo("GB-17761-2018-4.1.2");
		assertThat(mass.path("maximum").asInt()).isEqualTo(55);
		assertThat(mass.path("value").asInt()).isEqualTo(60);
		assertThat(mass.path("unit").asString()).isEqualTo("kg");
		assertThat(problem.path("detail").asString()).contains("GB 17761-2018", "整车质量 60 kg", "55 kg",
				"GB-17761-2018-4.1.2");
		assertThat(Api.at(port).as("clerk").get("/api/v1/ebikes?ownerIdNumber=" + fields.get("ownerIdNumber")).json())
			.isEmpty();
	}

	@Test
	void everyLimitExceededIsListedInTheReadersLanguage() {
		var fields = compliant(point);
		fields.put("maxSpeedKmh", 45);
		fields.put("massKg", 64);
		fields.put("batteryType", "LEAD_ACID");
		fields.put("batteryVoltage", 60);
		fields.put("motorPowerWatts", 800);
		fields.put("hasPedals", false);
		fields.remove("certificateNumber");
		var refused = Api.at(port).as("clerk").header("Accept-Language", "en")
			.post("/api/v1/ebike-registrations", json(fields));

		assertThat(refused.status()).isEqualTo(422);
		var limits = new ArrayList<String>();
		refused.json().path("violations").forEach(v -> limits.add(v.path("limit").asString()));
		assertThat(limits).containsExactly("MAX_SPEED", "MASS", "BATTERY_VOLTAGE", "MOTOR_POWER", "PEDALS",
				"CERTIFICATE");
		assertThat(refused.json().path("violations").get(1).path("maximum").asInt()).isEqualTo(63); // lead-acid, 2024
		assertThat(refused.json().path("detail").asString()).contains("GB 17761-2024", "6 limit(s)",
				"maximum design speed 45 km/h", "mass 64 kg is over the limit of 63 kg", "battery nominal voltage 60 V",
				"motor rated continuous power 800 W", "no pedals", "no CCC certificate");
	}

	@Test
	void onlyAnEbikeRegistrationPointRegistersEbikes() {
		var office = outlets.ofKind(OutletKind.MAIN_OFFICE).get(0);
		var refused = Api.at(port).as("clerk").post("/api/v1/ebike-registrations", json(compliant(office.id())));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().path("rule").asString()).isEqualTo(EbikeRegistrations.RULE_REGISTRATION_POINT);

		var unknown = Api.at(port).as("clerk").post("/api/v1/ebike-registrations", json(compliant(UUID.randomUUID())));
		assertThat(unknown.status()).isEqualTo(404);
	}

	@Test
	void badInputIsA400AndNeverA500() {
		var api = Api.at(port).as("clerk");
		var negative = compliant(point);
		negative.put("massKg", -3);
		assertThat(api.post("/api/v1/ebike-registrations", json(negative)).problemType()).isEqualTo("validation");
		var battery = compliant(point);
		battery.put("batteryType", "NUCLEAR");
		assertThat(api.post("/api/v1/ebike-registrations", json(battery)).status()).isEqualTo(400);
		var id = compliant(point);
		id.put("ownerIdNumber", "420111199001011234");
		assertThat(api.post("/api/v1/ebike-registrations", json(id)).problemType()).isEqualTo("invalid-resident-id");
		var noMobile = compliant(point);
		noMobile.remove("ownerMobile");
		assertThat(api.post("/api/v1/ebike-registrations", json(noMobile)).problemType()).isEqualTo("validation");
		var plate = compliant(point);
		plate.put("plate", "鄂A12345");
		assertThat(api.post("/api/v1/ebike-registrations", json(plate)).problemType()).isEqualTo("invalid-plate");
		var future = compliant(point);
		future.put("manufacturedOn", "2099-01-01");
		assertThat(api.post("/api/v1/ebike-registrations", json(future)).status()).isEqualTo(400);
		assertThat(api.get("/api/v1/ebikes/" + path("武汉000000x")).status()).isEqualTo(404);
	}

	@Test
	void onlyClerksAndAdministratorsRegister() {
		assertThat(Api.at(port).post("/api/v1/ebike-registrations", json(compliant(point))).status()).isEqualTo(401);
		assertThat(Api.at(port).as("examiner").post("/api/v1/ebike-registrations", json(compliant(point))).status())
			.isEqualTo(403);
		assertThat(Api.at(port).as("admin").post("/api/v1/ebike-registrations", json(compliant(point))).status())
			.isEqualTo(201);
	}

	@Test
	void aFrameNumberIsRegisteredOnce() {
		var fields = compliant(point);
		assertThat(Api.at(port).as("clerk").post("/api/v1/ebike-registrations", json(fields)).status()).isEqualTo(201);
		var again = Api.at(port).as("clerk").post("/api/v1/ebike-registrations", json(fields));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.problemType()).isEqualTo("conflict");
	}

	@Test
	void theSameIdempotencyKeyReturnsTheFirstRegistration() {
		var body = json(compliant(point));
		var key = UUID.randomUUID().toString();
		var first = Api.at(port).as("clerk").header("Idempotency-Key", key).post("/api/v1/ebike-registrations", body);
		var second = Api.at(port).as("clerk").header("Idempotency-Key", key).post("/api/v1/ebike-registrations", body);
		assertThat(first.status()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(201);
		assertThat(second.json().path("plate").asString()).isEqualTo(first.json().path("plate").asString());
	}

	@Test
	void aCitizenSeesOnlyTheirOwnEbikes() {
		var mine = compliant(point);
		var plate = Api.at(port).as("clerk").post("/api/v1/ebike-registrations", json(mine)).json().path("plate")
			.asString();
		var theirs = Api.at(port).as("clerk").post("/api/v1/ebike-registrations", json(compliant(point))).json()
			.path("plate").asString();
		var token = EbikeSamples.citizenToken(port, mine.get("ownerIdNumber").toString(),
				mine.get("ownerMobile").toString());
		var citizen = Api.at(port).bearer(token);

		var list = citizen.get("/api/v1/ebikes");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json()).hasSize(1);
		assertThat(list.json().get(0).path("plate").asString()).isEqualTo(plate);
		assertThat(citizen.get("/api/v1/ebikes/" + path(plate)).status()).isEqualTo(200);
		assertThat(citizen.get("/api/v1/ebikes/" + path(theirs)).status()).isEqualTo(404);
		assertThat(citizen.post("/api/v1/ebike-registrations", json(compliant(point))).status()).isEqualTo(403);

		var staff = Api.at(port).as("clerk").get("/api/v1/ebikes?ownerIdNumber=" + mine.get("ownerIdNumber"));
		assertThat(staff.json()).hasSize(1);
	}

	@Test
	void concurrentRegistrationsChoosingOnePlateGiveItOnce() throws Exception {
		var plate = "武汉" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
		var statuses = race(20, i -> {
			var fields = compliant(point);
			fields.put("plate", plate);
			return Api.at(port).as("clerk").post("/api/v1/ebike-registrations", json(fields)).status();
		});
		// the plate may already have been drawn at random by an earlier test: then nobody gets it
		assertThat(statuses.stream().filter(s -> s == 201).count()).isLessThanOrEqualTo(1);
		assertThat(statuses).allMatch(s -> s == 201 || s == 409);
		assertThat(registrations.byPlate(plate).plate()).isEqualTo(plate);
	}

	@Test
	void concurrentRandomRegistrationsNeverShareAPlate() throws Exception {
		var plates = race(30, i -> Api.at(port).as("clerk")
			.post("/api/v1/ebike-registrations", json(compliant(point))).json().path("plate").asString());
		assertThat(plates).doesNotContain("").doesNotHaveDuplicates();
		assertThat(new HashSet<>(plates)).hasSize(30);
	}

	interface Attempt<T> {

		T run(int index) throws Exception;
	}

	private static <T> List<T> race(int count, Attempt<T> attempt) throws Exception {
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(count);
		try {
			var futures = new ArrayList<java.util.concurrent.Future<T>>();
			for (int i = 0; i < count; i++) {
				var index = i;
				futures.add(pool.submit((Callable<T>) () -> {
					start.await();
					return attempt.run(index);
				}));
			}
			start.countDown();
			var results = new ArrayList<T>();
			for (var future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
