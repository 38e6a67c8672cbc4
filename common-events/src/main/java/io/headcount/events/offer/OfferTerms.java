package io.headcount.events.offer;

import io.headcount.events.Money;
import io.headcount.events.WorkMode;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The full terms of one offer version, as subscribers (payroll, HRIS) receive them in {@link OfferDrafted} and
 * {@link OfferAccepted}. Money is decimal strings with a currency; percentages are decimal strings; optional parts
 * are null.
 */
public record OfferTerms(Money baseSalary, String bonusTargetPercent, Equity equity, Money signOnBonus,
                         Benefits benefits, Perks perks, WorkMode workMode, LocalDate startDate, Instant expiresAt) {

    /** An equity grant: RSU or OPTIONS, how many units, and the vesting schedule. */
    public record Equity(String grantType, long units, int vestingMonths, int cliffMonths) {
    }

    public record Benefits(String retirementMatchPercent, boolean healthcare, boolean dental, boolean vision) {
    }

    public record Perks(Integer parentalLeaveWeeks, Money trainingBudget, boolean commuterBenefit, Money relocation) {
    }
}
