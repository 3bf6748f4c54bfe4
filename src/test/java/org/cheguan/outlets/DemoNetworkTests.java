package org.cheguan.outlets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.stream.Collectors;

import org.cheguan.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/** The demo network has the seed's counts, lies inside the district polygons and is the same every time. */
class DemoNetworkTests {

	static final Districts districts = new Districts();

	static final java.util.List<DemoNetwork.Spec> network = DemoOutlets.network(districts);

	@Test
	void countsAreTheSeeds() {
		var byKind = network.stream().collect(Collectors.groupingBy(DemoNetwork.Spec::kind, Collectors.counting()));
		assertThat(byKind.get(OutletKind.MAIN_OFFICE)).isEqualTo(1);
		assertThat(byKind.get(OutletKind.BRANCH_OFFICE)).isEqualTo(2);
		assertThat(byKind.get(OutletKind.SERVICE_CENTRE)).isEqualTo(1);
		assertThat(byKind.get(OutletKind.SELF_SERVICE)).isEqualTo(8);
		assertThat(byKind.get(OutletKind.POSTAL)).isEqualTo(173);
		assertThat(byKind.get(OutletKind.MEDICAL)).isEqualTo(110);
		assertThat(byKind.get(OutletKind.EBIKE_REGISTRATION)).isEqualTo(1_051);
		assertThat(byKind.get(OutletKind.TESTING_STATION)).isEqualTo(26);
		assertThat(byKind.get(OutletKind.MOBILE)).isEqualTo(1);
		var main = network.stream().filter(s -> s.kind() == OutletKind.MAIN_OFFICE).findFirst().orElseThrow();
		assertThat(main.departments()).hasSize(8);
	}

	@Test
	void postalOutletsAdd39InTheNewCityDistricts() {
		var newCity = districts.all().stream().filter(d -> d.kind() == District.Kind.NEW).map(District::code)
			.collect(Collectors.toSet());
		var postalNew = network.stream()
			.filter(s -> s.kind() == OutletKind.POSTAL && newCity.contains(s.district()))
			.count();
		var citywideShareOfNew = DemoNetwork.share(districts.all(), 134).entrySet().stream()
			.filter(e -> newCity.contains(e.getKey())).mapToInt(java.util.Map.Entry::getValue).sum();
		assertThat(postalNew).isEqualTo(citywideShareOfNew + 39);
	}

	@Test
	void everyPlaceLiesInItsDistrictAndNamesAreUniqueAndMarked() {
		var names = new HashSet<String>();
		for (var spec : network) {
			assertThat(districts.get(spec.district()).contains(spec.location())).as(spec.name()).isTrue();
			assertThat(names.add(spec.name())).as(spec.name()).isTrue();
			assertThat(spec.name()).endsWith(DemoNetwork.DEMO_MARK);
		}
	}

	@Test
	void sharesFollowPopulationAndSumExactly() {
		var shares = DemoNetwork.share(districts.all(), 1_051);
		assertThat(shares.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1_051);
		// Hongshan (with the two East Lake zones) is the most populous, Hannan the least
		assertThat(shares.get(DistrictCode.of("420111"))).isGreaterThan(shares.get(DistrictCode.of("420106")));
		assertThat(shares.get(DistrictCode.of("420113"))).isLessThan(shares.get(DistrictCode.of("420107")));
	}

	@Test
	void generationIsDeterministic() {
		assertThat(DemoOutlets.network(districts)).isEqualTo(network);
	}
}
