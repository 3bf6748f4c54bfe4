package org.cheguan.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cheguan.shared.Channel;
import org.cheguan.shared.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** Response times per kind, routing, channels, the Open311 XML writer and rate limit. */
class HotlineRulesTests {

	static final WorkingTime TIME = new WorkingTime(WorkingCalendar.official(), OfficeHours.defaults());

	static HotlinePolicy defaults() {
		var times = new EnumMap<TicketKind, ResponseTime>(TicketKind.class);
		for (var kind : TicketKind.values()) {
			times.put(kind, ResponseTime.defaultFor(kind));
		}
		return new HotlinePolicy(TIME, times);
	}

	@Test
	void eachKindHasItsDeadlineInWorkingTime() {
		var policy = defaults();
		// Friday before the Spring Festival; 2026-02-14 and 02-28 are make-up Saturdays, 02-15..23 off
		var opened = WorkingTimeTests.at("2026-02-13T16:00");
		assertThat(policy.dueAt(TicketKind.CONSULTATION, opened)).isEqualTo(WorkingTimeTests.at("2026-02-14T11:30"));
		assertThat(policy.dueAt(TicketKind.PRAISE, opened)).isEqualTo(WorkingTimeTests.at("2026-02-25T17:30"));
		assertThat(policy.dueAt(TicketKind.HELP, opened)).isEqualTo(WorkingTimeTests.at("2026-02-27T17:30"));
		assertThat(policy.dueAt(TicketKind.COMPLAINT, opened)).isEqualTo(WorkingTimeTests.at("2026-03-02T17:30"));
		assertThat(policy.dueAt(TicketKind.SUGGESTION, opened)).isEqualTo(WorkingTimeTests.at("2026-03-12T17:30"));
	}

	@Test
	void responseTimesParseFromConfiguration() {
		assertThat(ResponseTime.parse("4h")).isEqualTo(new ResponseTime(4, false));
		assertThat(ResponseTime.parse(" 7D ")).isEqualTo(new ResponseTime(7, true));
		assertThat(ResponseTime.parse("1h").toString()).isEqualTo("1h");
		assertThatIllegalArgumentException().isThrownBy(() -> ResponseTime.parse("0h"));
		assertThatIllegalArgumentException().isThrownBy(() -> ResponseTime.parse("4w"));
		assertThatIllegalArgumentException().isThrownBy(() -> ResponseTime.parse("PT4H"));
		assertThatIllegalArgumentException().isThrownBy(() -> new HotlinePolicy(TIME, Map.of()));
	}

	@Test
	void officeHoursMustBeTwoOrderedSessions() {
		assertThat(OfficeHours.defaults().perDay()).isEqualTo(Duration.ofHours(7));
		assertThatIllegalArgumentException().isThrownBy(() -> new OfficeHours(java.time.LocalTime.of(12, 0),
				java.time.LocalTime.of(9, 0), java.time.LocalTime.of(13, 0), java.time.LocalTime.of(17, 0)));
	}

	@Test
	void routesByNamedStaffThenKeywordThenKind() {
		assertThat(Routing.departmentFor(TicketKind.PRAISE, "转籍办得好", "档案科")).isEqualTo("档案科");
		assertThat(Routing.departmentFor(TicketKind.HELP, "兰州车转籍提示在办业务", null)).isEqualTo("档案科");
		assertThat(Routing.departmentFor(TicketKind.CONSULTATION, "科目三预约", null)).isEqualTo("考试科");
		assertThat(Routing.departmentFor(TicketKind.CONSULTATION, "二手车过户要带什么", null)).isEqualTo("机动车登记科");
		assertThat(Routing.departmentFor(TicketKind.COMPLAINT, "排队太久", null)).isEqualTo(Routing.SUPERVISION);
		assertThat(Routing.departmentFor(TicketKind.SUGGESTION, "希望多开窗口", null)).isEqualTo(Routing.SERVICE_CENTRE);
	}

	@Test
	void phoneIsTheHotlineChannelAppAndWebAreOnline() {
		assertThat(TicketChannel.PHONE.serviceChannel()).isEqualTo(Channel.HOTLINE);
		assertThat(TicketChannel.APP.serviceChannel()).isEqualTo(Channel.ONLINE);
		assertThat(TicketChannel.WEB.serviceChannel()).isEqualTo(Channel.ONLINE);
		assertThat(TicketKind.parse("Praise")).isEqualTo(TicketKind.PRAISE);
		assertThat(TicketKind.parse("PRAISE")).isEqualTo(TicketKind.PRAISE);
		assertThat(TicketKind.parse("thanks")).isNull();
		assertThat(TicketStatus.IN_PROGRESS.open311()).isEqualTo("open");
		assertThat(TicketStatus.CLOSED.open311()).isEqualTo("closed");
	}

	@Test
	void writesOpen311XmlWithEscapingAndNestedLists() {
		var xml = Open311Writer.xml("service_definition", Map.of("service_code", "praise", "attributes",
				List.of(Map.of("code", "channel", "values", List.of(Map.of("key", "app", "name", "<App & 网页>"))))));
		assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><service_definition>")
			.contains("<attributes><attribute>", "<values><value>", "<key>app</key>", "&lt;App &amp; 网页&gt;")
			.endsWith("</service_definition>");
		var list = Open311Writer.xml("errors", "error", List.of(Map.of("code", 404, "description", "x")));
		assertThat(list).contains("<errors><error>", "<code>404</code>");
	}

	@Test
	void limitsPostsPerClientPerMinute() {
		var clock = Clock.fixed(Instant.parse("2026-11-30T02:00:10Z"), ZoneOffset.UTC);
		var limit = new Open311RateLimit(2, clock);
		assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
		assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
		assertThat(limit.tryAcquire("10.0.0.1")).isFalse();
		assertThat(limit.tryAcquire("10.0.0.2")).isTrue();
		var nextMinute = new Open311RateLimit(2, Clock.offset(clock, Duration.ofMinutes(1)));
		assertThat(nextMinute.tryAcquire("10.0.0.1")).isTrue();
	}

	@Test
	void deadlinesAreWholeMinutesNeverLaterThanTheResponseTime() {
		var policy = defaults();
		// two consultations opened within one minute (a demo moment's workers, a busy desk): one deadline, 4 working
		// hours from 09:00 Friday 2026-02-13 are 14:30 after lunch
		var first = WorkingTimeTests.at("2026-02-13T09:00").plusNanos(200_000_000);
		var second = WorkingTimeTests.at("2026-02-13T09:00").plusSeconds(59).plusNanos(900_000_000);
		assertThat(policy.dueAt(TicketKind.CONSULTATION, first)).isEqualTo(WorkingTimeTests.at("2026-02-13T14:30"));
		assertThat(policy.dueAt(TicketKind.CONSULTATION, second)).isEqualTo(WorkingTimeTests.at("2026-02-13T14:30"));
		// the next minute is the next deadline
		assertThat(policy.dueAt(TicketKind.CONSULTATION, second.plusMillis(100)))
			.isEqualTo(WorkingTimeTests.at("2026-02-13T14:31"));
		// every kind, seeded moments with fractions of a second, inside and outside office hours
		var random = new java.util.Random(20261129);
		var from = WorkingTimeTests.at("2026-01-05T00:00");
		for (int i = 0; i < 2_000; i++) {
			var opened = from.plusSeconds(random.nextInt(200 * 24 * 3600)).plusNanos(random.nextInt(1_000_000_000));
			for (var kind : TicketKind.values()) {
				var due = policy.dueAt(kind, opened);
				var exact = ResponseTime.defaultFor(kind).days() ? TIME.closeOfWorkingDay(opened,
						ResponseTime.defaultFor(kind).amount())
						: TIME.plus(opened, Duration.ofHours(ResponseTime.defaultFor(kind).amount()));
				assertThat(due.getEpochSecond() % 60).as("%s opened %s", kind, opened).isZero();
				assertThat(due.getNano()).as("%s opened %s", kind, opened).isZero();
				assertThat(due).as("%s opened %s", kind, opened).isBeforeOrEqualTo(exact)
					.isAfter(exact.minusSeconds(60));
			}
		}
	}
}
