package org.cheguan.outlets;

import java.util.List;

import org.cheguan.shared.DistrictCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/districts} → {@code [{code, name, population, centroid:{lat,lon}}]} (api-contract.md, Outlets),
 * public. Also {@code nameEn}, {@code kind}, {@code censusPopulation} and the hosted functional zones.
 */
@RestController
@RequestMapping("/api/v1/districts")
class DistrictController {

	private final Districts districts;

	DistrictController(Districts districts) {
		this.districts = districts;
	}

	@GetMapping
	List<DistrictView> all() {
		return districts.all().stream().map(DistrictView::of).toList();
	}

	@GetMapping("/{code}")
	DistrictView one(@PathVariable String code) {
		return DistrictView.of(districts.get(DistrictCode.of(code)));
	}

	record DistrictView(String code, String name, String nameEn, District.Kind kind, long population,
			long censusPopulation, List<District.FunctionalZone> functionalZones, LatLon centroid) {

		static DistrictView of(District district) {
			return new DistrictView(district.code().value(), district.name(), district.nameEn(), district.kind(),
					district.population(), district.censusPopulation(), district.hostedZones(),
					new LatLon(district.centroid().latitude(), district.centroid().longitude()));
		}
	}

	record LatLon(double lat, double lon) {
	}
}
