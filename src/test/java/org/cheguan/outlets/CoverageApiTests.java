package org.cheguan.outlets;

import static org.assertj.core.api.Assertions.assertThat;

import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@CheguanTest
class CoverageApiTests {

	@LocalServerPort
	int port;

	@Test
	void coverageOfAKindPerDistrict() {
		var json = Api.at(port).get("/api/v1/coverage?kind=EBIKE_REGISTRATION&radiusMeters=2000").json();
		assertThat(json.path("kind").asString()).isEqualTo("EBIKE_REGISTRATION");
		assertThat(json.path("population").asLong()).isEqualTo(12_326_518L);
		assertThat(json.path("districts").size()).isEqualTo(13);
		var sum = json.path("districts").valueStream().mapToLong(d -> d.path("coveredPopulation").asLong()).sum();
		assertThat(json.path("coveredPopulation").asLong()).isEqualTo(sum).isPositive();
		var huangpi = json.path("districts").valueStream().filter(d -> d.path("code").asString().equals("420116"))
			.findFirst().orElseThrow();
		assertThat(huangpi.path("uncoveredPopulation").asLong()).isPositive();
	}

	@Test
	void planForHuangpiRaisesCoverage() {
		var response = Api.at(port).as("supervisor").post("/api/v1/coverage/plans", """
				{"kind":"EBIKE_REGISTRATION","radiusMeters":2000,"count":5,"districtCodes":["420116"]}""");
		assertThat(response.status()).isEqualTo(200);
		var json = response.json();
		assertThat(json.path("sites").size()).isEqualTo(5);
		assertThat(json.path("coveredAfter").asLong()).isGreaterThan(json.path("coveredBefore").asLong());
		assertThat(json.path("sites").get(0).path("districtCode").asString()).isEqualTo("420116");
		assertThat(json.path("sites").get(0).path("location").path("lat").asDouble()).isBetween(30.5, 31.4);
		assertThat(json.path("sites").get(0).path("addedCoveredPopulation").asLong()).isPositive();
	}

	@Test
	void badInputIsAProblem() {
		var api = Api.at(port);
		assertThat(api.get("/api/v1/coverage?kind=NOPE&radiusMeters=2000").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/coverage?kind=POSTAL&radiusMeters=0").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/coverage?kind=POSTAL&radiusMeters=-5").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/coverage?kind=POSTAL&radiusMeters=10000000").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/coverage?kind=POSTAL&radiusMeters=abc").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/coverage?kind=POSTAL").status()).isEqualTo(400);
		var supervisor = api.as("supervisor");
		assertThat(supervisor.post("/api/v1/coverage/plans", """
				{"kind":"POSTAL","radiusMeters":2000,"count":1000}""").status()).isEqualTo(400);
		assertThat(supervisor.post("/api/v1/coverage/plans", """
				{"kind":"POSTAL","radiusMeters":0,"count":3}""").status()).isEqualTo(400);
		assertThat(supervisor.post("/api/v1/coverage/plans", """
				{"kind":"SPACEPORT","radiusMeters":2000,"count":3}""").status()).isEqualTo(400);
		assertThat(supervisor.post("/api/v1/coverage/plans", """
				{"kind":"POSTAL","radiusMeters":2000,"count":3,"districtCodes":["110105"]}""").status()).isEqualTo(400);
		assertThat(supervisor.post("/api/v1/coverage/plans", """
				{"kind":"POSTAL","radiusMeters":2000,"count":3,"districtCodes":["abc"]}""").status()).isEqualTo(400);
		assertThat(api.post("/api/v1/coverage/plans", """
				{"kind":"POSTAL","radiusMeters":2000,"count":3}""").status()).isEqualTo(401);
		assertThat(api.as("examiner").post("/api/v1/coverage/plans", """
				{"kind":"POSTAL","radiusMeters":2000,"count":3}""").status()).isEqualTo(403);
	}
}
