package io.headcount.offer.payband.model;

import io.headcount.offer.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** A team's pay band for one level, zone and currency, with the history of its figures. */
public record PayBand(String id, String teamId, BandKey key, BandFigures figures, List<BandChange> history,
                      long version) {

    public PayBand {
        history = List.copyOf(history);
    }

    public static PayBand create(String id, String teamId, BandKey key, BandFigures figures, String by,
                                 Instant now) {
        key.validate();
        figures.validate();
        return new PayBand(id, teamId, key, figures, List.of(change(1, figures, by, now)), 1);
    }

    public PayBand revise(BandFigures newFigures, String by, Instant now) {
        newFigures.validate();
        if (newFigures.equals(figures)) {
            return this;
        }
        List<BandChange> changes = new ArrayList<>(history);
        changes.add(change(version + 1, newFigures, by, now));
        return new PayBand(id, teamId, key, newFigures, changes, version);
    }

    public Money min() {
        return money(figures.min());
    }

    public Money mid() {
        return money(figures.mid());
    }

    public Money max() {
        return money(figures.max());
    }

    public Currency currency() {
        return Currency.getInstance(key.currency());
    }

    private Money money(BigDecimal amount) {
        return new Money(amount, currency());
    }

    private static BandChange change(long version, BandFigures figures, String by, Instant now) {
        return new BandChange(version, now, by, figures.min(), figures.mid(), figures.max(),
                figures.targetBonusPercent(), figures.equityMaxUnits(), figures.signOnMax(), figures.source());
    }
}
