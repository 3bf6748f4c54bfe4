package org.cheguan.outlets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@CheguanTest
class OutletApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Outlets outlets;

	@Test
	void demoNetworkIsThereAtFirstStart() {
		assertThat(outlets.ofKind(OutletKind.EBIKE_REGISTRATION).stream().filter(Outlet::demo)).hasSize(1_051);
		assertThat(outlets.ofKind(OutletKind.POSTAL).stream().filter(Outlet::demo)).hasSize(173);
	}

	@Test
	void nearestOutletsOfAKindAreSortedByDistanceInMetres() {
		var response = Api.at(port).get("/api/v1/outlets?kind=POSTAL&near=30.5928,114.3055&limit=5");
		assertThat(response.status()).isEqualTo(200);
		var list = response.json();
		assertThat(list.size()).isEqualTo(5);
		var previous = -1L;
		for (var outlet : list) {
			assertThat(outlet.path("kind").asString()).isEqualTo("POSTAL");
			var distance = outlet.path("distanceMeters").asLong();
			assertThat(distance).isGreaterThanOrEqualTo(previous);
			previous = distance;
			assertThat(outlet.path("location").path("lat").isNumber()).isTrue();
		}
	}

	@Test
	void openAtKeepsOnlyOutletsOpenThen() {
		// a Saturday: e-bike points serve, police-postal outlets do not; a holiday: only 24-hour sites
		var saturday = Api.at(port).get("/api/v1/outlets?service=EBIKE_REGISTRATION&openAt=2026-12-05T10:00:00%2B08:00&limit=2000");
		assertThat(saturday.json().valueStream().map(o -> o.path("kind").asString()))
			.contains("EBIKE_REGISTRATION");
		assertThat(Api.at(port).get("/api/v1/outlets?kind=POSTAL&openAt=2026-12-05T10:00:00%2B08:00").json().size())
			.isZero();
		var holiday = Api.at(port).get("/api/v1/outlets?openAt=2026-10-01T10:00:00%2B08:00&limit=2000").json();
		assertThat(holiday.valueStream().filter(o -> o.path("demo").asBoolean()).map(o -> o.path("kind").asString()))
			.containsOnly("SELF_SERVICE");
		var lunch = Api.at(port).get("/api/v1/outlets?kind=MEDICAL&openAt=2026-12-02T04:30:00Z").json();
		assertThat(lunch.size()).isZero();
	}

	@Test
	void detailsCarryOpeningHours() {
		var main = outlets.ofKind(OutletKind.MAIN_OFFICE).get(0);
		var json = Api.at(port).get("/api/v1/outlets/" + main.id()).json();
		assertThat(json.path("departments").size()).isEqualTo(8);
		assertThat(json.path("openingHours").path("alwaysOpen").asBoolean()).isFalse();
		assertThat(json.path("openingHours").path("days").path("MONDAY").path("lunchService").asBoolean()).isTrue();
		var kiosk = outlets.ofKind(OutletKind.SELF_SERVICE).get(0);
		assertThat(Api.at(port).get("/api/v1/outlets/" + kiosk.id()).json().path("openingHours").path("alwaysOpen")
			.asBoolean()).isTrue();
	}

	@Test
	void badInputIsAProblemNeverA500() {
		var api = Api.at(port);
		assertThat(api.get("/api/v1/outlets?kind=SPACEPORT").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/outlets?kind=SPACEPORT").problemType()).isEqualTo("validation");
		assertThat(api.get("/api/v1/outlets?near=abc").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/outlets?near=91,114").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/outlets?near=30.5,114.3,2").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/outlets?openAt=tomorrow").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/outlets?limit=0").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/outlets?limit=999999").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/outlets?district=12").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/outlets/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/outlets/not-a-uuid").status()).isEqualTo(400);
	}

	@Test
	void aClosureClosesAnOutletAndOnlyAdminsAddOutlets() {
		var api = Api.at(port);
		var name = "测试网点 " + UUID.randomUUID();
		var body = """
				{"name":"%s","kind":"EXAM_VENUE","location":{"lat":30.55,"lon":114.31}}""".formatted(name);
		assertThat(api.as("clerk").post("/api/v1/outlets", body).status()).isEqualTo(403);
		var created = api.as("admin").post("/api/v1/outlets", body);
		assertThat(created.status()).isEqualTo(201);
		var id = UUID.fromString(created.json().path("id").asString());
		assertThat(created.json().path("districtCode").asString()).isEqualTo("420106");
		var wednesdayMorning = java.time.Instant.parse("2026-12-02T02:00:00Z");
		assertThat(outlets.isOpenAt(id, wednesdayMorning)).isTrue();
		assertThat(api.as("supervisor").post("/api/v1/outlets/" + id + "/closures", """
				{"from":"2026-12-01T00:00:00+08:00","to":"2026-12-03T00:00:00+08:00","reason":"设备检修"}""").status())
			.isEqualTo(201);
		assertThat(outlets.isOpenAt(id, wednesdayMorning)).isFalse();
		assertThat(outlets.isOpenAt(id, java.time.Instant.parse("2026-12-03T02:00:00Z"))).isTrue();
		assertThat(api.as("admin").post("/api/v1/outlets", """
				{"name":"x%s","kind":"POSTAL","location":{"lat":39.9,"lon":116.4}}""".formatted(UUID.randomUUID()))
			.status()).isEqualTo(400);
	}
}
