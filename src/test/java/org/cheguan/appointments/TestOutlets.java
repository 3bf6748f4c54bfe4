package org.cheguan.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.cheguan.outlets.OutletKind;
import org.cheguan.outlets.Outlets;
import org.cheguan.shared.WorkingCalendar;
import org.cheguan.support.Api;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Test helper living in the one test context: an outlet with human windows and a service it offers, working days,
 * citizen sign-in, and the appointments events published so far (a plain synchronous listener, so a test can read
 * them right after its request returned).
 */
@Component
class TestOutlets {

	private static final List<Object> published = new CopyOnWriteArrayList<>();

	@EventListener
	void on(QueueTicketCompleted event) {
		published.add(event);
	}

	@EventListener
	void on(AppointmentAttended event) {
		published.add(event);
	}

	static <T> List<T> events(Class<T> type) {
		return published.stream().filter(type::isInstance).map(type::cast).toList();
	}

	private final Outlets directory;

	TestOutlets(Outlets directory) {
		this.directory = directory;
	}

	/** @return a demo branch office: human windows, open on working days 08:30–17:30, accepts VEHICLE_TRANSFER */
	UUID windowOutlet() {
		return directory.ofKind(OutletKind.BRANCH_OFFICE).stream()
			.filter(outlet -> outlet.offers("VEHICLE_TRANSFER"))
			.findFirst()
			.orElseThrow()
			.id();
	}

	/** @return a service the outlet offers */
	String serviceOf(UUID outlet) {
		assertThat(directory.get(outlet).offers("VEHICLE_TRANSFER")).isTrue();
		return "VEHICLE_TRANSFER";
	}

	/** @return the first working day after the date */
	LocalDate nextWorkingDay(LocalDate after) {
		var calendar = WorkingCalendar.official();
		var day = after.plusDays(1);
		while (!calendar.isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	/** Signs a fresh citizen in with a one-time code and returns the bearer token. */
	String citizenToken(int port) {
		var idNumber = Samples.freshIdNumber();
		var mobile = Samples.freshMobile();
		var response = Api.at(port).post("/api/v1/citizen-sessions/codes",
				"{\"idNumber\":\"" + idNumber + "\",\"mobile\":\"" + mobile + "\"}");
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		var messages = Api.at(port).as("admin").get("/api/v1/admin/notifications?to=" + mobile).json();
		var matcher = Pattern.compile("(\\d{6})").matcher(messages.get(0).path("body").asString());
		assertThat(matcher.find()).isTrue();
		var session = Api.at(port).post("/api/v1/citizen-sessions",
				"{\"idNumber\":\"" + idNumber + "\",\"code\":\"" + matcher.group(1) + "\"}");
		assertThat(session.status()).isEqualTo(201);
		return session.json().path("token").asString();
	}
}
