package org.cheguan.licensing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.identity.Citizens;
import org.cheguan.shared.Conflict;
import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.NotFound;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.shared.StateChanged;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keys in a 12-point scoring period from the traffic-violation system ({@link TableScoringRecords}), checked first:
 * 12 months (公安部令第163号 第三条; {@link ScoringPeriods#isTwelveMonths}), starting on an anniversary of the citizen's
 * first licence here and not before it, the day reached within the period and not in the future. Audited with the
 * citizen masked.
 */
@Service
@Transactional
class ScoringRecordEntry {

	private static final Logger log = LoggerFactory.getLogger(ScoringRecordEntry.class);

	private final TableScoringRecords records;

	private final Citizens citizens;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ScoringRecordEntry(TableScoringRecords records, Citizens citizens, JdbcClient jdbc, Clock clock,
			ApplicationEventPublisher events) {
		this.records = records;
		this.citizens = citizens;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * @param idNumber the driver
	 * @param start the period's first day
	 * @param end the period's last day, or null for the day before the start's first anniversary
	 * @param reached the day 12 points were reached
	 * @param recordedBy the staff user name
	 * @return the kept record
	 * @throws InvalidValue (400) when the period or the day is wrong
	 * @throws NotFound (404) when the citizen is not known here
	 * @throws Conflict (409) when the period is already kept
	 */
	TableScoringRecords.Kept keep(ResidentIdNumber idNumber, LocalDate start, @Nullable LocalDate end,
			LocalDate reached, String recordedBy) {
		var citizen = citizen(idNumber);
		// a period lies between the holder's birth and today: this also keeps every date computed from it in range
		var today = OfficeTime.today(clock);
		if (start.isBefore(idNumber.birthDate()) || start.isAfter(today)) {
			throw new InvalidValue(InvalidValue.VALIDATION, "licensing.scoring-record.start-out-of-range",
					ScoringPeriods.RULE_SCORING_PERIOD, start, idNumber.birthDate(), today);
		}
		var last = end == null ? ScoringPeriods.endOfPeriodFrom(start) : end;
		if (!ScoringPeriods.isTwelveMonths(start, last)) {
			throw new InvalidValue(InvalidValue.VALIDATION, "licensing.scoring-record.twelve-months",
					ScoringPeriods.RULE_SCORING_PERIOD, start, ScoringPeriods.endOfPeriodFrom(start));
		}
		if (reached.isBefore(start) || reached.isAfter(last)) {
			throw new InvalidValue(InvalidValue.VALIDATION, "licensing.scoring-record.outside-period", null, reached,
					start, last);
		}
		if (reached.isAfter(today)) {
			throw new InvalidValue(InvalidValue.VALIDATION, "licensing.application.future-date", null, reached);
		}
		var firstIssued = firstIssued(citizen);
		if (firstIssued != null) {
			if (start.isBefore(firstIssued)) {
				throw new InvalidValue(InvalidValue.VALIDATION, "licensing.scoring-record.before-first-licence",
						ScoringPeriods.RULE_SCORING_PERIOD, start, firstIssued);
			}
			var period = ScoringPeriods.periodOn(firstIssued, start);
			if (!period.start().equals(start)) {
				throw new InvalidValue(InvalidValue.VALIDATION, "licensing.scoring-record.not-aligned",
						ScoringPeriods.RULE_SCORING_PERIOD, start, firstIssued, period.start(), period.end());
			}
		}
		var kept = records.record(citizen, new TwelvePointRecord(start, last, reached), recordedBy);
		events.publishEvent(StateChanged.created("licensing.scoring-record.recorded", "scoring-period-record",
				kept.id().toString(), "12 points on " + reached + " in " + start + ".." + last + " for "
						+ idNumber.masked()));
		log.info("12-point period {}..{} recorded for {}", start, last, idNumber.masked());
		return kept;
	}

	/**
	 * @param idNumber a driver
	 * @return the driver's 12-point periods, oldest first
	 * @throws NotFound (404) when the citizen is not known here
	 */
	@Transactional(readOnly = true)
	List<TwelvePointRecord> twelvePointPeriods(ResidentIdNumber idNumber) {
		return records.twelvePointPeriods(citizen(idNumber));
	}

	/**
	 * @param id a kept record's id
	 * @return the record and the holder's ID number
	 * @throws NotFound (404) when no record has that id
	 */
	@Transactional(readOnly = true)
	Found find(UUID id) {
		var owned = records.find(id).orElseThrow(() -> new NotFound("scoring-record", id));
		return new Found(citizens.profile(owned.citizen()).idNumber(), owned.kept());
	}

	/** A kept record with the holder's ID number, for an answer that shows it masked. */
	record Found(ResidentIdNumber idNumber, TableScoringRecords.Kept kept) {
	}

	private CitizenId citizen(ResidentIdNumber idNumber) {
		return citizens.findByIdNumber(idNumber).orElseThrow(() -> new NotFound("citizen", idNumber.masked()));
	}

	private @Nullable LocalDate firstIssued(CitizenId citizen) {
		return jdbc.sql("""
				select min(licence_issued_on) from licensing.licence_application
				where citizen_id = :citizen and status = 'LICENSED'""")
			.param("citizen", citizen.value())
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}
}
