package org.cheguan.outlets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.cheguan.shared.Channel;
import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@CheguanTest
class MobileVisitTests {

	@LocalServerPort
	int port;

	@Autowired
	MobileVisits visits;

	@Test
	void supervisorPlansAVisitAClerkRecordsServicesOnSiteWithChannelMobile() {
		var community = "测试社区 " + UUID.randomUUID();
		var api = Api.at(port);
		var body = """
				{"date":"2026-12-10","place":"黄陂区前川街广场","community":"%s","districtCode":"420116",
				 "location":{"lat":30.88,"lon":114.37},"services":["DL_RENEWAL","EBIKE_REGISTRATION"],
				 "staff":["clerk","examiner"]}""".formatted(community);
		assertThat(api.as("clerk").post("/api/v1/mobile-visits", body).status()).isEqualTo(403);
		var created = api.as("supervisor").post("/api/v1/mobile-visits", body);
		assertThat(created.status()).isEqualTo(201);
		var id = created.json().path("id").asString();

		var calendar = api.get("/api/v1/mobile-visits?from=2026-12-10&to=2026-12-10").json();
		var listed = calendar.valueStream().filter(v -> v.path("id").asString().equals(id)).findFirst().orElseThrow();
		assertThat(listed.path("community").asString()).isEqualTo(community);
		assertThat(listed.path("staff").isMissingNode() || listed.path("staff").isNull()).isTrue();
		assertThat(listed.path("staffCount").asInt()).isEqualTo(2);
		assertThat(api.as("clerk").get("/api/v1/mobile-visits/" + id).json().path("staff").size()).isEqualTo(2);

		var before = visits.reach();
		var service = api.as("clerk").post("/api/v1/mobile-visits/" + id + "/services", """
				{"serviceType":"DL_RENEWAL","startedAt":"2026-12-10T09:00:00+08:00",
				 "completedAt":"2026-12-10T09:12:00+08:00"}""");
		assertThat(service.status()).isEqualTo(201);
		assertThat(service.json().path("channel").asString()).isEqualTo("MOBILE");
		assertThat(visits.reach().services()).isEqualTo(before.services() + 1);

		var event = visits.recordService(UUID.fromString(id), "EBIKE_REGISTRATION",
				Instant.parse("2026-12-10T02:00:00Z"), Instant.parse("2026-12-10T02:20:00Z"), "clerk", null);
		assertThat(event.channel()).isEqualTo(Channel.MOBILE);
		assertThat(event.districtCode().value()).isEqualTo("420116");
		assertThat(event.outletId()).isNotNull();

		// a service not offered on this visit is refused by rule; bad input is 400
		assertThat(api.as("clerk").post("/api/v1/mobile-visits/" + id + "/services", """
				{"serviceType":"VEHICLE_INSPECTION","startedAt":"2026-12-10T09:00:00+08:00",
				 "completedAt":"2026-12-10T09:12:00+08:00"}""").status()).isEqualTo(422);
		assertThat(api.as("clerk").post("/api/v1/mobile-visits/" + id + "/services", """
				{"serviceType":"DL_RENEWAL","startedAt":"2026-12-10T09:00:00+08:00",
				 "completedAt":"2026-12-10T09:12:00+08:00","citizenIdNumber":"123"}""").status()).isEqualTo(400);
	}

	@Test
	void demoCalendarAndReach() {
		var reach = Api.at(port).get("/api/v1/mobile-visits/reach").json();
		assertThat(reach.path("visits").asLong()).isGreaterThanOrEqualTo(DemoOutlets.DEMO_VISITS);
		assertThat(reach.path("communities").asLong()).isPositive();
	}

	@Test
	void badInputIsAProblem() {
		var api = Api.at(port);
		assertThat(api.get("/api/v1/mobile-visits?from=2026-12-10&to=2026-01-01").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/mobile-visits?from=2020-01-01&to=2026-01-01").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/mobile-visits?from=yesterday").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/mobile-visits/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(api.as("supervisor").post("/api/v1/mobile-visits", """
				{"date":"2026-12-10","place":"x","community":"y","districtCode":"110105","services":["DL_RENEWAL"],
				 "staff":["clerk"]}""").status()).isEqualTo(400);
		assertThat(api.as("supervisor").post("/api/v1/mobile-visits", """
				{"date":"2026-12-10","place":"x","community":"y","districtCode":"420116","services":[],
				 "staff":["clerk"]}""").status()).isEqualTo(400);
		assertThat(api.as("supervisor").post("/api/v1/mobile-visits", """
				{"date":"2026-12-10","place":"x","community":"y","districtCode":"420116","services":["lower case"],
				 "staff":["clerk"]}""").status()).isEqualTo(400);
	}
}
