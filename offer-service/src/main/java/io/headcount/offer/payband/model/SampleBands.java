package io.headcount.offer.payband.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The bands a new team starts with, derived from the hiring guide's figures (see the README for the derivation):
 * editable data, never used as rules. Mid-level bands take a guide figure as the midpoint and ±15 % around it; the
 * senior band is the guide's range for very strong engineers in the US/Canada.
 */
public final class SampleBands {

    private static final String GLASSDOOR = "Glassdoor via the hiring guide: US median base pay of a backend web "
            + "developer, Oct 2022: 82,462 USD (midpoint; min/max ±15 %)";
    private static final String INDEED = "Indeed via the hiring guide: US average base salary of a backend "
            + "developer: 95,472 USD (midpoint; min/max ±15 %)";
    private static final String ROCKET = "the hiring guide (Rocket): target 140,000–170,000 USD for really "
            + "high-quality full-stack engineers in the US/Canada (min/max; midpoint halfway)";

    public record Sample(BandKey key, BandFigures figures) {
    }

    private SampleBands() {
    }

    public static List<Sample> all() {
        return List.of(
                around("L3", "US", "82462", GLASSDOOR),
                around("L3", "REMOTE-US", "82462", GLASSDOOR),
                around("L4", "US", "95472", INDEED),
                around("L4", "REMOTE-US", "95472", INDEED),
                range("L5", "US", ROCKET),
                range("L5", "REMOTE-US", ROCKET),
                range("L5", "CA", ROCKET));
    }

    private static Sample around(String level, String zone, String midpoint, String source) {
        BigDecimal mid = new BigDecimal(midpoint).setScale(2, RoundingMode.UNNECESSARY);
        return new Sample(new BandKey(level, zone, "USD"), new BandFigures(
                mid.multiply(new BigDecimal("0.85")).setScale(2, RoundingMode.HALF_UP), mid,
                mid.multiply(new BigDecimal("1.15")).setScale(2, RoundingMode.HALF_UP), new BigDecimal("10"),
                2_000L, new BigDecimal("10000.00"), source));
    }

    private static Sample range(String level, String zone, String source) {
        return new Sample(new BandKey(level, zone, "USD"), new BandFigures(new BigDecimal("140000.00"),
                new BigDecimal("155000.00"), new BigDecimal("170000.00"), new BigDecimal("15"), 8_000L,
                new BigDecimal("25000.00"), source));
    }
}
