package org.cheguan.licensing;

import java.util.List;

import org.cheguan.identity.CitizenId;

/**
 * The port to the traffic-violation system (公安交通管理综合应用平台), which keeps the scoring periods (记分周期,
 * 公安部令第163号) of every driver; Cheguan does not run it. The adapter in this module keeps the records in
 * {@code licensing.scoring_period_record}, keyed in by staff through {@code POST /api/v1/admin/scoring-records}; an
 * adapter talking to the platform through a broker would replace it (architecture.md, Beyond one machine).
 * Implementations must be safe to call inside the caller's transaction.
 */
public interface ScoringRecords {

	/**
	 * The periods in which a citizen reached 12 points (满分).
	 *
	 * @param citizen the driver
	 * @return the records, oldest period first; empty when none is known
	 */
	List<TwelvePointRecord> twelvePointPeriods(CitizenId citizen);
}
