package io.headcount.offer.offer.model;

import io.headcount.events.WorkMode;

import java.time.Instant;
import java.time.LocalDate;

/** What one version of an offer says. */
public record OfferTerms(Compensation compensation, WorkMode workMode, LocalDate startDate, Instant expiresAt) {

    /** Milliseconds, as the store keeps them: what is published is what is read back later. */
    public OfferTerms {
        expiresAt = expiresAt == null ? null : expiresAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** The terms as subscribers receive them (OfferDrafted, OfferAccepted): the one mapping to the wire record. */
    public io.headcount.events.offer.OfferTerms toEvent() {
        Compensation pay = compensation;
        Compensation.Equity equity = pay.equity();
        Compensation.Benefits benefits = pay.benefits();
        Compensation.Perks perks = pay.perks();
        return new io.headcount.events.offer.OfferTerms(pay.baseSalary(), pay.bonusTargetPercent(),
                equity == null ? null : new io.headcount.events.offer.OfferTerms.Equity(equity.grantType(),
                        equity.units(), equity.vestingMonths(), equity.cliffMonths()),
                pay.signOnBonus(),
                benefits == null ? null : new io.headcount.events.offer.OfferTerms.Benefits(
                        benefits.retirementMatchPercent(), benefits.healthcare(), benefits.dental(),
                        benefits.vision()),
                perks == null ? null : new io.headcount.events.offer.OfferTerms.Perks(perks.parentalLeaveWeeks(),
                        perks.trainingBudget(), perks.commuterBenefit(), perks.relocation()),
                workMode, startDate, expiresAt);
    }
}
