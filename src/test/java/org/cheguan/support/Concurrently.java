package org.cheguan.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

/** Runs one call many times at once, each on its own thread, for the tests that race requests for one thing. */
public final class Concurrently {

	private Concurrently() {
	}

	/**
	 * @param times how many calls, all started together
	 * @param call one call, answering an HTTP status
	 * @return the statuses, in the order the calls were made
	 */
	public static List<Integer> statuses(int times, Callable<Integer> call) throws Exception {
		var calls = new ArrayList<Callable<Integer>>();
		for (int i = 0; i < times; i++) {
			calls.add(call);
		}
		var pool = Executors.newFixedThreadPool(times);
		var statuses = new ArrayList<Integer>();
		try {
			for (var future : pool.invokeAll(calls)) {
				statuses.add(future.get());
			}
		}
		finally {
			pool.shutdown();
		}
		return statuses;
	}

}
