package org.cheguan.outlets;

import static org.assertj.core.api.Assertions.assertThat;

import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@CheguanTest
class DistrictApiTests {

	@LocalServerPort
	int port;

	@Test
	void servesTheThirteenDistrictsSummingToTheCensusTotal() {
		var response = Api.at(port).get("/api/v1/districts");
		assertThat(response.status()).isEqualTo(200);
		var districts = response.json();
		assertThat(districts.size()).isEqualTo(13);
		var sum = districts.valueStream().mapToLong(d -> d.path("population").asLong()).sum();
		assertThat(sum).isEqualTo(12_326_518L);
		var wuchang = districts.valueStream().filter(d -> d.path("code").asString().equals("420106")).findFirst()
			.orElseThrow();
		assertThat(wuchang.path("name").asString()).isEqualTo("武昌区");
		assertThat(wuchang.path("centroid").path("lat").asDouble()).isBetween(30.5, 30.6);
		assertThat(wuchang.path("centroid").path("lon").asDouble()).isBetween(114.2, 114.4);
	}

	@Test
	void badDistrictCodeIsAProblem() {
		assertThat(Api.at(port).get("/api/v1/districts/42A106").status()).isEqualTo(400);
		assertThat(Api.at(port).get("/api/v1/districts/110105").status()).isEqualTo(404);
	}
}
