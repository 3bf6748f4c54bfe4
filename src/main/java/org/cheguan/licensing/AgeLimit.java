package org.cheguan.licensing;

import org.jspecify.annotations.Nullable;

/**
 * The age limits (周岁) for applying for one licence class on one date (公安部令第162号 第十四条 as amended by 第172号).
 * How the ceiling is applied (exclusive or inclusive) is {@link LicensingPolicy#upperAgeInclusive()}.
 *
 * @param minimumAge the minimum age, inclusive
 * @param ceilingAge the ceiling age, or null when there is none (C1, C2, C5, F)
 * @param rule the source, {@code MPS-162-art-14} (2022-04-01 … 2024-12-31) or {@code MPS-172-art-14} (from 2025-01-01)
 */
public record AgeLimit(int minimumAge, @Nullable Integer ceilingAge, String rule) {
}
