package org.cheguan.licensing;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/exam-allocations {subject, from, to}} (ADMIN) → {@code {allocated, unallocated, …}}. */
@RestController
class ExamAllocationController {

	private final ExamBookings bookings;

	ExamAllocationController(ExamBookings bookings) {
		this.bookings = bookings;
	}

	@PostMapping("/api/v1/exam-allocations")
	AllocationRunResult run(@Valid @RequestBody Run request) {
		return bookings.allocate(request.subject(), request.from(), request.to());
	}

	record Run(@NotNull Subject subject, @NotNull LocalDate from, @NotNull LocalDate to) {
	}
}
