package io.headcount.offer.offer.model;

import io.headcount.offer.money.Money;
import io.headcount.offer.payband.model.ApprovalRules;
import io.headcount.offer.payband.model.PayBand;
import io.headcount.plumbing.identity.Role;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who must approve an offer, from the team's rules and the requisition's band: within the band one APPROVER (or
 * nobody, if the rules say so); base above the band's max, equity or a sign-on above the band's limits, or no band
 * in the offer's currency: an APPROVER, then a TEAM_ADMIN (the executive step).
 */
public final class ApprovalChain {

    private ApprovalChain() {
    }

    public static List<ApprovalStep> compute(Compensation compensation, Optional<PayBand> band, ApprovalRules rules) {
        List<String> outside = reasonsOutside(compensation, band);
        if (outside.isEmpty()) {
            return rules.approvalWithinBand()
                    ? List.of(ApprovalStep.pending(Role.APPROVER, "within the band"))
                    : List.of();
        }
        String why = String.join("; ", outside);
        return List.of(ApprovalStep.pending(Role.APPROVER, why), ApprovalStep.pending(Role.TEAM_ADMIN, why));
    }

    static List<String> reasonsOutside(Compensation compensation, Optional<PayBand> band) {
        List<String> reasons = new ArrayList<>();
        Money base = Money.of(compensation.baseSalary());
        if (band.isEmpty()) {
            reasons.add("no pay band for the requisition in " + base.currency().getCurrencyCode());
            return reasons;
        }
        PayBand payBand = band.get();
        if (base.isAbove(payBand.max())) {
            reasons.add("base " + base.amount().toPlainString() + " above the band's max "
                    + payBand.figures().max().toPlainString());
        }
        Long equityMax = payBand.figures().equityMaxUnits();
        if (compensation.equity() != null && equityMax != null && compensation.equity().units() > equityMax) {
            reasons.add("equity " + compensation.equity().units() + " units above the band's " + equityMax);
        }
        BigDecimal signOnMax = payBand.figures().signOnMax();
        if (compensation.signOnBonus() != null && signOnMax != null
                && Money.of(compensation.signOnBonus()).isAbove(new Money(signOnMax, payBand.currency()))) {
            reasons.add("sign-on " + compensation.signOnBonus().amount() + " above the band's "
                    + signOnMax.toPlainString());
        }
        return reasons;
    }
}
