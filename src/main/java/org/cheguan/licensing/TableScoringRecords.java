package org.cheguan.licensing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.shared.Conflict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The adapter of {@link ScoringRecords} on {@code licensing.scoring_period_record}: the 12-point periods staff key in
 * from the traffic-violation system through {@code POST /api/v1/admin/scoring-records}, one per citizen and period.
 * A broker adapter to the platform would replace this class; the rules read only the port.
 */
@Component
@Transactional
class TableScoringRecords implements ScoringRecords {

	private final JdbcClient jdbc;

	private final Clock clock;

	TableScoringRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<TwelvePointRecord> twelvePointPeriods(CitizenId citizen) {
		return jdbc.sql("""
				select period_start, period_end, reached_on from licensing.scoring_period_record
				where citizen_id = :citizen order by period_start""")
			.param("citizen", citizen.value())
			.query((rs, n) -> new TwelvePointRecord(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class)))
			.list();
	}

	/**
	 * Keeps a 12-point period of a citizen.
	 *
	 * @param citizen the driver
	 * @param record the period and the day 12 points were reached
	 * @param recordedBy the staff user name
	 * @return the kept record with its id and time
	 * @throws Conflict (409) when a record of that period is already kept
	 */
	Kept record(CitizenId citizen, TwelvePointRecord record, String recordedBy) {
		var id = UUID.randomUUID();
		var now = clock.instant();
		var inserted = jdbc.sql("""
				insert into licensing.scoring_period_record (id, citizen_id, period_start, period_end, reached_on,
				  recorded_by, recorded_at)
				values (:id, :citizen, :start, :end, :reached, :by, :at)
				on conflict (citizen_id, period_start) do nothing""")
			.param("id", id)
			.param("citizen", citizen.value())
			.param("start", record.periodStart())
			.param("end", record.periodEnd())
			.param("reached", record.reachedOn())
			.param("by", recordedBy)
			.param("at", Timestamp.from(now))
			.update();
		if (inserted != 1) {
			throw Conflict.of("licensing.scoring-record.exists", record.periodStart(), record.periodEnd());
		}
		return new Kept(id, record, now);
	}

	/**
	 * @param id a kept record's id
	 * @return the record with the citizen it belongs to, if kept
	 */
	@Transactional(readOnly = true)
	java.util.Optional<Owned> find(UUID id) {
		return jdbc.sql("""
				select citizen_id, period_start, period_end, reached_on, recorded_at
				from licensing.scoring_period_record where id = :id""")
			.param("id", id)
			.query((rs, n) -> new Owned(new CitizenId(rs.getObject(1, UUID.class)), new Kept(id,
					new TwelvePointRecord(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
							rs.getObject(4, LocalDate.class)), rs.getTimestamp(5).toInstant())))
			.optional();
	}

	/**
	 * A kept record and whose it is.
	 *
	 * @param citizen the driver
	 * @param kept the record
	 */
	record Owned(CitizenId citizen, Kept kept) {
	}

	/**
	 * A kept record.
	 *
	 * @param id its id
	 * @param record the period
	 * @param recordedAt when it was keyed in
	 */
	record Kept(UUID id, TwelvePointRecord record, Instant recordedAt) {
	}
}
