package org.cheguan.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Story 4 of the seed: 12123交管语音服务热线接到一条特殊的求助：市民古先生想通过热线表扬为他的车辆办理转籍业务的工作人员 … 档案科业务标兵蒋琳.
 * And the office's 月讲评 counts such praise when it ranks its staff (评选 … 业务标兵).
 *
 * <p>Played in the acceptance month: the call comes in on Tuesday 2026-06-16; the monthly review is that of 2026-06.
 */
@CheguanTest
class PraisedClerkStoryTests extends Story {

	/** @return the archives clerk's line in the month's staff rankings, or null when she is not ranked */
	JsonNode archivesClerk(JsonNode review) {
		for (var category : review.path("categories")) {
			var line = Office.find(category.path("staff"), "username", "archives");
			if (line != null) {
				return line;
			}
		}
		return null;
	}

	long commendationsOf(JsonNode review) {
		var line = archivesClerk(review);
		return line == null ? 0 : line.path("commendations").asLong();
	}

	/**
	 * 市民古先生想通过热线表扬 … 档案科业务标兵蒋琳: a hotline caller praises a named clerk; the praise is credited to her
	 * and counts in the month's staff ranking, the input of the monthly review (月讲评).
	 */
	@Test
	void aHotlineCallerPraisesTheArchivesClerkAndTheCommendationCountsInTheMonthlyReview() {
		var before = commendationsOf(office.report("/api/v1/reports/monthly?month=" + Office.MONTH));

		office.at(LocalDate.of(2026, 6, 16), java.time.LocalTime.of(10, 15));
		var caller = Office.mobile();
		var opened = office.staff("agent").post("/api/v1/hotline/tickets", """
				{"kind":"PRAISE","callerMobile":"%s","staffId":"archives",
				 "description":"市民古先生来电表扬档案科蒋琳：兰州号牌小轿车转籍受阻，全程跟进协调，一周后归档手续全部办好。"}"""
			.formatted(caller));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		var ticket = opened.json();
		assertThat(ticket.path("staffNamed").asString()).isEqualTo("archives");
		assertThat(ticket.path("department").asString()).isEqualTo("档案科");
		var closed = office.staff("agent").post("/api/v1/hotline/tickets/" + ticket.path("id").asString() + "/events",
				"{\"kind\":\"CLOSE\",\"note\":\"已向蒋琳及档案科转达表扬，记入个人表扬记录。\"}");
		assertThat(closed.status()).as(closed.body()).isEqualTo(201);
		assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");

		// the praise is credited to her
		var commendations = office.staff("supervisor").get("/api/v1/staff/archives/commendations").json();
		assertThat(Office.find(commendations, "ticketId", ticket.path("id").asString())).isNotNull();
		// the caller is told it was received and when it was dealt with
		assertThat(String.join("\n", office.messages(caller, null)))
			.contains(ticket.path("number").asString(), "表扬已受理", "办理完毕");

		// the day's statistics and the month's staff ranking count it
		Office.waitFor(() -> commendationsOf(office.report("/api/v1/reports/monthly?month=" + Office.MONTH)) == before + 1
				? true : null);
		var review = office.report("/api/v1/reports/monthly?month=" + Office.MONTH);
		var line = archivesClerk(review);
		assertThat(line).as("蒋琳 is ranked in the monthly review").isNotNull();
		assertThat(line.path("commendations").asLong()).isEqualTo(before + 1);
		assertThat(line.path("rank").asInt()).isPositive();
		assertThat(line.path("score").asDouble()).isGreaterThanOrEqualTo(2.0);
		assertThat(office.report("/api/v1/reports/daily?date=2026-06-16").path("commendations").asLong())
			.isGreaterThanOrEqualTo(1);
	}
}
