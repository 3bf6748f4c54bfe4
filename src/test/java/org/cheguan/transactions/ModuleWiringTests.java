package org.cheguan.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.cheguan.outlets.OutletKind;
import org.cheguan.outlets.Outlets;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.shared.Vin;
import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The other modules' services land in the service records, over HTTP end to end: an e-bike registration at a
 * registration point, a hotline ticket closed for a real-name caller; and a hotline complaint naming a staff member
 * opens a rectification in {@code evaluation}.
 */
@CheguanTest
class ModuleWiringTests {

	private static final AtomicInteger sequence = new AtomicInteger(500);

	@LocalServerPort
	int port;

	@Autowired
	Outlets outlets;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	static String idNumber() {
		var body = "420102" + LocalDate.of(1980, 1, 1).plusDays(sequence.incrementAndGet()).toString().replace("-", "")
				+ "051";
		return body + ResidentIdNumber.checkCharacter(body);
	}

	static String mobile() {
		return "136" + String.format("%08d", 30_000_000 + sequence.incrementAndGet());
	}

	JsonNode recordsOf(String idNumber) {
		return Api.at(port).as("supervisor").get("/api/v1/service-records?citizenIdNumber=" + idNumber).json();
	}

	String registerEbike(String idNumber) {
		var point = outlets.ofKind(OutletKind.EBIKE_REGISTRATION).get(0).id();
		var frame = "WIRE" + String.format("%08d", sequence.incrementAndGet());
		var created = Api.at(port).as("clerk").post("/api/v1/ebike-registrations", """
				{"frameNumber":"%s","ownerIdNumber":"%s","ownerName":"周绿","ownerMobile":"%s","brand":"雅迪",
				 "model":"DT-2026","certificateNumber":"2025011119001234","manufacturedOn":"2025-10-08","maxSpeedKmh":25,
				 "massKg":54.5,"batteryType":"LITHIUM_ION","batteryVoltage":48,"motorPowerWatts":400,"hasPedals":true,
				 "outletId":"%s"}""".formatted(frame, idNumber, mobile(), point));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return point.toString();
	}

	@Test
	void anEbikeRegistrationIsRecordedAsAServiceAtItsRegistrationPoint() {
		var idNumber = idNumber();
		var point = registerEbike(idNumber);

		var record = waitFor(() -> {
			for (var found : recordsOf(idNumber)) {
				if (found.path("serviceType").asString().equals("EBIKE_REGISTRATION")) {
					return found;
				}
			}
			return null;
		});
		assertThat(record.path("outletId").asString()).isEqualTo(point);
		assertThat(record.path("channel").asString()).isEqualTo("WINDOW");
		assertThat(record.path("staffUsername").asString()).isEqualTo("clerk");
	}

	@Test
	void aVehicleRegistrationIsRecordedWithItsClerk() {
		var idNumber = idNumber();
		var chars = ("LWZRE" + String.format("%03d", sequence.incrementAndGet() % 1000) + "0S"
				+ String.format("%07d", sequence.incrementAndGet())).toCharArray();
		chars[8] = Vin.checkCharacter(new String(chars));
		var vin = new String(chars);
		var letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
		var plate = "鄂A" + letters.charAt(sequence.incrementAndGet() % letters.length())
				+ String.format("%04d", sequence.incrementAndGet() % 10_000);
		var today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		var created = Api.at(port).as("clerk").post("/api/v1/vehicle-registrations", """
				{"vin":"%s","ownerIdNumber":"%s","ownerName":"王建华","ownerMobile":"%s","vehicleType":"SMALL_PASSENGER",
				 "usage":"NON_COMMERCIAL","energy":"FUEL","seats":5,"model":"东风本田 思域","manufacturedOn":"%s",
				 "insuranceValidUntil":"%s","domesticModelApproved":true,"plate":"%s","selfComposed":true}"""
			.formatted(vin, idNumber, mobile(), today.minusMonths(2), today.plusYears(1), plate));
		assertThat(created.status()).as(created.body()).isEqualTo(201);

		var record = waitFor(() -> {
			for (var found : recordsOf(idNumber)) {
				if (found.path("serviceType").asString().equals("VEHICLE_REGISTRATION")) {
					return found;
				}
			}
			return null;
		});
		assertThat(record.path("staffUsername").asString()).isEqualTo("clerk");
		assertThat(record.path("source").asString()).isEqualTo("vehicles.vehicle_registration");
	}

	@Test
	void aQueueTicketCompletedForAKnownCitizenIsRecordedWithItsWait() {
		var idNumber = idNumber();
		registerEbike(idNumber);
		var office = outlets.ofKind(OutletKind.MAIN_OFFICE).get(0);
		var service = office.services().stream().sorted().findFirst().orElseThrow();
		var admin = Api.at(port).as("admin");
		var clerk = Api.at(port).as("clerk");
		try {
			admin.put("/api/v1/admin/clock", "{\"instant\":\"2026-12-08T10:00:00+08:00\"}");
			var ticket = clerk.post("/api/v1/queue-tickets", "{\"outletId\":\"" + office.id() + "\",\"service\":\""
					+ service + "\",\"idNumber\":\"" + idNumber + "\"}");
			assertThat(ticket.status()).as(ticket.body()).isEqualTo(201);
			var id = ticket.json().path("id").asString();
			admin.put("/api/v1/admin/clock", "{\"instant\":\"2026-12-08T10:12:00+08:00\"}");
			// other tickets of the day may be ahead: call until this one comes up at a window of its own
			var window = "WIRE" + sequence.incrementAndGet();
			for (int calls = 0; calls < 500; calls++) {
				var called = clerk.post("/api/v1/queue-calls", "{\"outletId\":\"" + office.id() + "\",\"window\":\""
						+ window + "\"}");
				assertThat(called.status()).as(called.body()).isEqualTo(201);
				var calledId = called.json().path("id").asString();
				if (calledId.equals(id)) {
					break;
				}
				clerk.post("/api/v1/queue-tickets/" + calledId + "/no-show", "");
			}
			admin.put("/api/v1/admin/clock", "{\"instant\":\"2026-12-08T10:20:00+08:00\"}");
			assertThat(clerk.post("/api/v1/queue-tickets/" + id + "/completion", "").status()).isEqualTo(200);
		}
		finally {
			admin.delete("/api/v1/admin/clock");
		}

		var record = waitFor(() -> {
			for (var found : recordsOf(idNumber)) {
				if (found.path("serviceType").asString().equals("QUEUE_WINDOW_SERVICE")) {
					return found;
				}
			}
			return null;
		});
		assertThat(record.path("waitMinutes").asInt()).isBetween(11, 12); // whole minutes from issue to call
		assertThat(record.path("outletId").asString()).isEqualTo(office.id().toString());
	}

	@Test
	void aMobileOfficeServiceIsRecordedWithChannelMobileAndNoIdNumberInTheEventRegistry() {
		var idNumber = idNumber();
		registerEbike(idNumber);
		var visit = Api.at(port).as("supervisor").post("/api/v1/mobile-visits", """
				{"date":"2026-11-02","place":"黄陂区前川街广场","community":"接线社区 %d","districtCode":"420116",
				 "services":["DL_RENEWAL"],"staff":["clerk"]}""".formatted(sequence.incrementAndGet())).json();
		var service = "DL_RENEWAL";
		var done = Api.at(port).as("clerk").post("/api/v1/mobile-visits/" + visit.path("id").asString() + "/services", """
				{"serviceType":"%s","startedAt":"2026-11-02T09:00:00+08:00","completedAt":"2026-11-02T09:12:00+08:00",
				 "citizenIdNumber":"%s"}""".formatted(service, idNumber));
		assertThat(done.status()).as(done.body()).isEqualTo(201);

		var record = waitFor(() -> {
			for (var found : recordsOf(idNumber)) {
				if (found.path("serviceType").asString().equals("MOBILE_OFFICE_SERVICE")) {
					return found;
				}
			}
			return null;
		});
		assertThat(record.path("channel").asString()).isEqualTo("MOBILE");
		assertThat(jdbc.sql("select count(*) from platform.event_publication where serialized_event like :id")
			.param("id", "%" + idNumber + "%").query(Long.class).single()).isZero();
	}

	@Test
	void aHotlineTicketClosedForARealNameCallerIsRecordedOnce() {
		var idNumber = idNumber();
		registerEbike(idNumber); // the caller is a known citizen now
		var agent = Api.at(port).as("agent");
		var ticket = agent.post("/api/v1/hotline/tickets", """
				{"kind":"consultation","callerMobile":"%s","description":"电动自行车登记需要带什么","callerIdNumber":"%s"}"""
			.formatted(mobile(), idNumber)).json().path("id").asString();
		var close = agent.post("/api/v1/hotline/tickets/" + ticket + "/events", "{\"kind\":\"CLOSE\",\"note\":\"已答复\"}");
		assertThat(close.status()).as(close.body()).isLessThan(300);

		var record = waitFor(() -> {
			for (var found : recordsOf(idNumber)) {
				if (found.path("serviceType").asString().equals("HOTLINE_TICKET")) {
					return found;
				}
			}
			return null;
		});
		assertThat(record.path("channel").asString()).isEqualTo("HOTLINE");
		assertThat(record.path("staffUsername").asString()).isEqualTo("agent");
		assertThat(recordsOf(idNumber).valueStream()
			.filter(found -> found.path("serviceType").asString().equals("HOTLINE_TICKET"))).hasSize(1);
	}

	@Test
	void aComplaintNamingAStaffMemberOpensARectification() {
		var before = complaintsAbout("examiner");
		var opened = Api.at(port).as("agent").post("/api/v1/hotline/tickets", """
				{"kind":"complaint","callerMobile":"%s","description":"考试员态度生硬","staffId":"examiner"}"""
			.formatted(mobile()));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);

		waitFor(() -> complaintsAbout("examiner") == before + 1 ? Boolean.TRUE : null);
	}

	long complaintsAbout(String staff) {
		return Api.at(port).as("supervisor").get("/api/v1/rectifications?size=500").json().valueStream()
			.filter(r -> r.path("source").asString().equals("hotline.complaint"))
			.filter(r -> r.path("staffUsername").asString().equals(staff))
			.count();
	}

	static <T> T waitFor(Supplier<T> probe) {
		return ServiceRecordTests.waitFor(probe);
	}
}
