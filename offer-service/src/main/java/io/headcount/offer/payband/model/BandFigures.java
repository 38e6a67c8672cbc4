package io.headcount.offer.payband.model;

import io.headcount.plumbing.domain.InvalidFieldException;

import java.math.BigDecimal;

/**
 * A band's figures: base salary min ≤ midpoint ≤ max (in the band's currency), optional target bonus %, the most
 * equity units and the largest sign-on bonus that stay within the band, and where the figures come from.
 */
public record BandFigures(BigDecimal min, BigDecimal mid, BigDecimal max, BigDecimal targetBonusPercent,
                          Long equityMaxUnits, BigDecimal signOnMax, String source) {

    private static final BigDecimal MOST = new BigDecimal("100000000");

    public void validate() {
        positive("min", min);
        positive("mid", mid);
        positive("max", max);
        if (min.compareTo(mid) > 0) {
            throw new InvalidFieldException("mid", "must be at least min " + min.toPlainString());
        }
        if (mid.compareTo(max) > 0) {
            throw new InvalidFieldException("max", "must be at least mid " + mid.toPlainString());
        }
        if (targetBonusPercent != null && (targetBonusPercent.signum() < 0
                || targetBonusPercent.compareTo(new BigDecimal("200")) > 0)) {
            throw new InvalidFieldException("targetBonusPercent", "must be between 0 and 200");
        }
        if (equityMaxUnits != null && equityMaxUnits < 0) {
            throw new InvalidFieldException("equityMaxUnits", "must not be negative");
        }
        if (signOnMax != null && signOnMax.signum() < 0) {
            throw new InvalidFieldException("signOnMax", "must not be negative");
        }
        if (source != null && source.length() > 500) {
            throw new InvalidFieldException("source", "at most 500 characters");
        }
    }

    private static void positive(String field, BigDecimal value) {
        if (value == null || value.signum() <= 0 || value.compareTo(MOST) >= 0 || value.scale() > 2) {
            throw new InvalidFieldException(field, "must be a positive amount below 100,000,000 with at most 2 "
                    + "decimals");
        }
    }
}
