package org.cheguan.vehicles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.cheguan.shared.OfficeTime;
import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The electronic inspection sign and the reminders over HTTP (domain-rules.md §3), with the demo clock moved to the
 * window: the sign is issued when the window is open, there is no unprocessed violation or accident and the insurance
 * is valid; a station-test year needs a passed test; reminders go out once, 3 months ahead.
 */
@CheguanTest
class InspectionHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	@AfterEach
	void backToSystemTime() {
		VehicleHttp.systemTime(port);
	}

	@Test
	void theOwnerGetsTheSignOnlineWhenTheWindowIsOpen() {
		var today = OfficeTime.today(clock);
		var car = VehicleHttp.register(port, today, today.minusMonths(1), today.plusYears(3));
		var token = VehicleSamples.signIn(port, car.ownerId(), car.mobile());
		var citizen = Api.at(port).bearer(token);
		var early = citizen.post("/api/v1/vehicles/" + car.vin() + "/inspection-signs", "{}");
		assertThat(early.status()).isEqualTo(422);
		assertThat(early.json().path("detail").asString()).contains(today.plusYears(2).minusMonths(3).toString());

		VehicleHttp.today(port, today.plusYears(2).minusMonths(2));
		citizen = Api.at(port).bearer(VehicleSamples.signIn(port, car.ownerId(), car.mobile()));
		var signed = citizen.post("/api/v1/vehicles/" + car.vin() + "/inspection-signs", "");
		assertThat(signed.status()).as(signed.body()).isEqualTo(201);
		assertThat(signed.json().path("validUntil").asString()).isEqualTo(today.plusYears(4).toString());
		var view = citizen.get("/api/v1/vehicles/" + car.vin()).json();
		assertThat(view.path("inspection").path("nextDueOn").asString()).isEqualTo(today.plusYears(4).toString());
		assertThat(view.path("inspection").path("signValidUntil").asString()).isEqualTo(today.plusYears(4).toString());
	}

	@Test
	void noSignWithAnUnprocessedViolationOrExpiredInsurance() {
		var today = OfficeTime.today(clock);
		var violating = VehicleHttp.register(port, today, today.minusMonths(1), today.plusYears(3));
		Api.at(port).as("clerk").post("/api/v1/vehicles/" + violating.vin() + "/status-marks",
				"{\"code\":\"G\",\"reason\":\"超速未处理\"}");
		var uninsured = VehicleHttp.register(port, today, today.minusMonths(1), today.plusYears(1));
		VehicleHttp.today(port, today.plusYears(2).minusMonths(1));
		var clerk = Api.at(port).as("clerk");
		var refused = clerk.post("/api/v1/vehicles/" + violating.vin() + "/inspection-signs", "{}");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().path("detail").asString()).contains("有违法未处理");
		var noInsurance = clerk.post("/api/v1/vehicles/" + uninsured.vin() + "/inspection-signs", "{}");
		assertThat(noInsurance.status()).isEqualTo(422);
		assertThat(noInsurance.json().path("detail").asString()).contains("交强险");
	}

	@Test
	void yearSixNeedsAStationTestAndAnOverdueCarIsFlagged() {
		var today = OfficeTime.today(clock);
		var car = VehicleHttp.register(port, today, today.minusMonths(1), today.plusYears(10));
		var clerk = Api.at(port).as("clerk");
		VehicleHttp.today(port, today.plusYears(2).minusDays(5));
		assertThat(clerk.post("/api/v1/vehicles/" + car.vin() + "/inspection-signs", "{}").status()).isEqualTo(201);
		VehicleHttp.today(port, today.plusYears(4).minusDays(5));
		assertThat(clerk.post("/api/v1/vehicles/" + car.vin() + "/inspection-signs", "{}").status()).isEqualTo(201);
		VehicleHttp.today(port, today.plusYears(6).minusDays(5));
		var station = clerk.post("/api/v1/vehicles/" + car.vin() + "/inspection-signs", "{}");
		assertThat(station.status()).isEqualTo(422);
		assertThat(station.json().path("detail").asString()).contains("上线检验");
		VehicleHttp.today(port, today.plusYears(6).plusDays(1));
		var overdue = clerk.get("/api/v1/vehicles/" + car.vin()).json();
		assertThat(overdue.path("status").asString()).isEqualTo("Q");
		assertThat(overdue.path("inspection").path("overdue").asBoolean()).isTrue();
		var tested = clerk.post("/api/v1/vehicles/" + car.vin() + "/inspection-signs", "{\"stationTestPassed\":true}");
		assertThat(tested.status()).as(tested.body()).isEqualTo(201);
		assertThat(tested.json().path("validUntil").asString()).isEqualTo(today.plusYears(8).toString());
	}

	@Test
	void remindersGoOutOnceThreeMonthsAhead() {
		var today = OfficeTime.today(clock);
		var car = VehicleHttp.register(port, today, today.minusMonths(1), today.plusYears(3));
		var admin = Api.at(port).as("admin");
		VehicleHttp.today(port, today.plusYears(2).minusMonths(3).minusDays(1));
		admin.post("/api/v1/admin/inspection-reminders", "{}");
		assertThat(reminders(car.mobile())).isEmpty();
		VehicleHttp.today(port, today.plusYears(2).minusMonths(3));
		var first = admin.post("/api/v1/admin/inspection-reminders", "{}");
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.json().path("reminded").asInt()).isPositive();
		var messages = reminders(car.mobile());
		assertThat(messages).hasSize(1);
		assertThat(messages.get(0)).contains(car.plate(), today.plusYears(2).toString());
		admin.post("/api/v1/admin/inspection-reminders", "{}");
		assertThat(reminders(car.mobile())).hasSize(1);
	}

	/** The inspection reminders sent to a mobile (the registration's rating invitation is not one). */
	java.util.List<String> reminders(String mobile) {
		var bodies = new java.util.ArrayList<String>();
		Api.at(port).as("admin").get("/api/v1/admin/notifications?to=" + mobile).json().forEach(m -> {
			if (m.path("template").asString().contains("inspection")) {
				bodies.add(m.path("body").asString());
			}
		});
		return bodies;
	}
}
