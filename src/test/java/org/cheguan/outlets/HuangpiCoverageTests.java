package org.cheguan.outlets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.cheguan.shared.DistrictCode;
import org.junit.jupiter.api.Test;

/**
 * The seed's complaint (issue 5, item 10): a resident of Huangpi (黄陂) finds no e-bike registration point nearby.
 * Over the deterministic demo network, Huangpi's uncovered population within 2 km is shown, and siting 5 new points
 * in the new-city districts raises the covered population.
 */
class HuangpiCoverageTests {

	static final Districts districts = new Districts();

	static final PopulationGrid grid = new PopulationGrid(districts);

	static final List<Outlet> ebikePoints = DemoOutlets.network(districts).stream()
		.filter(spec -> spec.kind() == OutletKind.EBIKE_REGISTRATION)
		.map(DemoNetwork.Spec::outlet)
		.toList();

	static final DistrictCode HUANGPI = DistrictCode.of("420116");

	static final Set<DistrictCode> NEW_CITY = Set.of(DistrictCode.of("420112"), DistrictCode.of("420113"),
			DistrictCode.of("420114"), DistrictCode.of("420115"), HUANGPI, DistrictCode.of("420117"));

	@Test
	void huangpiHasTheLargestUncoveredPopulationWithin2Km() {
		var report = Coverage.report(grid, districts, OutletKind.EBIKE_REGISTRATION, ebikePoints, 2_000);
		assertThat(report.outlets()).isEqualTo(1_051);
		assertThat(report.population()).isEqualTo(12_326_518L);
		assertThat(report.coveredPopulation()).isEqualTo(10_049_769L);
		var huangpi = report.districts().stream().filter(d -> d.code().equals("420116")).findFirst().orElseThrow();
		assertThat(huangpi.population()).isEqualTo(1_151_644L);
		assertThat(huangpi.outlets()).isEqualTo(98);
		assertThat(huangpi.coveredPopulation()).isEqualTo(487_155L);
		assertThat(huangpi.uncoveredPopulation()).isEqualTo(664_489L);
		assertThat(report.districts()).allSatisfy(d -> assertThat(d.uncoveredPopulation())
			.isLessThanOrEqualTo(huangpi.uncoveredPopulation()));
		// central Wuchang is fully covered
		assertThat(report.districts().stream().filter(d -> d.code().equals("420106")).findFirst().orElseThrow()
			.uncoveredPopulation()).isZero();
	}

	@Test
	void fivePointsInHuangpiRaiseItsCoverage() {
		var plan = Coverage.plan(grid, OutletKind.EBIKE_REGISTRATION, ebikePoints, 2_000, 5, Set.of(HUANGPI));
		assertThat(plan.sites()).hasSize(5).allSatisfy(site -> {
			assertThat(site.districtCode()).isEqualTo("420116");
			assertThat(districts.get(HUANGPI).contains(site.location())).isTrue();
		});
		assertThat(plan.sites().stream().map(SitingPlan.Site::addedCoveredPopulation))
			.containsExactly(9_336L, 8_267L, 6_440L, 6_326L, 6_260L);
		assertThat(plan.coveredBefore()).isEqualTo(10_049_769L);
		assertThat(plan.coveredAfter()).isEqualTo(10_086_400L);
		var huangpi = plan.districts().stream().filter(d -> d.code().equals("420116")).findFirst().orElseThrow();
		assertThat(huangpi.coveredBefore()).isEqualTo(487_155L);
		assertThat(huangpi.coveredAfter()).isEqualTo(512_197L);
		// gains add up to the change, up to rounding of each site
		var gains = plan.sites().stream().mapToLong(SitingPlan.Site::addedCoveredPopulation).sum();
		assertThat(plan.coveredAfter() - plan.coveredBefore()).isCloseTo(gains, org.assertj.core.data.Offset.offset(5L));
	}

	@Test
	void fivePointsAnywhereInTheNewCityGoWhereTheGapsAreDensest() {
		var plan = Coverage.plan(grid, OutletKind.EBIKE_REGISTRATION, ebikePoints, 2_000, 5, NEW_CITY);
		assertThat(plan.coveredAfter()).isEqualTo(10_109_249L);
		assertThat(plan.coveredAfter() - plan.coveredBefore()).isEqualTo(59_480L);
		assertThat(plan.sites()).allSatisfy(site -> assertThat(NEW_CITY).contains(DistrictCode.of(site.districtCode())));
		// greedy: each site adds no more than the one before
		for (int i = 1; i < plan.sites().size(); i++) {
			assertThat(plan.sites().get(i).addedCoveredPopulation())
				.isLessThanOrEqualTo(plan.sites().get(i - 1).addedCoveredPopulation());
		}
	}

	@Test
	void gridKeepsEveryDistrictsPopulation() {
		var sums = new double[grid.districts.size()];
		for (int cell = 0; cell < grid.size(); cell++) {
			sums[grid.district[cell]] += grid.population[cell];
		}
		for (int i = 0; i < sums.length; i++) {
			assertThat(Math.round(sums[i])).isEqualTo(grid.districtPopulation[i]);
		}
	}

	@Test
	void aRadiusCoveringTheCityCoversEveryone() {
		var report = Coverage.report(grid, districts, OutletKind.EBIKE_REGISTRATION, ebikePoints, 50_000);
		assertThat(report.coveredPopulation()).isEqualTo(report.population());
		assertThat(Coverage.report(grid, districts, OutletKind.EBIKE_REGISTRATION, List.of(), 2_000)
			.coveredPopulation()).isZero();
	}
}
