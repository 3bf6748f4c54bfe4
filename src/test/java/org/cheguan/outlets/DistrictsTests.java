package org.cheguan.outlets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.cheguan.shared.DistrictCode;
import org.cheguan.shared.GeoPoint;
import org.cheguan.shared.NotFound;
import org.junit.jupiter.api.Test;

/** Wuhan's districts from the 2020 census bulletin and the boundary polygons. */
class DistrictsTests {

	static final Districts districts = new Districts();

	@Test
	void thirteenDistrictsSumToTheCityTotal() {
		assertThat(districts.all()).hasSize(13);
		assertThat(districts.population()).isEqualTo(12_326_518L).isEqualTo(Districts.CITY_POPULATION_2020);
	}

	@Test
	void functionalZonesAreFoldedIntoTheirHostDistricts() {
		var hongshan = districts.get(DistrictCode.of("420111"));
		assertThat(hongshan.censusPopulation()).isEqualTo(1_728_811L);
		assertThat(hongshan.population()).isEqualTo(1_728_811L + 935_146L + 121_161L);
		var caidian = districts.get(DistrictCode.of("420114"));
		assertThat(caidian.population()).isEqualTo(554_383L + 336_235L);
		assertThat(districts.get(DistrictCode.of("420106")).population()).isEqualTo(1_092_750L);
	}

	@Test
	void sixNewCityDistrictsAndSevenCentral() {
		assertThat(districts.all().stream().filter(d -> d.kind() == District.Kind.NEW).map(d -> d.name()))
			.containsExactlyInAnyOrder("东西湖区", "汉南区", "蔡甸区", "江夏区", "黄陂区", "新洲区");
	}

	@Test
	void locatesPlacesInsideTheirDistrict() {
		// 黄鹤楼 (Yellow Crane Tower), Wuchang; 黄陂区 government seat; 汉口火车站, Jianghan/Jiang'an area
		assertThat(districts.locate(GeoPoint.of(30.5447, 114.3025))).map(d -> d.code().value()).contains("420106");
		assertThat(districts.locate(GeoPoint.of(30.8820, 114.3750))).map(d -> d.code().value()).contains("420116");
		assertThat(districts.locate(GeoPoint.of(39.9042, 116.4074))).isEmpty();
	}

	@Test
	void everyCentroidLiesInsideOrNearItsOwnPolygon() {
		for (var district : districts.all()) {
			var distanceDegrees = district.boundary().distance(district.boundary().getFactory()
				.createPoint(new org.locationtech.jts.geom.Coordinate(district.centroid().longitude(),
						district.centroid().latitude())));
			assertThat(distanceDegrees).as(district.name()).isLessThan(0.02);
		}
	}

	@Test
	void unknownCodeIsNotFound() {
		assertThatExceptionOfType(NotFound.class).isThrownBy(() -> districts.get(DistrictCode.of("110105")));
	}
}
