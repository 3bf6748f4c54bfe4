package org.cheguan.licensing;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The exam plan over HTTP (api-contract.md, Licensing): {@code GET /api/v1/exam-venues},
 * {@code GET /api/v1/exam-sessions?subject=&from=&to=&venueId=} (public), {@code POST /api/v1/exam-sessions} (ADMIN).
 */
@RestController
class ExamPlanController {

	private final ExamPlan plan;

	private final ExamBookings bookings;

	ExamPlanController(ExamPlan plan, ExamBookings bookings) {
		this.plan = plan;
		this.bookings = bookings;
	}

	/** {@code POST /api/v1/exam-venues/{id}/outages {from, to, reason}} (ADMIN). */
	@PostMapping("/api/v1/exam-venues/{id}/outages")
	OutageOutcome outage(@PathVariable UUID id, @Valid @RequestBody Outage request) {
		return bookings.outage(id, request.from(), request.to(), request.reason().strip());
	}

	record Outage(@jakarta.validation.constraints.NotNull LocalDate from,
			@jakarta.validation.constraints.NotNull LocalDate to,
			@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 200) String reason) {
	}

	@GetMapping("/api/v1/exam-venues")
	List<VenueView> venues() {
		return plan.venues().stream().map(VenueView::of).toList();
	}

	@GetMapping("/api/v1/exam-venues/{id}")
	VenueView venue(@PathVariable UUID id) {
		return VenueView.of(plan.venue(id));
	}

	@GetMapping("/api/v1/exam-sessions")
	List<SessionView> sessions(@RequestParam(required = false) @Nullable Subject subject,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable UUID venueId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		return plan.sessions(subject, from, to, venueId, page, size).stream().map(SessionView::of).toList();
	}

	@GetMapping("/api/v1/exam-sessions/{id}")
	SessionView session(@PathVariable UUID id) {
		return SessionView.of(plan.session(id));
	}

	@PostMapping("/api/v1/exam-sessions")
	ResponseEntity<SessionView> addSession(@Valid @RequestBody NewExamSession request) {
		var session = plan.addSession(request);
		return ResponseEntity.created(URI.create("/api/v1/exam-sessions/" + session.id())).body(SessionView.of(session));
	}

	record LatLon(double lat, double lon) {
	}

	record VenueView(UUID id, String name, String districtCode, LatLon location, Set<Subject> subjects, boolean demo) {

		static VenueView of(ExamVenue venue) {
			return new VenueView(venue.id(), venue.name(), venue.districtCode().value(),
					new LatLon(venue.location().latitude(), venue.location().longitude()), venue.subjects(),
					venue.demo());
		}
	}

	record SessionView(UUID id, UUID venueId, Subject subject, LocalDate date, String startTime, int capacity,
			int booked, int freeSeats, ExamSession.Status status) {

		static SessionView of(ExamSession session) {
			return new SessionView(session.id(), session.venueId(), session.subject(), session.date(),
					session.startTime().toString(), session.capacity(), session.booked(), session.freeSeats(),
					session.status());
		}
	}
}
