package org.cheguan.licensing;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a renewal (换证) or a restoration (恢复驾驶资格) gives: the class held afterwards, the new term and its dates.
 *
 * @param licenceClass the class held after the service; differs from the one before when the holder's age required an
 * exchange (第六十五条)
 * @param term the new term
 * @param validFrom the first day of the new term
 * @param validUntil the last valid day, or null for long-term
 */
public record LicenceRenewal(LicenceClass licenceClass, LicenceTerm term, LocalDate validFrom,
		@Nullable LocalDate validUntil) {
}
