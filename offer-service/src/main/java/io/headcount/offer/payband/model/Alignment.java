package io.headcount.offer.payband.model;

import io.headcount.offer.money.Money;

import java.math.BigDecimal;

/**
 * Where an amount sits in a band: BELOW min, WITHIN [min, max] or ABOVE max, and its compa-ratio (amount / midpoint,
 * 1.00 = the midpoint). Comparing amounts in different currencies is refused, never converted.
 */
public record Alignment(Position position, BigDecimal compaRatio) {

    public enum Position {
        BELOW, WITHIN, ABOVE
    }

    public static Alignment of(Money amount, PayBand band) {
        Position position = amount.isBelow(band.min()) ? Position.BELOW
                : amount.isAbove(band.max()) ? Position.ABOVE : Position.WITHIN;
        return new Alignment(position, amount.ratioTo(band.mid(), 2));
    }
}
