package org.cheguan.outlets;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.cheguan.shared.DistrictCode;
import org.cheguan.shared.GeoPoint;

/**
 * Timing harness for the outlet network, not a test (issue 5, item 11): over the demo network topped up with seeded
 * random outlets to 1,500, times (1) nearest-open queries (random kind or service, random point in the city, random
 * instant of 2026, 5 results) and prints p50/p99/max; (2) citywide coverage of one kind (e-bike points) at 2 km and
 * 5 km; (3) greedy siting of 5 sites citywide and in the new-city districts. No network, no database: the in-process
 * cost of {@link Outlets#search}, {@link Coverage#report} and {@link Coverage#plan}. Run with
 * {@code bench/outlets.sh}. Arguments (optional): outlets (1500), queries (20000), seed (20261129).
 */
public final class OutletsBenchmark {

	private OutletsBenchmark() {
	}

	/**
	 * @param args optional: number of outlets, number of timed queries, seed
	 */
	public static void main(String[] args) {
		int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_500;
		int queries = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
		long seed = args.length > 2 ? Long.parseLong(args[2]) : 20_261_129L;
		var random = new Random(seed);
		var districts = new Districts();
		var matrix = ServiceMatrix.defaultMatrix();
		var specs = new ArrayList<>(DemoNetwork.generate(districts, matrix, DemoNetwork.SEED));
		var kinds = new OutletKind[] { OutletKind.POSTAL, OutletKind.MEDICAL, OutletKind.SELF_SERVICE,
				OutletKind.TESTING_STATION };
		var all = districts.all();
		while (specs.size() < total) {
			var district = all.get(random.nextInt(all.size()));
			var kind = kinds[random.nextInt(kinds.length)];
			var place = DemoNetwork.inside(district,
					org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(district.boundary()), random);
			var name = "bench " + specs.size();
			specs.add(new DemoNetwork.Spec(java.util.UUID.randomUUID(), name, kind, district.code(), place,
					matrix.servicesOf(kind), List.of(), DemoNetwork.hoursOf(kind)));
		}
		var outlets = new Outlets(null, Clock.systemUTC(), event -> { }, matrix, districts);
		outlets.useInMemory(specs);
		System.out.printf("network: %d outlets%n", specs.size());

		// 1. nearest open
		var services = List.of("DL_RENEWAL", "MEDICAL_CHECK", "EBIKE_REGISTRATION", "VEHICLE_INSPECTION");
		var queryKinds = new OutletKind[] { OutletKind.POSTAL, OutletKind.MEDICAL, OutletKind.EBIKE_REGISTRATION,
				OutletKind.SELF_SERVICE, null };
		var start2026 = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
		var timings = new long[queries];
		var cpu = new long[queries];
		var threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long found = 0;
		for (int i = -5_000; i < queries; i++) {
			var kind = queryKinds[random.nextInt(queryKinds.length)];
			var service = kind == null ? services.get(random.nextInt(services.size())) : null;
			var near = GeoPoint.of(30.3 + random.nextDouble() * 0.7, 113.8 + random.nextDouble() * 1.1);
			var at = Instant.ofEpochSecond(start2026 + (long) (random.nextDouble() * 365 * 86_400));
			var query = new OutletQuery(kind, null, service, near, at, 5);
			var c0 = threads.getCurrentThreadCpuTime();
			var t0 = System.nanoTime();
			var hits = outlets.search(query);
			var t1 = System.nanoTime();
			var c1 = threads.getCurrentThreadCpuTime();
			if (i >= 0) {
				timings[i] = t1 - t0;
				cpu[i] = c1 - c0;
				found += hits.size();
			}
		}
		Arrays.sort(timings);
		System.out.printf("nearest-open (%d queries, limit 5, %.1f hits avg): p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
				queries, (double) found / queries, timings[queries / 2] / 1e6, timings[(int) (queries * 0.99)] / 1e6,
				timings[queries - 1] / 1e6);
		Arrays.sort(cpu);
		System.out.printf("nearest-open CPU time of the thread (excludes waiting for a core): p50 %.3f ms, p99 %.3f ms%n",
				cpu[queries / 2] / 1e6, cpu[(int) (queries * 0.99)] / 1e6);

		// 2. coverage
		var t0 = System.nanoTime();
		var grid = new PopulationGrid(districts);
		System.out.printf("population grid: %d cells of 500 m, built in %.0f ms (once per process)%n", grid.size(),
				(System.nanoTime() - t0) / 1e6);
		var ebikes = outlets.ofKind(OutletKind.EBIKE_REGISTRATION);
		for (var radius : new int[] { 2_000, 5_000 }) {
			for (int w = 0; w < 3; w++) {
				Coverage.report(grid, districts, OutletKind.EBIKE_REGISTRATION, ebikes, radius);
			}
			var runs = new long[10];
			for (int r = 0; r < runs.length; r++) {
				var s = System.nanoTime();
				Coverage.report(grid, districts, OutletKind.EBIKE_REGISTRATION, ebikes, radius);
				runs[r] = System.nanoTime() - s;
			}
			Arrays.sort(runs);
			System.out.printf("coverage EBIKE_REGISTRATION (%d outlets) r=%d m: median %.1f ms, max %.1f ms%n",
					ebikes.size(), radius, runs[5] / 1e6, runs[9] / 1e6);
		}

		// 3. siting
		var newCity = Set.of(DistrictCode.of("420112"), DistrictCode.of("420113"), DistrictCode.of("420114"),
				DistrictCode.of("420115"), DistrictCode.of("420116"), DistrictCode.of("420117"));
		for (var radius : new int[] { 2_000, 5_000 }) {
			for (var allowed : List.<Set<DistrictCode>>of(Set.of(), newCity)) {
				Coverage.plan(grid, OutletKind.EBIKE_REGISTRATION, ebikes, radius, 5, allowed);
				var runs = new long[5];
				for (int r = 0; r < runs.length; r++) {
					var s = System.nanoTime();
					Coverage.plan(grid, OutletKind.EBIKE_REGISTRATION, ebikes, radius, 5, allowed);
					runs[r] = System.nanoTime() - s;
				}
				Arrays.sort(runs);
				System.out.printf("siting 5 EBIKE_REGISTRATION r=%d m %s: median %.1f ms, max %.1f ms%n", radius,
						allowed.isEmpty() ? "citywide" : "new-city districts", runs[2] / 1e6, runs[4] / 1e6);
			}
		}
	}
}
