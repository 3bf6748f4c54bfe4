package org.cheguan.vehicles;

/**
 * States of a coordination case with another office (协调工单): opened → requested at origin → origin responded → data
 * re-transmitted → resolved, or failed from any open state.
 */
public enum CoordinationState {

	/** Opened automatically when a transfer-in was blocked. */
	OPENED,

	/** The clearance request went to the origin office through the exchange. */
	REQUESTED_AT_ORIGIN,

	/** The origin office answered (its pending business closed or its status cleared). */
	ORIGIN_RESPONDED,

	/** The provincial technology department re-sent the vehicle file. */
	DATA_RETRANSMITTED,

	/** The blockers are gone and the transfer-in completed. */
	RESOLVED,

	/** The case could not be cleared; the transfer-in is refused. */
	FAILED;

	/** @return whether the case is finished */
	public boolean closed() {
		return this == RESOLVED || this == FAILED;
	}
}
