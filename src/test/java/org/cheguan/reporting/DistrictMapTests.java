package org.cheguan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.UUID;

import org.cheguan.evaluation.RatingGiven;
import org.cheguan.identity.CitizenId;
import org.cheguan.outlets.Outlet;
import org.cheguan.outlets.Outlets;
import org.cheguan.shared.Channel;
import org.cheguan.shared.OfficeTime;
import org.cheguan.support.Api;
import org.cheguan.support.Browser;
import org.cheguan.support.CheguanTest;
import org.cheguan.transactions.ServiceRendered;
import org.cheguan.transactions.ServiceType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The district map by satisfaction, in February 2031 (a month no other test uses): outlet A rated 5, 4 and 1
 * (2 of 3 satisfied, 66.67 %, the band below 80 %), outlet B in another district rated 5 and 5 (100 %, the top band),
 * one online service rated 3 off the map, every other district without data.
 */
@CheguanTest
class DistrictMapTests {

	static final String PERIOD = "from=2031-02-01&to=2031-02-28";

	static Outlet a;

	static Outlet b;

	@LocalServerPort
	int port;

	@Autowired
	Rollups rollups;

	@Autowired
	Reports reports;

	@Autowired
	Outlets outlets;

	void serve(Outlet outlet, int score, String at) {
		var id = UUID.randomUUID();
		var channel = outlet == null ? Channel.ONLINE : Channel.WINDOW;
		var outletId = outlet == null ? null : outlet.id();
		rollups.on(new ServiceRendered(id, ServiceType.LICENCE_RENEWAL, channel, outletId, "LICENSING", "map-staff",
				new CitizenId(UUID.randomUUID()), LocalDateTime.parse(at).atZone(OfficeTime.ZONE).toInstant(), 5));
		rollups.on(new RatingGiven(UUID.randomUUID(), id, score, ServiceType.LICENCE_RENEWAL, channel, outletId,
				"LICENSING", "map-staff", LocalDate.parse(at.substring(0, 10))));
	}

	@BeforeEach
	void seed() {
		synchronized (DistrictMapTests.class) {
			if (a != null) {
				return;
			}
			var all = new ArrayList<>(outlets.all());
			a = all.get(0);
			b = all.stream().filter(o -> !o.districtCode().equals(a.districtCode())).findFirst().orElseThrow();
			serve(a, 5, "2031-02-10T09:00");
			serve(a, 4, "2031-02-10T10:00");
			serve(a, 1, "2031-02-11T10:00");
			serve(b, 5, "2031-02-12T09:00");
			serve(b, 5, "2031-02-12T10:00");
			serve(null, 3, "2031-02-12T11:00");
		}
	}

	@Test
	void districtsAreFilledBySatisfactionAndDistrictsWithoutRatingsHaveNoData() {
		var map = reports.districts(LocalDate.parse("2031-02-01"), LocalDate.parse("2031-02-28"));
		assertThat(map.districts()).hasSize(13);
		var da = line(map, a);
		assertThat(da.services()).isEqualTo(3);
		assertThat(da.ratings()).isEqualTo(3);
		assertThat(da.satisfactionRate()).isEqualByComparingTo("0.6667");
		assertThat(da.badRatings()).isEqualTo(1);
		assertThat(da.band()).isZero();
		var db = line(map, b);
		assertThat(db.satisfactionRate()).isEqualByComparingTo("1");
		assertThat(db.band()).isEqualTo(4);
		assertThat(map.districts()).filteredOn(d -> !d.code().equals(da.code()) && !d.code().equals(db.code()))
			.hasSize(11)
			.allSatisfy(d -> {
				assertThat(d.satisfactionRate()).isNull();
				assertThat(d.band()).isNull();
			});
		assertThat(map.servicesWithoutDistrict()).isEqualTo(1);
		assertThat(map.ratingsWithoutDistrict()).isEqualTo(1);
		assertThat(SatisfactionBands.of(new java.math.BigDecimal("0.7999"))).isZero();
		assertThat(SatisfactionBands.of(new java.math.BigDecimal("0.80"))).isEqualTo(1);
		assertThat(SatisfactionBands.of(new java.math.BigDecimal("0.9799"))).isEqualTo(3);
		assertThat(SatisfactionBands.of(new java.math.BigDecimal("0.98"))).isEqualTo(4);
	}

	static Reports.DistrictFigures line(Reports.DistrictMap map, Outlet outlet) {
		return map.districts().stream().filter(d -> d.code().equals(outlet.districtCode().value())).findFirst()
			.orElseThrow();
	}

	@Test
	void theApiAnswersSupervisorsWithTheDistrictsAndRefusesBadPeriods() {
		var answer = Api.at(port).as("supervisor").get("/api/v1/reports/districts?" + PERIOD);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		var json = answer.json();
		assertThat(json.path("districts").size()).isEqualTo(13);
		assertThat(json.path("legend").size()).isEqualTo(5);
		for (var district : json.path("districts")) {
			if (district.path("code").asString().equals(b.districtCode().value())) {
				assertThat(district.path("band").asInt()).isEqualTo(4);
				assertThat(district.path("ratings").asLong()).isEqualTo(2);
			}
		}
		var reversed = Api.at(port).as("supervisor").get("/api/v1/reports/districts?from=2031-02-28&to=2031-02-01");
		assertThat(reversed.status()).isEqualTo(400);
		assertThat(reversed.problemType()).isEqualTo("validation");
		assertThat(Api.at(port).as("supervisor").get("/api/v1/reports/districts?from=2030-01-01&to=2031-02-28")
			.status()).isEqualTo(400);
		assertThat(Api.at(port).as("clerk").get("/api/v1/reports/districts?" + PERIOD).status()).isEqualTo(403);
	}

	@Test
	@ExtendWith(Browser.Available.class)
	void theDashboardDrawsTheDistrictMapWithALegendAndATable() throws Exception {
		try (var browser = Browser.open(port)) {
			browser.go("/login").type("#username", "supervisor").type("#password", Api.DEMO_PASSWORD).click("#sign-in");
			browser.go("/staff/reports?date=2031-02-12&" + PERIOD);
			var codeA = a.districtCode().value();
			var codeB = b.districtCode().value();
			assertThat(browser.find("#district-" + codeA + " .rp-rate").getText()).isEqualTo("66.67%");
			assertThat(browser.find("#district-" + codeB + " .rp-rate").getText()).isEqualTo("100.00%");
			assertThat(browser.find("#map-" + codeB).getAttribute("fill")).isEqualTo("#08519c");
			assertThat(browser.find("#map-" + codeA).getAttribute("fill")).isEqualTo("#eff3ff");
			var other = reports.districts(LocalDate.parse("2031-02-01"), LocalDate.parse("2031-02-28")).districts()
				.stream().filter(d -> d.band() == null).findFirst().orElseThrow();
			assertThat(browser.find("#map-" + other.code()).getAttribute("fill")).isEqualTo("url(#rp-no-data)");
			assertThat(browser.find("#district-" + other.code() + " .rp-rate").getText()).isEqualTo("无数据");
			assertThat(browser.find("#rp-map-legend").getText()).contains("98% 及以上").contains("无数据");
			((JavascriptExecutor) browser.driver())
				.executeScript("document.getElementById('district-map').scrollIntoView()");
			var shot = browser.screenshot("reporting-districts");
			Files.createDirectories(Path.of("docs", "images"));
			Files.copy(shot, Path.of("docs", "images", "reporting-districts.png"), StandardCopyOption.REPLACE_EXISTING);
			browser.assertAccessible();
			browser.go("/staff/reports?date=2031-02-12&lang=en&" + PERIOD);
			assertThat(browser.find("#rp-map-title").getText()).startsWith("Satisfaction by district");
			assertThat(browser.find("#district-" + other.code() + " .rp-rate").getText()).isEqualTo("No data");
			browser.assertAccessible();
			browser.go("/staff/reports?lang=zh-CN");
		}
	}
}
