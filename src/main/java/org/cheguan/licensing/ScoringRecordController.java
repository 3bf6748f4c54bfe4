package org.cheguan.licensing;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cheguan.identity.CitizenId;
import org.cheguan.identity.Citizens;
import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.NotFound;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.shared.StateChanged;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 12-point scoring periods (记分周期 with 满分, 公安部令第163号) of a citizen, keyed in by an administrator from the
 * traffic-violation system, which Cheguan does not run (ADMIN, as every {@code /api/v1/admin/**} path):
 * {@code POST /api/v1/admin/scoring-records {idNumber, periodStart, periodEnd?, reachedOn}} answers 201 with the record
 * and the citizen's ID number masked; {@code GET /api/v1/admin/scoring-records?idNumber=} lists a citizen's records.
 * The period runs 12 months ({@code periodEnd}, when given, must be the day before the start's first anniversary);
 * when the citizen holds a licence here it must start on an anniversary of the first licence's issue date
 * ({@link ScoringPeriods}); the date reached lies within the period and not in the future. Bad input is a 400
 * {@code validation} problem, an unknown citizen 404, a period already kept 409. Unlike the vehicles module's demo
 * exchange this endpoint is not demo-only: it is how records reach the table in every profile.
 */
@RestController
@RequestMapping("/api/v1/admin/scoring-records")
class ScoringRecordController {

	private static final Logger log = LoggerFactory.getLogger(ScoringRecordController.class);

	private final TableScoringRecords records;

	private final Citizens citizens;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ScoringRecordController(TableScoringRecords records, Citizens citizens, JdbcClient jdbc, Clock clock,
			ApplicationEventPublisher events) {
		this.records = records;
		this.citizens = citizens;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	@PostMapping
	@Transactional
	ResponseEntity<Map<String, Object>> record(@Valid @RequestBody NewRecord request, Authentication caller) {
		var idNumber = ResidentIdNumber.of(request.idNumber());
		var citizen = citizen(idNumber);
		var start = request.periodStart();
		var end = request.periodEnd() == null ? ScoringPeriods.endOfPeriodFrom(start) : request.periodEnd();
		if (!ScoringPeriods.isTwelveMonths(start, end)) {
			throw new InvalidValue(InvalidValue.VALIDATION, "licensing.scoring-record.twelve-months",
					ScoringPeriods.RULE_SCORING_PERIOD, start, ScoringPeriods.endOfPeriodFrom(start));
		}
		var reached = request.reachedOn();
		if (reached.isBefore(start) || reached.isAfter(end)) {
			throw new InvalidValue(InvalidValue.VALIDATION, "licensing.scoring-record.outside-period", null, reached,
					start, end);
		}
		if (reached.isAfter(OfficeTime.today(clock))) {
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
		var kept = records.record(citizen, new TwelvePointRecord(start, end, reached), caller.getName());
		events.publishEvent(StateChanged.created("licensing.scoring-record.recorded", "scoring-period-record",
				kept.id().toString(), "12 points on " + reached + " in " + start + ".." + end + " for "
						+ idNumber.masked()));
		log.info("12-point period {}..{} recorded for {}", start, end, idNumber.masked());
		var body = view(idNumber, kept.record());
		body.put("id", kept.id());
		body.put("recordedAt", kept.recordedAt());
		return ResponseEntity.created(URI.create("/api/v1/admin/scoring-records/" + kept.id())).body(body);
	}

	@GetMapping
	@Transactional(readOnly = true)
	Map<String, Object> list(@RequestParam String idNumber) {
		var id = ResidentIdNumber.of(idNumber);
		var kept = records.twelvePointPeriods(citizen(id));
		return Map.of("idNumber", id.masked(), "twelvePointPeriods",
				kept.stream().map(record -> view(id, record)).toList());
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

	private static Map<String, Object> view(ResidentIdNumber idNumber, TwelvePointRecord record) {
		var body = new LinkedHashMap<String, Object>();
		body.put("idNumber", idNumber.masked());
		body.put("periodStart", record.periodStart());
		body.put("periodEnd", record.periodEnd());
		body.put("reachedOn", record.reachedOn());
		return body;
	}

	record NewRecord(@NotBlank @Size(max = 32) String idNumber, @NotNull LocalDate periodStart,
			@Nullable LocalDate periodEnd, @NotNull LocalDate reachedOn) {
	}
}
