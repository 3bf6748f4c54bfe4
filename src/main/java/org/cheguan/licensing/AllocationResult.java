package org.cheguan.licensing;

import java.util.List;

/**
 * Outcome of one allocation round ({@link SeatAllocation#allocate}).
 *
 * @param placements the seats given, in ranking order; unmodifiable
 * @param decisions one decision per request, in ranking order (the i-th has rank i + 1); unmodifiable
 */
public record AllocationResult(List<Placement> placements, List<Decision> decisions) {

	/**
	 * Keeps the lists as given when they are already unmodifiable; copies otherwise.
	 */
	public AllocationResult {
		placements = List.copyOf(placements);
		decisions = List.copyOf(decisions);
	}
}
