package org.cheguan.hotline;

import java.time.LocalTime;
import java.util.EnumMap;

import org.cheguan.shared.WorkingCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The hotline's product decisions as configuration: office hours
 * ({@code cheguan.hotline.office-hours.morning}, default {@code 09:00-12:00};
 * {@code cheguan.hotline.office-hours.afternoon}, default {@code 13:30-17:30}) and the response time of each kind
 * ({@code cheguan.hotline.response-time.consultation} …, defaults in {@link ResponseTime#defaultFor}). Working days
 * are the official calendar (domain-rules.md, Decisions: working days follow cn-working-calendar.csv).
 */
@Configuration(proxyBeanMethods = false)
class HotlineConfiguration {

	@Bean
	HotlinePolicy hotlinePolicy(@Value("${cheguan.hotline.office-hours.morning:09:00-12:00}") String morning,
			@Value("${cheguan.hotline.office-hours.afternoon:13:30-17:30}") String afternoon, Environment environment) {
		var m = morning.split("-");
		var a = afternoon.split("-");
		var hours = new OfficeHours(LocalTime.parse(m[0].strip()), LocalTime.parse(m[1].strip()),
				LocalTime.parse(a[0].strip()), LocalTime.parse(a[1].strip()));
		var times = new EnumMap<TicketKind, ResponseTime>(TicketKind.class);
		for (var kind : TicketKind.values()) {
			var configured = environment.getProperty("cheguan.hotline.response-time." + kind.code());
			times.put(kind, configured == null ? ResponseTime.defaultFor(kind) : ResponseTime.parse(configured));
		}
		return new HotlinePolicy(new WorkingTime(WorkingCalendar.official(), hours), times);
	}
}
