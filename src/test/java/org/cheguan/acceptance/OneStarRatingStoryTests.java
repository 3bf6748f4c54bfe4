package org.cheguan.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Story 7 of the seed: 把群众的满意作为最高工作标准，实行日统计、周通报、月讲评机制，以评促改、以评促优. A bad rating is put right
 * (以评促改) and the weekly bulletin (周通报) says how far.
 *
 * <p>Played in the acceptance month: the service and its one-star rating are on Thursday 2026-06-18 (week 2026-W25);
 * the case is closed after the Dragon Boat holiday.
 */
@CheguanTest
class OneStarRatingStoryTests extends Story {

	static final LocalDate SERVICE_DAY = LocalDate.of(2026, 6, 18);

	static JsonNode badRatingLine(JsonNode bulletin, String ratingId) {
		return Office.find(bulletin.path("badRatings"), "ratingId", ratingId);
	}

	/**
	 * 以评促改: a service rated one star opens a rectification; the supervisor replies, puts it right and calls the
	 * citizen back; the citizen rates the fix; the weekly bulletin lists the bad rating with the state of its
	 * rectification.
	 */
	@Test
	void aServiceRatedOneStarIsRectifiedVisitedAndReRatedAndTheWeeklyBulletinListsIt() {
		office.at(SERVICE_DAY, LocalTime.of(10, 30));
		var idNumber = Office.idBornIn("420103", 1968);
		var mobile = Office.mobile();
		var served = office.staff("clerk").post("/api/v1/service-records", """
				{"serviceType":"VEHICLE_CHANGE","channel":"WINDOW","citizenIdNumber":"%s","mobile":"%s","name":"周建平",
				 "startedAt":"%sT10:00:00+08:00","completedAt":"%sT10:25:00+08:00","waitMinutes":48}"""
			.formatted(idNumber, mobile, SERVICE_DAY, SERVICE_DAY));
		assertThat(served.status()).as(served.body()).isEqualTo(201);
		var service = served.json().path("id").asString();

		// the citizen rates it from his account: one star, 非常不满意
		var citizen = office.citizen(office.signIn(idNumber, mobile));
		var rated = citizen.post("/api/v1/service-records/" + service + "/rating",
				"{\"score\":1,\"comment\":\"排队近一小时，窗口说明不清楚\"}");
		assertThat(rated.status()).as(rated.body()).isEqualTo(201);
		assertThat(rated.json().path("bad").asBoolean()).isTrue();
		var ratingId = rated.json().path("id").asString();
		var rectification = rated.json().path("rectificationId").asString();
		assertThat(rectification).isNotBlank();
		// one service, one rating
		assertThat(citizen.post("/api/v1/service-records/" + service + "/rating", "{\"score\":5}").status())
			.isEqualTo(409);

		// the bulletin of the week lists it while it is open
		var week = "2026-W25";
		var open = Office.waitFor(() -> {
			var line = badRatingLine(office.report("/api/v1/reports/weekly?week=" + week), ratingId);
			return line != null && "OPEN".equals(line.path("rectificationStatus").asString()) ? line : null;
		});
		assertThat(open.path("score").asInt()).isEqualTo(1);

		// the supervisor verifies and replies; the named citizen is told
		var path = "/api/v1/rectifications/" + rectification;
		var supervisor = office.staff("supervisor");
		var listed = supervisor.get(path).json();
		assertThat(listed.path("status").asString()).isEqualTo("OPEN");
		assertThat(listed.path("replyDueOn").asString()).as("3 working days").isEqualTo("2026-06-24");
		assertThat(supervisor.post(path + "/reply", "{\"note\":\"已核实：当日窗口人手不足，已向您致歉\"}").json()
			.path("status").asString()).isEqualTo("REPLIED");
		assertThat(String.join("\n", office.messages(mobile, null))).contains("已核实：当日窗口人手不足");

		// after the Dragon Boat holiday: put right, and the return visit closes the case
		office.at(LocalDate.of(2026, 6, 22), LocalTime.of(11, 0));
		assertThat(supervisor.post(path + "/rectification", "{\"note\":\"高峰时段增开窗口，更新业务指引\"}").json()
			.path("status").asString()).isEqualTo("RECTIFIED");
		assertThat(supervisor.post(path + "/return-visit", "{\"note\":\"电话回访周先生，对整改表示认可\"}").json()
			.path("status").asString()).isEqualTo("CLOSED");

		// the citizen rates the fix (re-rating), once
		var again = office.citizen(office.signIn(idNumber, mobile));
		var followUp = again.post(path + "/follow-up", "{\"score\":3}");
		assertThat(followUp.status()).as(followUp.body()).isEqualTo(200);
		assertThat(followUp.json().path("followUpScore").asInt()).isEqualTo(3);
		assertThat(again.post(path + "/follow-up", "{\"score\":1}").status()).isEqualTo(409);

		// the weekly bulletin lists the bad rating with its state: closed
		var closed = Office.waitFor(() -> {
			var line = badRatingLine(office.report("/api/v1/reports/weekly?week=" + week), ratingId);
			return line != null && "CLOSED".equals(line.path("rectificationStatus").asString()) ? line : null;
		});
		assertThat(closed.path("rectificationId").asString()).isEqualTo(rectification);
		assertThat(closed.path("serviceDay").asString()).isEqualTo(SERVICE_DAY.toString());
		var bulletin = office.report("/api/v1/reports/weekly?week=" + week);
		assertThat(bulletin.path("from").asString()).isEqualTo("2026-06-15");
		assertThat(bulletin.path("to").asString()).isEqualTo("2026-06-21");
		assertThat(bulletin.path("totals").path("badRatings").asLong()).isGreaterThanOrEqualTo(1);
	}
}
