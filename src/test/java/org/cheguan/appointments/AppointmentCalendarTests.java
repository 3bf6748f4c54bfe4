package org.cheguan.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.junit.jupiter.api.Test;

/** The iCalendar download (RFC 5545): required properties, UTC times, folding at 75 octets. */
class AppointmentCalendarTests {

	private final AppointmentView appointment = new AppointmentView(UUID.fromString(
			"6f1c2d3e-0000-4000-8000-000000000001"), UUID.randomUUID(), UUID.randomUUID(), "VEHICLE_TRANSFER",
			Instant.parse("2026-12-07T02:00:00Z"), Instant.parse("2026-12-07T02:30:00Z"), AppointmentStatus.BOOKED, 1,
			new CitizenId(UUID.randomUUID()), Instant.parse("2026-12-01T01:00:00Z"));

	@Test
	void writesOneEventWithStableUidUtcTimesAndTheChangeCountAsSequence() {
		var text = AppointmentCalendar.write(appointment, "车管业务预约 转移登记 · 武汉市公安局交通管理局车辆管理所汉口分所（演示）",
				"武汉市公安局交通管理局车辆管理所汉口分所（演示）", "请携带身份证件按时到达。Please bring your ID card; arrive on time.",
				Instant.parse("2026-12-01T01:00:00Z"));

		assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(text).contains("VERSION:2.0\r\n", "PRODID:-//Cheguan//Appointments//ZH\r\n",
				"BEGIN:VEVENT\r\n", "UID:6f1c2d3e-0000-4000-8000-000000000001@cheguan\r\n",
				"DTSTAMP:20261201T010000Z\r\n", "DTSTART:20261207T020000Z\r\n", "DTEND:20261207T023000Z\r\n",
				"SEQUENCE:1\r\n", "STATUS:CONFIRMED\r\n", "END:VEVENT\r\n");
		assertThat(text.split("\r\n")).allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 75);
		assertThat(text.replace("\r\n ", "")).contains("SUMMARY:车管业务预约 转移登记 · 武汉市公安局交通管理局车辆管理所汉口分所（演示）\r\n");
		assertThat(text.replace("\r\n ", "")).contains("DESCRIPTION:请携带身份证件按时到达。Please bring your ID card\\; arrive on time.");
	}

	@Test
	void aCancelledAppointmentIsWrittenCancelled() {
		var cancelled = new AppointmentView(appointment.id(), appointment.slotId(), appointment.outletId(),
				appointment.service(), appointment.startsAt(), appointment.endsAt(), AppointmentStatus.CANCELLED, 0,
				appointment.citizenId(), appointment.createdAt());
		assertThat(AppointmentCalendar.write(cancelled, "s", "l", "d", Instant.parse("2026-12-01T01:00:00Z")))
			.contains("STATUS:CANCELLED\r\n");
	}

	@Test
	void foldsByOctetsNeverInsideACharacter() {
		var line = "SUMMARY:" + "汉".repeat(40);
		var folded = AppointmentCalendar.fold(line + "\r\n");
		assertThat(folded.split("\r\n")).allMatch(part -> part.getBytes(StandardCharsets.UTF_8).length <= 75);
		assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
	}
}
