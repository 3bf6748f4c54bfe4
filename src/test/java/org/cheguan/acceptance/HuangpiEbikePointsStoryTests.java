package org.cheguan.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;

import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Story 5 of the seed: 家住黄陂的冯女士反映，附近没有电动自行车上牌网点，很不方便。大家看看怎么解决？ — 正在筹备增加5个新城区的电动自行车登记服务网点.
 *
 * <p>Played in the acceptance month: Ms Feng calls on Tuesday 2026-06-16; the points open and she is answered.
 */
@CheguanTest
class HuangpiEbikePointsStoryTests extends Story {

	static final String HUANGPI = "420116";

	static final String COVERAGE = "/api/v1/coverage?kind=EBIKE_REGISTRATION&radiusMeters=2000";

	static JsonNode huangpi(JsonNode coverage) {
		return Office.find(coverage.path("districts"), "code", HUANGPI);
	}

	/**
	 * 家住黄陂的冯女士反映，附近没有电动自行车上牌网点 … 正在筹备增加5个新城区的电动自行车登记服务网点: the complaint is a hotline ticket;
	 * coverage shows Huangpi's gap; siting proposes five points there; once they are opened, coverage rises by what the
	 * plan promised, and Ms Feng is answered.
	 */
	@Test
	void aHuangpiResidentsComplaintLeadsToFiveNewEbikePointsAndCoverageRises() {
		office.at(LocalDate.of(2026, 6, 16), LocalTime.of(14, 0));
		var caller = Office.mobile();
		var opened = office.staff("agent").post("/api/v1/hotline/tickets", """
				{"kind":"COMPLAINT","callerMobile":"%s","description":"家住黄陂，附近没有电动自行车上牌网点，很不方便。"}"""
			.formatted(caller));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		var ticket = opened.json().path("id").asString();
		assertThat(opened.json().path("dueAt").asString()).isNotBlank();
		assertThat(office.staff("agent").post("/api/v1/hotline/tickets/" + ticket + "/events",
				"{\"kind\":\"ACCEPT\",\"note\":\"已受理，转督查科研究\"}").status()).isEqualTo(201);

		// coverage within 2 km shows the gap: Huangpi has the most people without a point nearby
		var before = office.anyone().get(COVERAGE).json();
		var huangpiBefore = huangpi(before);
		assertThat(huangpiBefore.path("uncoveredPopulation").asLong()).isPositive();
		before.path("districts").forEach(d -> assertThat(d.path("uncoveredPopulation").asLong())
			.as(d.path("name").asString()).isLessThanOrEqualTo(huangpiBefore.path("uncoveredPopulation").asLong()));

		// siting proposes five points in Huangpi, each adding people
		var plan = office.staff("supervisor").post("/api/v1/coverage/plans", """
				{"kind":"EBIKE_REGISTRATION","radiusMeters":2000,"count":5,"districtCodes":["%s"]}"""
			.formatted(HUANGPI));
		assertThat(plan.status()).as(plan.body()).isEqualTo(200);
		var sites = plan.json().path("sites");
		assertThat(sites.size()).isEqualTo(5);
		sites.forEach(site -> {
			assertThat(site.path("districtCode").asString()).isEqualTo(HUANGPI);
			assertThat(site.path("addedCoveredPopulation").asLong()).isPositive();
		});
		assertThat(plan.json().path("coveredBefore").asLong()).isEqualTo(before.path("coveredPopulation").asLong());
		var promised = Office.find(plan.json().path("districts"), "code", HUANGPI).path("coveredAfter").asLong();
		assertThat(promised).isGreaterThan(huangpiBefore.path("coveredPopulation").asLong());

		// the points open where the plan put them
		var opening = new ArrayList<String>();
		for (int i = 0; i < sites.size(); i++) {
			var location = sites.get(i).path("location");
			var created = office.staff("admin").post("/api/v1/outlets", """
					{"name":"黄陂区电动自行车登记服务网点（新增%d）","kind":"EBIKE_REGISTRATION",
					 "location":{"lat":%s,"lon":%s}}""".formatted(i + 1, location.path("lat").asDouble(),
					location.path("lon").asDouble()));
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			assertThat(created.json().path("districtCode").asString()).isEqualTo(HUANGPI);
			opening.add(created.json().path("id").asString());
		}

		// coverage rises exactly as the plan promised
		var after = office.anyone().get(COVERAGE).json();
		assertThat(huangpi(after).path("coveredPopulation").asLong()).isEqualTo(promised);
		assertThat(huangpi(after).path("uncoveredPopulation").asLong())
			.isLessThan(huangpiBefore.path("uncoveredPopulation").asLong());
		assertThat(huangpi(after).path("outlets").asInt()).isEqualTo(huangpiBefore.path("outlets").asInt() + 5);
		assertThat(after.path("coveredPopulation").asLong()).isEqualTo(plan.json().path("coveredAfter").asLong());

		// near her, the nearest e-bike point in the public search is a new one
		var first = sites.get(0).path("location");
		var near = office.anyone().get("/api/v1/outlets?kind=EBIKE_REGISTRATION&near=" + first.path("lat").asDouble()
				+ "," + first.path("lon").asDouble() + "&limit=1").json();
		assertThat(near.get(0).path("id").asString()).isIn(opening);

		// and she is told, and the ticket is closed
		var told = office.staff("agent").post("/api/v1/hotline/tickets/" + ticket + "/events",
				"{\"kind\":\"PROGRESS\",\"note\":\"黄陂区新增5个电动自行车登记服务网点已开放，可就近办理上牌。\"}");
		assertThat(told.status()).as(told.body()).isEqualTo(201);
		var closed = office.staff("agent").post("/api/v1/hotline/tickets/" + ticket + "/events",
				"{\"kind\":\"CLOSE\",\"note\":\"已告知新增网点位置，来电人表示满意。\"}");
		assertThat(closed.status()).as(closed.body()).isEqualTo(201);
		assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
		assertThat(String.join("\n", office.messages(caller, null))).contains("新增5个电动自行车登记服务网点", "办理完毕");
	}
}
