package org.cheguan.licensing;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cheguan.shared.ResidentIdNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
 * exchange this endpoint is not demo-only: it is how records reach the table in every profile. The checks are in
 * {@link ScoringRecordEntry}.
 */
@RestController
@RequestMapping("/api/v1/admin/scoring-records")
class ScoringRecordController {

	private final ScoringRecordEntry entry;

	ScoringRecordController(ScoringRecordEntry entry) {
		this.entry = entry;
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> record(@Valid @RequestBody NewScoringRecord request, Authentication caller) {
		var idNumber = ResidentIdNumber.of(request.idNumber());
		var kept = entry.keep(idNumber, request.periodStart(), request.periodEnd(), request.reachedOn(),
				caller.getName());
		var body = view(idNumber, kept.record());
		body.put("id", kept.id());
		body.put("recordedAt", kept.recordedAt());
		return ResponseEntity.created(URI.create("/api/v1/admin/scoring-records/" + kept.id())).body(body);
	}

	/** The record a {@code Location} header names; 404 when none has the id. */
	@GetMapping("/{id}")
	Map<String, Object> one(@PathVariable UUID id) {
		var found = entry.find(id);
		var body = view(found.idNumber(), found.kept().record());
		body.put("id", id);
		body.put("recordedAt", found.kept().recordedAt());
		return body;
	}

	@GetMapping
	Map<String, Object> list(@RequestParam String idNumber) {
		var id = ResidentIdNumber.of(idNumber);
		return Map.of("idNumber", id.masked(), "twelvePointPeriods",
				entry.twelvePointPeriods(id).stream().map(record -> view(id, record)).toList());
	}

	private static Map<String, Object> view(ResidentIdNumber idNumber, TwelvePointRecord record) {
		var body = new LinkedHashMap<String, Object>();
		body.put("idNumber", idNumber.masked());
		body.put("periodStart", record.periodStart());
		body.put("periodEnd", record.periodEnd());
		body.put("reachedOn", record.reachedOn());
		return body;
	}

	record NewScoringRecord(@NotBlank @Size(max = 32) String idNumber, @NotNull LocalDate periodStart,
			@Nullable LocalDate periodEnd, @NotNull LocalDate reachedOn) {
	}
}
