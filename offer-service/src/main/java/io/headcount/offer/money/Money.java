package io.headcount.offer.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in one currency, for computing: comparisons and ratios refuse to mix currencies (no silent conversion).
 * The wire form ({@link io.headcount.events.Money}: decimal string and code) is read at the edges.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount);
        Objects.requireNonNull(currency);
        amount = amount.setScale(Math.max(2, amount.scale()), RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currency));
    }

    public static Money of(io.headcount.events.Money wire) {
        return of(wire.amount(), wire.currency());
    }


    public boolean sameCurrencyAs(Money other) {
        return currency.equals(other.currency);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    public boolean isAbove(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isBelow(Money other) {
        return compareTo(other) < 0;
    }

    /** this / other, to {@code scale} decimals (half up). */
    public BigDecimal ratioTo(Money other, int scale) {
        requireSameCurrency(other);
        return amount.divide(other.amount, scale, RoundingMode.HALF_UP);
    }

    private void requireSameCurrency(Money other) {
        if (!sameCurrencyAs(other)) {
            throw new CurrencyMismatchException(this.currency, other.currency);
        }
    }
}
