package org.cheguan.licensing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A session to add to the exam plan ({@code POST /api/v1/exam-sessions}, ADMIN).
 *
 * @param venueId the venue
 * @param subject the subject
 * @param date exam date, today or later (office date)
 * @param startTime start time
 * @param capacity seats, 1 to 1,000
 */
public record NewExamSession(@NotNull UUID venueId, @NotNull Subject subject, @NotNull LocalDate date,
		@NotNull LocalTime startTime, @NotNull @Min(1) @Max(1000) Integer capacity) {
}
