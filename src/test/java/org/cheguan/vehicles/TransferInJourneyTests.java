package org.cheguan.vehicles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.WorkingCalendar;
import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The seed's Lanzhou car end to end over HTTP: a 甘A car with pending business at the origin office → the transfer-in
 * is blocked (409 transfer-blocked) → a coordination case opens and requests clearance at the origin → the origin
 * responds → the file is re-sent → the case resolves and the transfer-in completes with a local plate and the origin
 * file archived; the citizen received a message at every step (demo outbox).
 */
@CheguanTest
class TransferInJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	Api admin() {
		return Api.at(port).as("admin");
	}

	Api clerk() {
		return Api.at(port).as("clerk");
	}

	/** The messages about the transfer-in and its case, newest first (the rating invitation after it is not one). */
	List<String> messages(String mobile) {
		var bodies = new ArrayList<String>();
		admin().get("/api/v1/admin/notifications?to=" + mobile).json().forEach(m -> {
			if (!m.path("template").asString().equals("rating-invitation")) {
				bodies.add(m.path("body").asString());
			}
		});
		return bodies;
	}

	String seed(String vin, String plate, String owner, String statusCodes, String pending) {
		var seeded = admin().post("/api/v1/admin/exchange/vehicles", "{\"vin\":\"" + vin + "\",\"plate\":\"" + plate
				+ "\",\"ownerIdNumber\":\"" + owner + "\",\"statusCodes\":\"" + statusCodes + "\",\"pendingBusiness\":"
				+ pending + "}");
		assertThat(seeded.status()).as(seeded.body()).isEqualTo(201);
		assertThat(seeded.json().path("authority").asString()).isEqualTo(plate.substring(0, 2));
		return vin;
	}

	String transferIn(String vin, String plate, String owner, String mobile) {
		return "{\"vin\":\"" + vin + "\",\"originPlate\":\"" + plate + "\",\"ownerIdNumber\":\"" + owner
				+ "\",\"ownerName\":\"马海军\",\"ownerMobile\":\"" + mobile + "\"}";
	}

	@Test
	void theLanzhouCarIsBlockedCoordinatedAndTransferredIn() {
		var vin = VehicleSamples.vin();
		var plate = VehicleSamples.lanzhouPlate();
		var owner = VehicleSamples.lanzhouId();
		var mobile = VehicleSamples.mobile();
		seed(vin, plate, owner, "A", "[\"兰州市车管所在办：违法处理未结\"]");

		var blocked = clerk().post("/api/v1/vehicle-transfer-ins", transferIn(vin, plate, owner, mobile));
		assertThat(blocked.status()).as(blocked.body()).isEqualTo(409);
		assertThat(blocked.problemType()).isEqualTo("transfer-blocked");
		var blockers = blocked.json().path("blockers");
		assertThat(blockers.get(0).path("kind").asString()).isEqualTo("PENDING_BUSINESS");
		assertThat(blockers.get(0).path("authority").asString()).isEqualTo("甘A");
		assertThat(blockers.get(1).path("kind").asString()).isEqualTo("DATA_RETRANSMISSION");
		assertThat(blockers.get(1).path("authority").asString()).contains("甘", "科技");
		var caseId = blocked.json().path("coordinationCaseId").asString();
		assertThat(caseId).isNotBlank();
		assertThat(blocked.json().path("detail").asString()).contains("违法处理未结", caseId);
		assertThat(blocked.json().path("title").asString()).isEqualTo("无法办理转入");
		var english = clerk().header("Accept-Language", "en")
			.post("/api/v1/vehicle-transfer-ins", transferIn(vin, plate, owner, mobile));
		assertThat(english.status()).isEqualTo(409);
		assertThat(english.json().path("title").asString()).isEqualTo("Transfer-in blocked");
		assertThat(english.json().path("detail").asString()).contains("Coordination case", caseId);

		var opened = clerk().get("/api/v1/coordination-cases/" + caseId).json();
		assertThat(opened.path("state").asString()).isEqualTo("REQUESTED_AT_ORIGIN");
		assertThat(states(opened)).containsExactly("OPENED", "REQUESTED_AT_ORIGIN");
		assertThat(opened.path("dueOn").asString())
			.isEqualTo(WorkingCalendar.official().plusWorkingDays(OfficeTime.today(clock), 5).toString());
		assertThat(opened.path("participants").size()).isEqualTo(2);
		assertThat(messages(mobile)).hasSize(2);
		assertThat(String.join("\n", messages(mobile))).contains("协调工单", "甘A");

		// a second attempt while the case is open finds the same case
		var again = clerk().post("/api/v1/vehicle-transfer-ins", transferIn(vin, plate, owner, mobile));
		assertThat(again.json().path("coordinationCaseId").asString()).isEqualTo(caseId);
		// steps out of order are refused
		assertThat(clerk().post("/api/v1/coordination-cases/" + caseId + "/events",
				"{\"kind\":\"DATA_RETRANSMITTED\"}").status()).isEqualTo(409);

		var responded = clerk().post("/api/v1/coordination-cases/" + caseId + "/events",
				"{\"kind\":\"ORIGIN_RESPONDED\",\"note\":\"兰州市车管所电话告知违法已处理\"}");
		assertThat(responded.status()).as(responded.body()).isEqualTo(201);
		assertThat(responded.json().path("state").asString()).isEqualTo("ORIGIN_RESPONDED");
		assertThat(messages(mobile)).hasSize(3);

		var resent = clerk().post("/api/v1/coordination-cases/" + caseId + "/events",
				"{\"kind\":\"DATA_RETRANSMITTED\",\"note\":\"省厅科技处已重新推送档案\"}");
		assertThat(resent.status()).as(resent.body()).isEqualTo(201);
		var resolved = resent.json();
		assertThat(resolved.path("state").asString()).isEqualTo("RESOLVED");
		assertThat(states(resolved)).containsExactly("OPENED", "REQUESTED_AT_ORIGIN", "ORIGIN_RESPONDED",
				"DATA_RETRANSMITTED", "RESOLVED");
		var localPlate = resolved.path("localPlate").asString();
		assertThat(localPlate).startsWith("鄂A");

		var all = messages(mobile);
		assertThat(all).hasSize(5);
		assertThat(all.get(0)).contains(localPlate, "已转入");

		var vehicle = clerk().get("/api/v1/vehicles/" + vin).json();
		assertThat(vehicle.path("plate").asString()).isEqualTo(localPlate);
		assertThat(vehicle.path("originAuthority").asString()).isEqualTo("甘A");
		assertThat(vehicle.path("status").asString()).isEqualTo("A");
		assertThat(vehicle.path("history").toString()).contains("TRANSFER_IN", "archived");
		// the origin file is archived: a new attempt finds the vehicle registered here
		assertThat(clerk().post("/api/v1/vehicle-transfer-ins", transferIn(vin, plate, owner, mobile)).status())
			.isEqualTo(409);
		// a closed case takes no more steps
		assertThat(clerk().post("/api/v1/coordination-cases/" + caseId + "/events", "{\"kind\":\"NOTE\",\"note\":\"x\"}")
			.status()).isEqualTo(409);

		// the citizen follows the case and sees the car
		var token = VehicleSamples.signIn(port, owner, mobile);
		assertThat(Api.at(port).bearer(token).get("/api/v1/coordination-cases/" + caseId).status()).isEqualTo(200);
		assertThat(Api.at(port).bearer(token).get("/api/v1/vehicles").json().get(0).path("plate").asString())
			.isEqualTo(localPlate);
	}

	@Test
	void aCleanOriginFileTransfersInAtOnce() {
		var vin = VehicleSamples.vin();
		var plate = VehicleSamples.lanzhouPlate();
		var owner = VehicleSamples.lanzhouId();
		var mobile = VehicleSamples.mobile();
		seed(vin, plate, owner, "A", "[]");
		var done = clerk().post("/api/v1/vehicle-transfer-ins", transferIn(vin, plate, owner, mobile));
		assertThat(done.status()).as(done.body()).isEqualTo(201);
		assertThat(done.json().path("plate").asString()).startsWith("鄂A");
		assertThat(done.json().has("coordinationCaseId")).isFalse();
		assertThat(messages(mobile)).singleElement().asString().contains("已转入");
	}

	@Test
	void aSeizedCarAtTheOriginIsBlockedByItsStatusAndTheCaseCanFail() {
		var vin = VehicleSamples.vin();
		var plate = VehicleSamples.lanzhouPlate();
		var owner = VehicleSamples.lanzhouId();
		var mobile = VehicleSamples.mobile();
		seed(vin, plate, owner, "AK", "[]");
		var blocked = clerk().post("/api/v1/vehicle-transfer-ins", transferIn(vin, plate, owner, mobile));
		assertThat(blocked.status()).isEqualTo(409);
		assertThat(blocked.json().path("blockers").get(0).path("kind").asString()).isEqualTo("STATUS_K");
		assertThat(blocked.json().path("blockers").size()).isEqualTo(1);
		var caseId = blocked.json().path("coordinationCaseId").asString();
		var failed = clerk().post("/api/v1/coordination-cases/" + caseId + "/events",
				"{\"kind\":\"FAILED\",\"note\":\"法院查封未解除\"}");
		assertThat(failed.json().path("state").asString()).isEqualTo("FAILED");
		assertThat(messages(mobile)).hasSize(3);
	}

	@Test
	void theOwnerMustBeTheOwnerOnTheOriginFile() {
		var vin = VehicleSamples.vin();
		var plate = VehicleSamples.lanzhouPlate();
		seed(vin, plate, VehicleSamples.lanzhouId(), "A", "[]");
		var refused = clerk().post("/api/v1/vehicle-transfer-ins",
				transferIn(vin, plate, VehicleSamples.lanzhouId(), VehicleSamples.mobile()));
		assertThat(refused.status()).isEqualTo(422);
		var unknown = clerk().post("/api/v1/vehicle-transfer-ins",
				transferIn(VehicleSamples.vin(), plate, VehicleSamples.lanzhouId(), VehicleSamples.mobile()));
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(clerk().get("/api/v1/coordination-cases/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
		// the demo exchange is for administrators
		assertThat(clerk().post("/api/v1/admin/exchange/vehicles", "{}").status()).isEqualTo(403);
	}

	static List<String> states(JsonNode view) {
		var states = new ArrayList<String>();
		view.path("timeline").forEach(step -> states.add(step.path("kind").asString()));
		return states;
	}
}
