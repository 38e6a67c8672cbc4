package io.headcount.offer.payband.model;

import java.math.BigDecimal;
import java.time.Instant;

/** One entry of a band's history: its figures from {@code at}, set by {@code by}. */
public record BandChange(long version, Instant at, String by, BigDecimal min, BigDecimal mid, BigDecimal max,
                         BigDecimal targetBonusPercent, Long equityMaxUnits, BigDecimal signOnMax, String source) {
}
