package org.cheguan.licensing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Timing harness for {@link SeatAllocation#allocate}, not a test: a seeded city-sized round of 100,000 requests over
 * 2,000 exam sessions (200 venues × 10 sessions, 30–60 seats each) with 5 preferences, popularity skewed towards a few
 * venues and early sessions. Warms up 5 times, then times 10 runs and prints min/median/max in ms. Run with
 * {@code bench/allocation.sh}. Arguments (optional): requests, sessions, seed.
 */
public final class SeatAllocationBenchmark {

	private SeatAllocationBenchmark() {
	}

	/**
	 * Builds the instance, runs the allocation and prints the timings.
	 *
	 * @param args optional: number of requests (100000), number of sessions (2000), seed (20261120)
	 */
	public static void main(String[] args) {
		int requestCount = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int sessionCount = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
		long seed = args.length > 2 ? Long.parseLong(args[2]) : 20_261_120L;
		var random = new Random(seed);

		// sessions: venue v has sessions v*10 .. v*10+9; popularity = venue weight (Zipf-like) × session weight
		int sessionsPerVenue = 10;
		var sessions = new UUID[sessionCount];
		var freeSeats = new HashMap<UUID, Integer>();
		var cumulative = new double[sessionCount];
		double total = 0;
		for (int s = 0; s < sessionCount; s++) {
			sessions[s] = new UUID(random.nextLong(), random.nextLong());
			freeSeats.put(sessions[s], 30 + random.nextInt(31));
			int venue = s / sessionsPerVenue;
			int slot = s % sessionsPerVenue;
			total += 1.0 / Math.pow(venue + 1, 0.9) * (slot < 3 ? 3.0 : 1.0);
			cumulative[s] = total;
		}
		int seatTotal = freeSeats.values().stream().mapToInt(Integer::intValue).sum();

		var requests = new ArrayList<AllocationRequest>(requestCount);
		var base = Instant.parse("2026-09-01T00:00:00Z");
		for (int r = 0; r < requestCount; r++) {
			var preferences = new LinkedHashSet<UUID>();
			while (preferences.size() < AllocationRequest.MAX_PREFERENCES) {
				int index = Arrays.binarySearch(cumulative, random.nextDouble() * total);
				preferences.add(sessions[index >= 0 ? index : -index - 1]);
			}
			// sort times to the second over ~80 days: many equal times, so ties by application id happen
			var sortTime = base.plusSeconds(random.nextInt(7_000_000));
			requests.add(new AllocationRequest(new UUID(random.nextLong(), random.nextLong()),
					new UUID(random.nextLong(), random.nextLong()), sortTime, List.copyOf(preferences),
					random.nextInt(1_000) == 0));
		}

		System.out.printf("instance: %,d requests x %,d sessions (%,d seats) x %d preferences, seed %d, %d cores%n",
				requestCount, sessionCount, seatTotal, AllocationRequest.MAX_PREFERENCES, seed,
				Runtime.getRuntime().availableProcessors());
		AllocationResult result = null;
		for (int i = 0; i < 5; i++) {
			result = SeatAllocation.allocate(requests, freeSeats);
		}
		var millis = new double[10];
		for (int i = 0; i < millis.length; i++) {
			long start = System.nanoTime();
			result = SeatAllocation.allocate(requests, freeSeats);
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		report(result, millis);
	}

	private static void report(AllocationResult result, double[] sortedMillis) {
		int placed = result.placements().size();
		int unplaced = result.decisions().size() - placed;
		var byChoice = new int[AllocationRequest.MAX_PREFERENCES];
		result.placements().forEach(placement -> byChoice[placement.preferenceIndex()]++);
		System.out.printf("allocate: min %.1f ms, median %.1f ms, max %.1f ms (10 runs after 5 warm-ups)%n",
				sortedMillis[0], (sortedMillis[4] + sortedMillis[5]) / 2, sortedMillis[sortedMillis.length - 1]);
		System.out.printf("placed %,d, unplaced %,d; placed by choice 1..5: %s%n", placed, unplaced,
				Arrays.toString(byChoice));
	}
}
