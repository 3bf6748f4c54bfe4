package org.cheguan.vehicles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.cheguan.support.Api;

/** Shared steps of the vehicle HTTP tests. */
final class VehicleHttp {

	private VehicleHttp() {
	}

	/** A registered car: {vin, plate, ownerId, mobile}. */
	record Car(String vin, String plate, String ownerId, String mobile) {
	}

	static Car register(int port, LocalDate today, LocalDate manufacturedOn, LocalDate insuranceUntil) {
		var vin = VehicleSamples.vin();
		var owner = VehicleSamples.wuhanId();
		var mobile = VehicleSamples.mobile();
		var plate = "鄂A" + VehicleSamples.ordinarySerial();
		var created = Api.at(port).as("clerk").post("/api/v1/vehicle-registrations",
				VehicleSamples.registration(vin, owner, mobile, plate, manufacturedOn, insuranceUntil));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return new Car(vin, plate, owner, mobile);
	}

	static Car register(int port, LocalDate today) {
		return register(port, today, today.minusMonths(2), today.plusYears(1));
	}

	static void today(int port, LocalDate date) {
		var body = "{\"instant\":\"" + date + "T10:00:00+08:00\"}";
		Api.Response moved;
		try {
			moved = Api.at(port).as("admin").put("/api/v1/admin/clock", body);
		}
		catch (IllegalStateException ex) {
			// a kept-alive connection the server had just closed: the request never arrived, so send it again
			moved = Api.at(port).as("admin").put("/api/v1/admin/clock", body);
		}
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
	}

	static void systemTime(int port) {
		Api.at(port).as("admin").delete("/api/v1/admin/clock");
	}
}
