package org.cheguan.vehicles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;

import org.cheguan.shared.OfficeTime;
import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Ownership transfer, change, mortgage, deregistration and transfer-out over HTTP (公安部令第164号, domain-rules.md
 * §2): the single-ID service, the 30-day overdue flag, and every blocker refusing with its exact reason.
 */
@CheguanTest
class TransferHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	Api clerk() {
		return Api.at(port).as("clerk");
	}

	String transferBody(String deliveredOn) {
		return "{\"buyerIdNumber\":\"" + VehicleSamples.wuhanId() + "\",\"buyerName\":\"刘德明\",\"buyerMobile\":\""
				+ VehicleSamples.mobile() + "\"" + (deliveredOn == null ? "" : ",\"deliveredOn\":\"" + deliveredOn + "\"")
				+ "}";
	}

	@Test
	void transfersASmallCarWithTheBuyersIdAloneAndFlagsOverdueTransfers() {
		var today = OfficeTime.today(clock);
		var car = VehicleHttp.register(port, today);
		var onTime = clerk().post("/api/v1/vehicles/" + car.vin() + "/ownership-transfers",
				transferBody(today.minusDays(30).toString()));
		assertThat(onTime.status()).as(onTime.body()).isEqualTo(201);
		assertThat(onTime.json().path("singleIdService").asBoolean()).isTrue();
		assertThat(onTime.json().path("overdue").asBoolean()).isFalse();
		assertThat(onTime.json().path("plate").asString()).isEqualTo(car.plate());

		var late = clerk().post("/api/v1/vehicles/" + car.vin() + "/ownership-transfers",
				transferBody(today.minusDays(31).toString()));
		assertThat(late.status()).isEqualTo(201);
		assertThat(late.json().path("overdue").asBoolean()).isTrue();
		var history = clerk().get("/api/v1/vehicles/" + car.vin()).json().path("history");
		assertThat(history.toString()).contains("TRANSFER", "overdue", "一证通办");
	}

	@ParameterizedTest(name = "status {0} refuses: {1}")
	@CsvSource({ "C,被盗抢", "G,有违法未处理", "H,海关监管", "I,有事故未处理", "K,被查封", "L,被暂扣", "P,达到报废标准" })
	void everyBlockingStatusRefusesTheTransferWithItsReason(String code, String reason) {
		var car = VehicleHttp.register(port, OfficeTime.today(clock));
		var marked = clerk().post("/api/v1/vehicles/" + car.vin() + "/status-marks",
				"{\"code\":\"" + code + "\",\"reason\":\"测试\"}");
		assertThat(marked.status()).as(marked.body()).isEqualTo(200);
		assertThat(marked.json().path("status").asString()).isEqualTo(code);

		var refused = clerk().post("/api/v1/vehicles/" + car.vin() + "/ownership-transfers", transferBody(null));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("rule-violation");
		assertThat(refused.json().path("detail").asString()).contains(reason);
		assertThat(refused.json().path("blockers").get(0).path("kind").asString()).isEqualTo("STATUS_" + code);
		assertThat(refused.json().path("rule").asString()).contains("164");
		// the same blockers refuse a change and a transfer-out
		assertThat(clerk().post("/api/v1/vehicles/" + car.vin() + "/changes",
				"{\"kind\":\"BODY_COLOUR\",\"newValue\":\"白色\"}").status()).isEqualTo(422);
		assertThat(clerk().post("/api/v1/vehicles/" + car.vin() + "/transfer-outs",
				"{\"destinationAuthority\":\"甘A\"}").status()).isEqualTo(422);

		assertThat(clerk().delete("/api/v1/vehicles/" + car.vin() + "/status-marks/" + code).json().path("status")
			.asString()).isEqualTo("A");
		assertThat(clerk().post("/api/v1/vehicles/" + car.vin() + "/ownership-transfers", transferBody(null))
			.status()).isEqualTo(201);
	}

	@Test
	void severalBlockersAreAllNamed() {
		var car = VehicleHttp.register(port, OfficeTime.today(clock));
		assertThat(clerk().post("/api/v1/vehicles/" + car.vin() + "/mortgages",
				"{\"mortgagee\":\"中国工商银行武汉分行\"}").status()).isEqualTo(201);
		clerk().post("/api/v1/vehicles/" + car.vin() + "/status-marks", "{\"code\":\"K\",\"reason\":\"法院查封\"}");
		clerk().post("/api/v1/vehicles/" + car.vin() + "/status-marks", "{\"code\":\"G\",\"reason\":\"闯红灯\"}");
		var refused = clerk().post("/api/v1/vehicles/" + car.vin() + "/ownership-transfers", transferBody(null));
		assertThat(refused.status()).isEqualTo(422);
		var kinds = new ArrayList<String>();
		refused.json().path("blockers").forEach(blocker -> kinds.add(blocker.path("kind").asString()));
		assertThat(kinds).containsExactlyInAnyOrder("STATUS_G", "STATUS_K", "MORTGAGE");
		assertThat(refused.json().path("detail").asString()).contains("被查封", "有违法未处理", "未经抵押权人同意");
		assertThat(clerk().get("/api/v1/vehicles/" + car.vin()).json().path("status").asString()).isEqualTo("GK");
	}

	@Test
	void aMortgagedCarIsTransferredOnlyWithTheMortgageesConsent() {
		var car = VehicleHttp.register(port, OfficeTime.today(clock));
		var mortgaged = clerk().post("/api/v1/vehicles/" + car.vin() + "/mortgages",
				"{\"mortgagee\":\"招商银行武汉分行\"}");
		assertThat(mortgaged.status()).as(mortgaged.body()).isEqualTo(201);
		assertThat(mortgaged.json().path("mortgagee").asString()).isEqualTo("招商银行武汉分行");
		assertThat(clerk().post("/api/v1/vehicles/" + car.vin() + "/mortgages", "{\"mortgagee\":\"另一家银行\"}").status())
			.isEqualTo(409);

		var refused = clerk().post("/api/v1/vehicles/" + car.vin() + "/ownership-transfers", transferBody(null));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().path("blockers").get(0).path("kind").asString()).isEqualTo("MORTGAGE");
		assertThat(refused.json().path("rule").asString()).contains("抵押");
		// a mortgaged car cannot be deregistered either
		assertThat(clerk().post("/api/v1/vehicles/" + car.vin() + "/deregistrations", "{\"reason\":\"SCRAPPED\"}")
			.status()).isEqualTo(422);

		var consented = clerk().post("/api/v1/vehicles/" + car.vin() + "/ownership-transfers",
				transferBody(null).replace("}", ",\"mortgageeConsent\":true}"));
		assertThat(consented.status()).as(consented.body()).isEqualTo(201);
		assertThat(clerk().get("/api/v1/vehicles/" + car.vin()).json().path("mortgagee").asString())
			.isEqualTo("招商银行武汉分行");

		var released = clerk().post("/api/v1/vehicles/" + car.vin() + "/mortgage-releases", "{}");
		assertThat(released.status()).isEqualTo(201);
		assertThat(released.json().path("mortgagee").isMissingNode()).isTrue();
		assertThat(clerk().post("/api/v1/vehicles/" + car.vin() + "/mortgage-releases", "{}").status()).isEqualTo(409);
	}

	@Test
	void aTruckSoldToABuyerFromElsewhereNeedsAResidencePermit() {
		var today = OfficeTime.today(clock);
		var vin = VehicleSamples.vin();
		var created = clerk().post("/api/v1/vehicle-registrations", VehicleSamples.registration(vin,
				VehicleSamples.wuhanId(), VehicleSamples.mobile(), "鄂A" + VehicleSamples.ordinarySerial(),
				today.minusMonths(2), today.plusYears(1)).replace("SMALL_PASSENGER", "TRUCK").replace("\"seats\":5", "\"seats\":3"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		var body = "{\"buyerIdNumber\":\"" + VehicleSamples.lanzhouId() + "\",\"buyerName\":\"马文\",\"buyerMobile\":\""
				+ VehicleSamples.mobile() + "\"}";
		var refused = clerk().post("/api/v1/vehicles/" + vin + "/ownership-transfers", body);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().path("rule").asString()).contains("一证通办");
		var accepted = clerk().post("/api/v1/vehicles/" + vin + "/ownership-transfers",
				body.replace("}", ",\"residencePermitNumber\":\"420106-2026-000123\"}"));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
		assertThat(accepted.json().path("singleIdService").asBoolean()).isFalse();
	}

	@Test
	void changesDeregistrationAndTransferOut() {
		var today = OfficeTime.today(clock);
		var car = VehicleHttp.register(port, today);
		var change = clerk().post("/api/v1/vehicles/" + car.vin() + "/changes",
				"{\"kind\":\"BODY_COLOUR\",\"newValue\":\"白色\",\"changedOn\":\"" + today.minusDays(11) + "\"}");
		assertThat(change.status()).as(change.body()).isEqualTo(201);
		assertThat(change.json().path("overdue").asBoolean()).isTrue();

		var out = clerk().post("/api/v1/vehicles/" + car.vin() + "/transfer-outs", "{\"destinationAuthority\":\"甘A\"}");
		assertThat(out.status()).as(out.body()).isEqualTo(201);
		assertThat(out.json().path("state").asString()).isEqualTo("TRANSFERRED_OUT");
		assertThat(out.json().path("status").asString()).isEqualTo("B");
		assertThat(clerk().post("/api/v1/vehicles/" + car.vin() + "/ownership-transfers", transferBody(null)).status())
			.isEqualTo(422);

		var other = VehicleHttp.register(port, today);
		var gone = clerk().post("/api/v1/vehicles/" + other.vin() + "/deregistrations", "{\"reason\":\"SCRAPPED\"}");
		assertThat(gone.status()).as(gone.body()).isEqualTo(201);
		assertThat(gone.json().path("status").asString()).isEqualTo("E");
		// the plate is retired: nobody gets it again
		var reuse = clerk().post("/api/v1/vehicle-registrations", VehicleSamples.registration(VehicleSamples.vin(),
				VehicleSamples.wuhanId(), VehicleSamples.mobile(), other.plate(), today.minusMonths(1), today.plusYears(1)));
		assertThat(reuse.status()).isEqualTo(409);
	}

	@Test
	void unknownVehiclesAndBadInputAreProblemsNotErrors() {
		assertThat(clerk().get("/api/v1/vehicles/" + VehicleSamples.vin()).status()).isEqualTo(404);
		assertThat(clerk().get("/api/v1/vehicles/NOTAVIN").status()).isEqualTo(400);
		assertThat(clerk().post("/api/v1/vehicles/" + VehicleSamples.vin() + "/status-marks",
				"{\"code\":\"X\",\"reason\":\"?\"}").status()).isEqualTo(400);
		assertThat(Api.at(port).get("/api/v1/vehicles/" + VehicleSamples.vin()).status()).isEqualTo(401);
	}
}
