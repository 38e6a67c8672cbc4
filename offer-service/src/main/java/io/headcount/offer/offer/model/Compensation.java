package io.headcount.offer.offer.model;

import io.headcount.events.Money;

/**
 * Everything an offer pays, as structured data. Money is decimal strings with a currency; percentages are whole
 * numbers or decimal strings. Optional parts are null.
 */
public record Compensation(Money baseSalary, String bonusTargetPercent, Equity equity, Money signOnBonus,
                           Benefits benefits, Perks perks) {

    /** An equity grant: RSU or OPTIONS, how many units, and the vesting schedule. */
    public record Equity(String grantType, long units, int vestingMonths, int cliffMonths) {
    }

    public record Benefits(String retirementMatchPercent, boolean healthcare, boolean dental, boolean vision) {
    }

    public record Perks(Integer parentalLeaveWeeks, Money trainingBudget, boolean commuterBenefit,
                        Money relocation) {
    }
}
