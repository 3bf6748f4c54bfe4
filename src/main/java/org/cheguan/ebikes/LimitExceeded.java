package org.cheguan.ebikes;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One limit of GB 17761 that a bike exceeds, as listed in the 422 {@code rule-violation} problem's {@code violations}
 * member: {@code {limit, standard, rule, maximum, value, unit}}.
 *
 * @param limit the limit
 * @param standard the standard the bike is held to
 * @param rule the clause, e.g. {@code GB-17761-2024-4.1.2}
 * @param maximum the limit's value in {@link #unit}, or null for a yes/no requirement (pedals, certificate)
 * @param value the bike's value in {@link #unit}, or null for a yes/no requirement
 * @param unit {@code km/h}, {@code kg}, {@code V}, {@code W}, or null
 */
public record LimitExceeded(EbikeLimit limit, EbikeStandard standard, String rule, @Nullable BigDecimal maximum,
		@Nullable BigDecimal value, @Nullable String unit) {
}
