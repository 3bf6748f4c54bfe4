package org.cheguan.outlets;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Coverage and siting over HTTP (api-contract.md, Outlets):
 * <ul>
 * <li>{@code GET /api/v1/coverage?kind=&radiusMeters=} (public) → kind, radiusMeters, population,
 * coveredPopulation, coveredShare, outlets and districts with code, name, population, coveredPopulation,
 * uncoveredPopulation, coveredShare, outlets.</li>
 * <li>{@code POST /api/v1/coverage/plans {kind, radiusMeters, count, districtCodes?}} (ADMIN, SUPERVISOR, CLERK) →
 * coveredBefore, coveredAfter, population, sites with location, districtCode, addedCoveredPopulation; and districts
 * with coverage before and after. 200: a plan is a computation, nothing is stored.</li>
 * </ul>
 * Radius 1–50,000 m, count 1–20, unknown kind or district: 400 validation.
 */
@RestController
class CoverageController {

	private final Coverage coverage;

	CoverageController(Coverage coverage) {
		this.coverage = coverage;
	}

	@GetMapping("/api/v1/coverage")
	ReportView report(@RequestParam String kind, @RequestParam int radiusMeters) {
		var parsed = OutletController.kind(kind);
		if (parsed == null) {
			throw new org.cheguan.shared.InvalidValue(org.cheguan.shared.InvalidValue.VALIDATION,
					"outlets.kind.unknown", null, kind, java.util.Arrays.toString(OutletKind.values()));
		}
		return ReportView.of(coverage.coverage(parsed, radiusMeters));
	}

	@PostMapping("/api/v1/coverage/plans")
	PlanView plan(@Valid @RequestBody PlanRequest request, Authentication caller) {
		OutletController.requireRole(caller, "ADMIN", "SUPERVISOR", "CLERK");
		var plan = coverage.plan(request.kind(), request.radiusMeters(), request.count(),
				request.districtCodes() == null ? List.of() : request.districtCodes());
		return PlanView.of(plan);
	}

	record PlanRequest(@NotNull OutletKind kind, @NotNull Integer radiusMeters, @NotNull Integer count,
			@Nullable @Size(max = 13) List<String> districtCodes) {
	}

	record DistrictCoverageView(String code, String name, long population, long coveredPopulation, long uncoveredPopulation,
			double coveredShare, int outlets) {
	}

	record ReportView(OutletKind kind, int radiusMeters, long population, long coveredPopulation, double coveredShare,
			int outlets, List<DistrictCoverageView> districts) {

		static ReportView of(CoverageReport report) {
			return new ReportView(report.kind(), report.radiusMeters(), report.population(),
					report.coveredPopulation(), round(report.coveredShare()), report.outlets(),
					report.districts().stream()
						.map(d -> new DistrictCoverageView(d.code(), d.name(), d.population(), d.coveredPopulation(),
								d.uncoveredPopulation(), round(d.coveredShare()), d.outlets()))
						.toList());
		}
	}

	record SiteView(OutletController.LatLon location, String districtCode, long addedCoveredPopulation) {
	}

	record PlanView(OutletKind kind, int radiusMeters, long population, long coveredBefore, long coveredAfter,
			List<SiteView> sites, List<SitingPlan.DistrictChange> districts) {

		static PlanView of(SitingPlan plan) {
			return new PlanView(plan.kind(), plan.radiusMeters(), plan.population(), plan.coveredBefore(),
					plan.coveredAfter(),
					plan.sites().stream()
						.map(s -> new SiteView(OutletController.LatLon.of(s.location()), s.districtCode(),
								s.addedCoveredPopulation()))
						.toList(),
					plan.districts());
		}
	}

	static double round(double share) {
		return Math.round(share * 10_000) / 10_000.0;
	}
}
