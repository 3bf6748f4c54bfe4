package org.cheguan.appointments;

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
 * The SMS of an appointment: one when booked, and exactly one reminder within the 24 hours before the slot, however
 * often the reminder job runs. The messages carry no link that changes anything.
 */
@CheguanTest
class AppointmentReminderTests {

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	@Autowired
	TestOutlets outlets;

	@Autowired
	AppointmentBooking booking;

	@AfterEach
	void backToSystemTime() {
		Api.at(port).as("admin").delete("/api/v1/admin/clock");
	}

	@Test
	void oneReminderTheDayBeforeAndNotEarlier() {
		var admin = Api.at(port).as("admin");
		var day = outlets.nextWorkingDay(OfficeTime.today(clock).plusDays(7));
		var outlet = outlets.windowOutlet();
		var slot = admin.post("/api/v1/appointment-slots", """
				{"outletId":"%s","service":"VEHICLE_TRANSFER","date":"%s","startTime":"10:20","endTime":"10:50","capacity":2}"""
			.formatted(outlet, day));
		assertThat(slot.status()).as(slot.body()).isEqualTo(201);
		var mobile = Samples.freshMobile();
		var booked = Api.at(port).as("clerk").post("/api/v1/appointments", """
				{"slotId":"%s","idNumber":"%s","mobile":"%s"}""".formatted(slot.json().path("id").asString(),
				Samples.freshIdNumber(), mobile));
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);

		assertThat(admin.put("/api/v1/admin/clock", "{\"instant\":\"" + day.minusDays(2) + "T12:00:00+08:00\"}").status())
			.isEqualTo(200);
		booking.remindDue();
		assertThat(templates(mobile)).containsExactly("appointment-booked");

		assertThat(admin.put("/api/v1/admin/clock", "{\"instant\":\"" + day.minusDays(1) + "T12:00:00+08:00\"}").status())
			.isEqualTo(200);
		booking.remindDue();
		booking.remindDue();
		assertThat(templates(mobile)).containsExactlyInAnyOrder("appointment-booked", "appointment-reminder");
		var bodies = admin.get("/api/v1/admin/notifications?to=" + mobile).json();
		for (var message : bodies) {
			assertThat(message.path("body").asString()).contains("10:20").doesNotContain("http");
		}
	}

	private java.util.List<String> templates(String mobile) {
		var messages = Api.at(port).as("admin").get("/api/v1/admin/notifications?to=" + mobile).json();
		var templates = new java.util.ArrayList<String>();
		for (var message : messages) {
			templates.add(message.path("template").asString());
		}
		return templates;
	}
}
