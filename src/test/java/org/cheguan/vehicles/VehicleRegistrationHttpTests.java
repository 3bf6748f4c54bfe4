package org.cheguan.vehicles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cheguan.shared.OfficeTime;
import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Initial registration with plate selection over real HTTP (domain-rules.md §2, §4): the pool, the documents issued,
 * 免查验, new-energy plates, the local self-composed rule, masking, citizen access; and the two concurrency
 * guarantees: 100 concurrent pool requests never share a plate, and of 50 concurrent registrations choosing one number
 * exactly one succeeds.
 */
@CheguanTest
class VehicleRegistrationHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	Api clerk() {
		return Api.at(port).as("clerk");
	}

	@Test
	void registersANewCarWithAPlateFromThePoolAndIssuesTheDocuments() {
		var pool = clerk().get("/api/v1/plates/pool?vehicleType=SMALL_PASSENGER&energy=FUEL");
		assertThat(pool.status()).as(pool.body()).isEqualTo(200);
		assertThat(pool.json().size()).isEqualTo(50);
		assertThat(pool.header("Plate-Pool-Kind")).isEqualTo("ORDINARY");
		var plate = pool.json().get(7).asString();
		assertThat(plate).startsWith("鄂A").hasSize(7);

		var today = OfficeTime.today(clock);
		var vin = VehicleSamples.vin();
		var owner = VehicleSamples.wuhanId();
		var body = VehicleSamples.registration(vin, owner, VehicleSamples.mobile(), plate, today.minusMonths(3),
				today.plusYears(1)).replace("\"selfComposed\":true", "\"selfComposed\":false");
		var created = clerk().post("/api/v1/vehicle-registrations", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		var json = created.json();
		assertThat(json.path("plate").asString()).isEqualTo(plate);
		assertThat(json.path("identityCheckRequired").asBoolean()).isFalse();
		assertThat(json.path("registrationCertificateNumber").asString()).matches("420\\d{9}");
		assertThat(json.path("electronicVehicleLicenceId").asString()).startsWith("DZXSZ");
		assertThat(json.path("inspection").path("nextDueOn").asString()).isEqualTo(today.plusYears(2).toString());
		assertThat(json.path("inspection").path("kind").asString()).isEqualTo("SIGN_ONLINE");

		var read = clerk().get("/api/v1/vehicles/" + vin);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().path("ownerIdNumber").asString()).doesNotContain(owner.substring(6, 14)).contains("*");
		assertThat(read.json().path("status").asString()).isEqualTo("A");
		assertThat(read.json().path("registeredOn").asString()).isEqualTo(today.toString());
		assertThat(read.json().path("inspection").path("nextDueOn").asString()).isEqualTo(today.plusYears(2).toString());
		assertThat(read.body()).doesNotContain(owner);

		// the same VIN again is a conflict; a wrong VIN or plate is 400 with its stable type
		assertThat(clerk().post("/api/v1/vehicle-registrations", body).status()).isEqualTo(409);
		assertThat(clerk().post("/api/v1/vehicle-registrations", body.replace(vin, "1M8GDM9AXKP042789"))
			.problemType()).isEqualTo("invalid-vin");
		assertThat(clerk().post("/api/v1/vehicle-registrations",
				body.replace(vin, VehicleSamples.vin()).replace(plate, "鄂AI2345")).problemType())
			.isEqualTo("invalid-plate");
	}

	@Test
	void anOldOrUnapprovedCarNeedsTheIdentityCheck() {
		var today = OfficeTime.today(clock);
		var old = clerk().post("/api/v1/vehicle-registrations", VehicleSamples.registration(VehicleSamples.vin(),
				VehicleSamples.wuhanId(), VehicleSamples.mobile(), "鄂A" + VehicleSamples.ordinarySerial(),
				today.minusMonths(25), today.plusYears(1)));
		assertThat(old.status()).as(old.body()).isEqualTo(201);
		assertThat(old.json().path("identityCheckRequired").asBoolean()).isTrue();
		var withinTwoYears = clerk().post("/api/v1/vehicle-registrations", VehicleSamples.registration(
				VehicleSamples.vin(), VehicleSamples.wuhanId(), VehicleSamples.mobile(),
				"鄂A" + VehicleSamples.ordinarySerial(), today.minusMonths(24), today.plusYears(1)));
		assertThat(withinTwoYears.json().path("identityCheckRequired").asBoolean()).isFalse();
	}

	@Test
	void newEnergyVehiclesGetNewEnergyPlatesAndTheLocalRuleApplies() {
		var pool = clerk().get("/api/v1/plates/pool?vehicleType=SMALL_PASSENGER&energy=NEW_ENERGY");
		assertThat(pool.header("Plate-Pool-Kind")).isEqualTo("NEW_ENERGY_SMALL");
		pool.json().forEach(plate -> assertThat(plate.asString()).matches("鄂A[DF][A-HJ-NP-Z0-9]\\d{4}"));
		var truckPool = clerk().get("/api/v1/plates/pool?vehicleType=TRUCK&energy=NEW_ENERGY");
		truckPool.json().forEach(plate -> assertThat(plate.asString()).matches("鄂A\\d{5}[DF]"));

		var today = OfficeTime.today(clock);
		var fuelWithGreenPlate = clerk().post("/api/v1/vehicle-registrations", VehicleSamples.registration(
				VehicleSamples.vin(), VehicleSamples.wuhanId(), VehicleSamples.mobile(),
				pool.json().get(0).asString(), today.minusMonths(1), today.plusYears(1)));
		assertThat(fuelWithGreenPlate.status()).isEqualTo(422);
		assertThat(fuelWithGreenPlate.json().path("rule").asString()).isEqualTo("GA 36-2018");

		var threeLetters = clerk().post("/api/v1/vehicle-registrations", VehicleSamples.registration(
				VehicleSamples.vin(), VehicleSamples.wuhanId(), VehicleSamples.mobile(), "鄂AABC12",
				today.minusMonths(1), today.plusYears(1)).replace("鄂AABC12", "鄂AABC1" + (char) ('0' + today.getDayOfMonth() % 10)));
		assertThat(threeLetters.status()).isEqualTo(422);
		assertThat(threeLetters.json().path("rule").asString()).contains("自编");

		var otherCity = clerk().post("/api/v1/vehicle-registrations", VehicleSamples.registration(VehicleSamples.vin(),
				VehicleSamples.wuhanId(), VehicleSamples.mobile(), "甘A" + VehicleSamples.ordinarySerial(),
				today.minusMonths(1), today.plusYears(1)));
		assertThat(otherCity.status()).isEqualTo(422);
	}

	@Test
	void aPlateHeldInSomeoneElsesPoolCannotBeTaken() {
		var pool = Api.at(port).as("admin").get("/api/v1/plates/pool?vehicleType=SMALL_PASSENGER&energy=FUEL");
		var held = pool.json().get(0).asString();
		var today = OfficeTime.today(clock);
		var taken = clerk().post("/api/v1/vehicle-registrations", VehicleSamples.registration(VehicleSamples.vin(),
				VehicleSamples.wuhanId(), VehicleSamples.mobile(), held, today.minusMonths(1), today.plusYears(1))
			.replace("\"selfComposed\":true", "\"selfComposed\":false"));
		assertThat(taken.status()).as(taken.body()).isEqualTo(409);
	}

	@Test
	void aCitizenSeesOnlyTheirOwnVehicles() {
		var today = OfficeTime.today(clock);
		var owner = VehicleSamples.wuhanId();
		var mobile = VehicleSamples.mobile();
		var vin = VehicleSamples.vin();
		assertThat(clerk().post("/api/v1/vehicle-registrations", VehicleSamples.registration(vin, owner, mobile,
				"鄂A" + VehicleSamples.ordinarySerial(), today.minusMonths(1), today.plusYears(1))).status())
			.isEqualTo(201);
		var other = VehicleSamples.vin();
		assertThat(clerk().post("/api/v1/vehicle-registrations", VehicleSamples.registration(other,
				VehicleSamples.wuhanId(), VehicleSamples.mobile(), "鄂A" + VehicleSamples.ordinarySerial(),
				today.minusMonths(1), today.plusYears(1))).status()).isEqualTo(201);
		var token = VehicleSamples.signIn(port, owner, mobile);
		var citizen = Api.at(port).bearer(token);
		assertThat(citizen.get("/api/v1/vehicles/" + vin).status()).isEqualTo(200);
		assertThat(citizen.get("/api/v1/vehicles/" + other).status()).isEqualTo(404);
		var mine = citizen.get("/api/v1/vehicles");
		assertThat(mine.json().size()).isEqualTo(1);
		assertThat(mine.json().get(0).path("vin").asString()).isEqualTo(vin);
		assertThat(citizen.post("/api/v1/vehicle-registrations", "{}").status()).isIn(400, 403);
	}

	@Test
	void hundredConcurrentPoolRequestsNeverShareAPlate() throws Exception {
		var executor = Executors.newFixedThreadPool(20);
		try {
			var tasks = new ArrayList<Callable<Api.Response>>();
			for (int i = 0; i < 100; i++) {
				var who = i % 2 == 0 ? "clerk" : "admin";
				tasks.add(() -> Api.at(port).as(who).header("X-Request", "pool")
					.get("/api/v1/plates/pool?vehicleType=MICRO_PASSENGER&energy=FUEL"));
			}
			var seen = new HashSet<String>();
			var total = 0;
			var pools = new ArrayList<List<String>>();
			for (Future<Api.Response> future : executor.invokeAll(tasks)) {
				var response = future.get();
				assertThat(response.status()).as(response.body()).isEqualTo(200);
				var plates = new ArrayList<String>();
				response.json().forEach(plate -> plates.add(plate.asString()));
				assertThat(plates).hasSize(50);
				pools.add(plates);
			}
			for (var plates : pools) {
				total += plates.size();
				seen.addAll(plates);
			}
			assertThat(seen).hasSize(total);
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void fiftyConcurrentRegistrationsChoosingOneNumberLeaveExactlyOneWinner() throws Exception {
		var today = OfficeTime.today(clock);
		var plate = "鄂A" + VehicleSamples.ordinarySerial();
		var executor = Executors.newFixedThreadPool(25);
		try {
			var tasks = new ArrayList<Callable<Api.Response>>();
			for (int i = 0; i < 50; i++) {
				var body = VehicleSamples.registration(VehicleSamples.vin(), VehicleSamples.wuhanId(),
						VehicleSamples.mobile(), plate, today.minusMonths(1), today.plusYears(1));
				tasks.add(() -> clerk().post("/api/v1/vehicle-registrations", body));
			}
			var created = 0;
			var conflicts = 0;
			for (Future<Api.Response> future : executor.invokeAll(tasks)) {
				var response = future.get();
				if (response.status() == 201) {
					created++;
				}
				else {
					assertThat(response.status()).as(response.body()).isEqualTo(409);
					conflicts++;
				}
			}
			assertThat(created).isEqualTo(1);
			assertThat(conflicts).isEqualTo(49);
		}
		finally {
			executor.shutdownNow();
		}
	}
}
