package org.cheguan.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;

/**
 * Story 6 of the seed: 2023年，流动车管所走街串巷为武汉市民办理业务，已经到了第10个年头 … 上门办理车驾管业务20万余笔. And the office's
 * 日统计 counts what the mobile office did that day.
 *
 * <p>Played in the acceptance month: the mobile office visits a community in Xinzhou on Wednesday 2026-06-17.
 */
@CheguanTest
class MobileOfficeStoryTests extends Story {

	static final LocalDate VISIT_DAY = LocalDate.of(2026, 6, 17);

	/** A resident the office knows: served once before at a window, which registered her with her mobile. */
	String knownResident(String name) {
		var idNumber = Office.idBornIn("420117", 1956);
		var served = office.staff("clerk").post("/api/v1/service-records", """
				{"serviceType":"CONSULTATION","channel":"WINDOW","citizenIdNumber":"%s","mobile":"%s","name":"%s",
				 "startedAt":"2026-03-02T09:00:00+08:00","completedAt":"2026-03-02T09:10:00+08:00"}"""
			.formatted(idNumber, Office.mobile(), name));
		assertThat(served.status()).as(served.body()).isEqualTo(201);
		return idNumber;
	}

	/**
	 * 流动车管所走街串巷为武汉市民办理业务 … 上门办理车驾管业务: a supervisor plans a visit to a community, the clerk on the van
	 * records the services done there, and they appear in that day's statistics under the channel MOBILE and as
	 * mobile-office services.
	 */
	@Test
	void theMobileOfficeServesACommunityAndTheServicesAppearInTheDaysStatisticsWithChannelMobile() {
		var residents = List.of(knownResident("陈桂兰"), knownResident("刘德胜"));
		var before = office.report("/api/v1/reports/daily?date=" + VISIT_DAY);
		var mobileBefore = before.path("byChannel").path("MOBILE").asLong();
		var servicesBefore = before.path("mobileOfficeServices").asLong();

		office.at(VISIT_DAY.minusDays(7), LocalTime.of(10, 0));
		var community = "新洲区邾城街问津社区（验收" + UUID.randomUUID().toString().substring(0, 8) + "）";
		var planned = office.staff("supervisor").post("/api/v1/mobile-visits", """
				{"date":"%s","place":"社区党群服务中心广场","community":"%s","districtCode":"420117",
				 "location":{"lat":30.84,"lon":114.80},"services":["DL_RENEWAL","INSPECTION_SIGN","PHOTO"],
				 "staff":["clerk"]}""".formatted(VISIT_DAY, community));
		assertThat(planned.status()).as(planned.body()).isEqualTo(201);
		var visit = planned.json().path("id").asString();
		// the calendar shows the visit to anyone
		var calendar = office.anyone().get("/api/v1/mobile-visits?from=" + VISIT_DAY + "&to=" + VISIT_DAY).json();
		assertThat(Office.find(calendar, "community", community)).isNotNull();

		// on the day, the clerk on the van serves the residents
		office.at(VISIT_DAY, LocalTime.of(15, 0));
		var renewal = office.staff("clerk").post("/api/v1/mobile-visits/" + visit + "/services", """
				{"serviceType":"DL_RENEWAL","startedAt":"%sT09:30:00+08:00","completedAt":"%sT09:45:00+08:00",
				 "citizenIdNumber":"%s"}""".formatted(VISIT_DAY, VISIT_DAY, residents.get(0)));
		assertThat(renewal.status()).as(renewal.body()).isEqualTo(201);
		assertThat(renewal.json().path("channel").asString()).isEqualTo("MOBILE");
		var sign = office.staff("clerk").post("/api/v1/mobile-visits/" + visit + "/services", """
				{"serviceType":"INSPECTION_SIGN","startedAt":"%sT10:05:00+08:00","completedAt":"%sT10:12:00+08:00",
				 "citizenIdNumber":"%s"}""".formatted(VISIT_DAY, VISIT_DAY, residents.get(1)));
		assertThat(sign.status()).as(sign.body()).isEqualTo(201);

		// each resident finds the service in the office's records, channel MOBILE
		for (var resident : residents) {
			var records = Office.waitFor(() -> {
				var found = office.staff("supervisor")
					.get("/api/v1/service-records?citizenIdNumber=" + resident + "&from=" + VISIT_DAY + "&to=" + VISIT_DAY)
					.json();
				return found.size() > 0 ? found : null;
			});
			assertThat(records.get(0).path("channel").asString()).isEqualTo("MOBILE");
			assertThat(records.get(0).path("serviceType").asString()).isEqualTo("MOBILE_OFFICE_SERVICE");
		}

		// the day's statistics count them under MOBILE
		var daily = Office.waitFor(() -> {
			var now = office.report("/api/v1/reports/daily?date=" + VISIT_DAY);
			return now.path("byChannel").path("MOBILE").asLong() >= mobileBefore + 2 ? now : null;
		});
		assertThat(daily.path("date").asString()).isEqualTo(VISIT_DAY.toString());
		assertThat(daily.path("byChannel").path("MOBILE").asLong()).isEqualTo(mobileBefore + 2);
		assertThat(daily.path("mobileOfficeServices").asLong()).isEqualTo(servicesBefore + 2);
		assertThat(daily.path("services").asLong()).isGreaterThanOrEqualTo(daily.path("byChannel").path("MOBILE").asLong());
	}
}
