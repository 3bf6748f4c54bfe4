package org.cheguan.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Story 2 of the seed: 古先生在绅宝二手车交易市场购入一辆兰州号牌的小轿车，办理车辆转籍过程中，系统反复提示该车在兰州有在办业务不能转入
 * … 全程跟进协调，并把业务办理进度第一时间告诉古先生。一周后 … 车辆归档手续已经全部办好.
 *
 * <p>Played in the acceptance month: the transfer-in is refused on Monday 2026-06-08 and the case is resolved on
 * Monday 2026-06-15, by the archives clerk 蒋琳 (demo account {@code archives}).
 */
@CheguanTest
class LanzhouCarStoryTests extends Story {

	/** The messages about the case sent to the citizen, oldest first (a rating invitation is not one of them). */
	List<String> progress(String mobile) {
		var bodies = new ArrayList<String>();
		for (var message : office.outbox(mobile)) {
			if (!"rating-invitation".equals(message.path("template").asString())) {
				bodies.add(0, message.path("body").asString());
			}
		}
		return bodies;
	}

	static List<String> steps(JsonNode caseView) {
		var kinds = new ArrayList<String>();
		caseView.path("timeline").forEach(step -> kinds.add(step.path("kind").asString()));
		return kinds;
	}

	/**
	 * 系统反复提示该车在兰州有在办业务不能转入 … 一周后 … 车辆归档手续已经全部办好: the transfer-in is refused because of pending
	 * business at the origin office, a coordination case follows it to completion in a week with progress messages to
	 * the buyer, and the car is transferred in with a local plate while the origin archives its file.
	 */
	@Test
	void aLanzhouPlatedCarBlockedByPendingBusinessAtOriginIsCoordinatedAndTransferredInWithinAWeek() {
		var vin = Office.vin();
		var lanzhouPlate = "甘A" + Office.serial();
		var buyer = Office.idBornIn("420102", 1979);
		var mobile = Office.mobile();
		// the Lanzhou office still holds the file, with business pending there
		var seeded = office.staff("admin").post("/api/v1/admin/exchange/vehicles", """
				{"vin":"%s","plate":"%s","ownerIdNumber":"%s","statusCodes":"A",
				 "pendingBusiness":["兰州市车管所在办：违法处理未结"]}""".formatted(vin, lanzhouPlate, buyer));
		assertThat(seeded.status()).as(seeded.body()).isEqualTo(201);
		assertThat(seeded.json().path("authority").asString()).isEqualTo("甘A");

		// Monday: Mr Gu asks the archives section to transfer his car in
		office.today(LocalDate.of(2026, 6, 8));
		var transferIn = """
				{"vin":"%s","originPlate":"%s","ownerIdNumber":"%s","ownerName":"古建明","ownerMobile":"%s"}"""
			.formatted(vin, lanzhouPlate, buyer, mobile);
		var blocked = office.staff("archives").post("/api/v1/vehicle-transfer-ins", transferIn);
		assertThat(blocked.status()).as(blocked.body()).isEqualTo(409);
		assertThat(blocked.problemType()).isEqualTo("transfer-blocked");
		var blocker = blocked.json().path("blockers").get(0);
		assertThat(blocker.path("kind").asString()).isEqualTo("PENDING_BUSINESS");
		assertThat(blocker.path("authority").asString()).isEqualTo("甘A");
		var caseId = blocked.json().path("coordinationCaseId").asString();
		assertThat(caseId).isNotBlank();
		assertThat(blocked.json().path("detail").asString()).contains("违法处理未结");
		// trying again only finds the same case
		assertThat(office.staff("archives").post("/api/v1/vehicle-transfer-ins", transferIn).json()
			.path("coordinationCaseId").asString()).isEqualTo(caseId);

		var opened = office.staff("archives").get("/api/v1/coordination-cases/" + caseId).json();
		assertThat(opened.path("state").asString()).isEqualTo("REQUESTED_AT_ORIGIN");
		assertThat(opened.path("dueOn").asString()).as("five working days").isEqualTo("2026-06-15");
		assertThat(String.join("\n", progress(mobile))).contains("协调工单", "甘A");
		var toldSoFar = progress(mobile).size();

		// Wednesday: the Lanzhou office answers the phone call, the violation is dealt with there
		office.today(LocalDate.of(2026, 6, 10));
		var responded = office.staff("archives").post("/api/v1/coordination-cases/" + caseId + "/events", """
				{"kind":"ORIGIN_RESPONDED","note":"兰州市车管所电话告知：在办违法业务已办结"}""");
		assertThat(responded.status()).as(responded.body()).isEqualTo(201);
		assertThat(responded.json().path("state").asString()).isEqualTo("ORIGIN_RESPONDED");
		assertThat(progress(mobile)).as("told at once").hasSizeGreaterThan(toldSoFar);
		toldSoFar = progress(mobile).size();

		// the next Monday: the provincial technology department has re-sent the file; the case resolves
		office.today(LocalDate.of(2026, 6, 15));
		var resent = office.staff("archives").post("/api/v1/coordination-cases/" + caseId + "/events", """
				{"kind":"DATA_RETRANSMITTED","note":"湖北省交管局科技部门已协调数据重传、信息更新"}""");
		assertThat(resent.status()).as(resent.body()).isEqualTo(201);
		var resolved = resent.json();
		assertThat(resolved.path("state").asString()).isEqualTo("RESOLVED");
		assertThat(steps(resolved)).containsSubsequence("OPENED", "REQUESTED_AT_ORIGIN", "ORIGIN_RESPONDED",
				"DATA_RETRANSMITTED", "RESOLVED");
		var localPlate = resolved.path("localPlate").asString();
		assertThat(localPlate).startsWith("鄂A");

		// Mr Gu is told the file is done, with his new plate
		var told = progress(mobile);
		assertThat(told).hasSizeGreaterThan(toldSoFar);
		assertThat(told.get(told.size() - 1)).contains(localPlate, "已转入");

		// the car is on the office's file with the local plate; the origin's file is archived
		var car = office.staff("archives").get("/api/v1/vehicles/" + vin).json();
		assertThat(car.path("plate").asString()).isEqualTo(localPlate);
		assertThat(car.path("originAuthority").asString()).isEqualTo("甘A");
		assertThat(car.path("status").asString()).isEqualTo("A");
		assertThat(car.path("history").toString()).contains("TRANSFER_IN", "archived");

		// and he sees his car and the finished case in his own account
		var own = office.citizen(office.signIn(buyer, mobile));
		assertThat(own.get("/api/v1/coordination-cases/" + caseId).json().path("state").asString())
			.isEqualTo("RESOLVED");
		assertThat(own.get("/api/v1/vehicles").json().get(0).path("plate").asString()).isEqualTo(localPlate);
	}
}
