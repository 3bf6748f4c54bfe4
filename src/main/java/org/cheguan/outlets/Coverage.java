package org.cheguan.outlets;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

import org.cheguan.shared.DistrictCode;
import org.cheguan.shared.InvalidValue;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Coverage of the population by the outlets of a kind, and siting of new outlets.
 *
 * <p>Coverage: a person is covered when an outlet of the kind lies within the radius (straight line) of where they
 * live; where they live comes from the 2020 census spread evenly over each district's polygon in 500 m cells
 * (PopulationGrid). Siting: greedy maximum coverage, the classic (1 - 1/e)-approximation of the maximum coverage
 * problem, evaluated lazily (CELF: a site's gain can only shrink as sites are added, so stale gains are upper
 * bounds and only the top candidate is recomputed). Candidate sites are the cell centres of the allowed districts,
 * thinned for large radii (every k-th cell with k = radius / 2 km) to bound the work.
 *
 * <p>Limits: radius 1 to {@value #MAX_RADIUS_METERS} m, 1 to {@value #MAX_SITES} sites; beyond them the request is a
 * 400 validation problem.
 */
@Service
public class Coverage {

	/** Largest radius accepted, metres: beyond 50 km the question is no longer about a neighbourhood. */
	public static final int MAX_RADIUS_METERS = 50_000;

	/** Most sites one plan suggests. */
	public static final int MAX_SITES = 20;

	private final Outlets outlets;

	private final Districts districts;

	private volatile @Nullable PopulationGrid grid;

	Coverage(Outlets outlets, Districts districts) {
		this.outlets = outlets;
		this.districts = districts;
	}

	/**
	 * @param kind a kind of outlet
	 * @param radiusMeters radius, 1 to {@value #MAX_RADIUS_METERS}
	 * @return covered population of the city and of each district
	 * @throws InvalidValue when the radius is out of range
	 */
	public CoverageReport coverage(OutletKind kind, int radiusMeters) {
		checkRadius(radiusMeters);
		return report(grid(), districts, kind, outlets.ofKind(kind), radiusMeters);
	}

	/**
	 * @param kind a kind of outlet
	 * @param radiusMeters radius, 1 to {@value #MAX_RADIUS_METERS}
	 * @param count new sites, 1 to {@value #MAX_SITES}
	 * @param districtCodes districts the new sites must lie in; empty for the whole city
	 * @return the plan
	 * @throws InvalidValue when a number is out of range or a code is not a Wuhan district
	 */
	public SitingPlan plan(OutletKind kind, int radiusMeters, int count, Collection<String> districtCodes) {
		checkRadius(radiusMeters);
		if (count < 1 || count > MAX_SITES) {
			throw new InvalidValue(InvalidValue.VALIDATION, "outlets.coverage.count", null, count, MAX_SITES);
		}
		var allowed = new LinkedHashSet<DistrictCode>();
		for (var code : districtCodes) {
			var district = DistrictCode.of(code);
			if (districts.all().stream().noneMatch(d -> d.code().equals(district))) {
				throw new InvalidValue(InvalidValue.VALIDATION, "kernel.district-code.format", "GB/T 2260", code);
			}
			allowed.add(district);
		}
		return plan(grid(), kind, outlets.ofKind(kind), radiusMeters, count, allowed);
	}

	PopulationGrid grid() {
		var current = grid;
		if (current == null) {
			synchronized (this) {
				current = grid;
				if (current == null) {
					current = new PopulationGrid(districts);
					grid = current;
				}
			}
		}
		return current;
	}

	private static void checkRadius(int radiusMeters) {
		if (radiusMeters < 1 || radiusMeters > MAX_RADIUS_METERS) {
			throw new InvalidValue(InvalidValue.VALIDATION, "outlets.coverage.radius", null, radiusMeters,
					MAX_RADIUS_METERS);
		}
	}

	static boolean[] covered(PopulationGrid grid, List<Outlet> network, int radiusMeters) {
		var covered = new boolean[grid.size()];
		for (var outlet : network) {
			grid.forEachWithin(PopulationGrid.projectX(outlet.location().longitude()),
					PopulationGrid.projectY(outlet.location().latitude()), radiusMeters, cell -> covered[cell] = true);
		}
		return covered;
	}

	static double[] coveredByDistrict(PopulationGrid grid, boolean[] covered) {
		var sums = new double[grid.districts.size()];
		for (int cell = 0; cell < grid.size(); cell++) {
			if (covered[cell]) {
				sums[grid.district[cell]] += grid.population[cell];
			}
		}
		return sums;
	}

	static CoverageReport report(PopulationGrid grid, Districts districts, OutletKind kind, List<Outlet> network,
			int radiusMeters) {
		var sums = coveredByDistrict(grid, covered(grid, network, radiusMeters));
		var rows = new ArrayList<CoverageReport.DistrictCoverage>();
		long total = 0;
		long covered = 0;
		for (int i = 0; i < grid.districts.size(); i++) {
			var code = grid.districts.get(i);
			var population = grid.districtPopulation[i];
			var coveredHere = Math.min(population, Math.round(sums[i]));
			var count = (int) network.stream().filter(o -> o.districtCode().equals(code)).count();
			rows.add(new CoverageReport.DistrictCoverage(code.value(), districts.get(code).name(), population,
					coveredHere, count));
			total += population;
			covered += coveredHere;
		}
		return new CoverageReport(kind, radiusMeters, network.size(), total, covered, List.copyOf(rows));
	}

	static SitingPlan plan(PopulationGrid grid, OutletKind kind, List<Outlet> network, int radiusMeters, int count,
			Set<DistrictCode> allowed) {
		var covered = covered(grid, network, radiusMeters);
		var before = coveredByDistrict(grid, covered);
		var stride = Math.max(1, (int) (radiusMeters / 2_000.0));
		var queue = new PriorityQueue<double[]>((a, b) -> Double.compare(b[0], a[0]) != 0 ? Double.compare(b[0], a[0])
				: Double.compare(a[1], b[1]));
		for (int cell = 0; cell < grid.size(); cell++) {
			if (!allowed.isEmpty() && !allowed.contains(grid.districts.get(grid.district[cell]))) {
				continue;
			}
			var column = (int) Math.floor((grid.x[cell] - grid.originX) / PopulationGrid.CELL_METERS);
			var row = (int) Math.floor((grid.y[cell] - grid.originY) / PopulationGrid.CELL_METERS);
			if (column % stride != 0 || row % stride != 0) {
				continue;
			}
			var gain = gain(grid, covered, cell, radiusMeters);
			if (gain > 0) {
				queue.add(new double[] { gain, cell });
			}
		}
		var sites = new ArrayList<SitingPlan.Site>();
		while (sites.size() < count && !queue.isEmpty()) {
			var top = queue.poll();
			var cell = (int) top[1];
			var gain = gain(grid, covered, cell, radiusMeters);
			if (gain <= 0) {
				continue;
			}
			if (!queue.isEmpty() && gain < queue.peek()[0]) {
				queue.add(new double[] { gain, cell });
				continue;
			}
			grid.forEachWithin(grid.x[cell], grid.y[cell], radiusMeters, c -> covered[c] = true);
			sites.add(new SitingPlan.Site(grid.centre(cell), grid.districts.get(grid.district[cell]).value(),
					Math.round(gain)));
		}
		var after = coveredByDistrict(grid, covered);
		var changes = new ArrayList<SitingPlan.DistrictChange>();
		long coveredBefore = 0;
		long coveredAfter = 0;
		long population = 0;
		for (int i = 0; i < grid.districts.size(); i++) {
			var pop = grid.districtPopulation[i];
			var b = Math.min(pop, Math.round(before[i]));
			var a = Math.min(pop, Math.round(after[i]));
			changes.add(new SitingPlan.DistrictChange(grid.districts.get(i).value(), pop, b, a));
			coveredBefore += b;
			coveredAfter += a;
			population += pop;
		}
		return new SitingPlan(kind, radiusMeters, count, allowed.stream().map(DistrictCode::value).sorted().toList(),
				coveredBefore, coveredAfter, population, List.copyOf(sites), List.copyOf(changes));
	}

	private static double gain(PopulationGrid grid, boolean[] covered, int cell, int radiusMeters) {
		var sum = new double[1];
		grid.forEachWithin(grid.x[cell], grid.y[cell], radiusMeters, c -> {
			if (!covered[c]) {
				sum[0] += grid.population[c];
			}
		});
		return sum[0];
	}
}
