package org.cheguan.licensing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One renewal, restoration, failed restoration test, extension beyond 63 or exchange for a lower class of a licence,
 * as kept. For an exchange ({@link LicenceServiceKind#CLASS_EXCHANGE}) the term and last valid day are the licence's
 * own, unchanged, and {@code validFrom} is the day of the exchange.
 *
 * @param id the service
 * @param kind what was done
 * @param doneOn the date
 * @param classBefore the class held before
 * @param classAfter the class held after (changed by an exchange at 63 or 70)
 * @param term the new term, or null for a failed test
 * @param validFrom the first day of the new term, or null
 * @param validUntil the new last valid day, or null (long-term, or a failed test); for an extension beyond 63 the
 * last day the large class may be driven
 * @param twelvePointPeriod whether a 12-point scoring period was declared for the term
 * @param medicalCertificateOn the medical certificate's date, or null
 * @param subject1Score the restoration's Subject 1 score, or null for a renewal
 * @param recordedAt when
 * @param threeAbilityTestsOn for an extension beyond 63, the date the three-ability tests were passed; otherwise null
 */
public record LicenceServiceView(UUID id, LicenceServiceKind kind, LocalDate doneOn, LicenceClass classBefore,
		LicenceClass classAfter, @Nullable LicenceTerm term, @Nullable LocalDate validFrom,
		@Nullable LocalDate validUntil, boolean twelvePointPeriod, @Nullable LocalDate medicalCertificateOn,
		@Nullable Integer subject1Score, Instant recordedAt, @Nullable LocalDate threeAbilityTestsOn) {
}
