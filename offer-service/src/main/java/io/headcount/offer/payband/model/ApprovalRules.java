package io.headcount.offer.payband.model;

/**
 * A team's approval rules. Outside the band (base above max, equity or sign-on above the band's limits, or no band
 * at all) an offer always needs an APPROVER and then a TEAM_ADMIN (the executive step). Within the band it needs one
 * APPROVER unless {@code approvalWithinBand} is false, when a draft may be extended directly.
 */
public record ApprovalRules(boolean approvalWithinBand, long version) {

    public static ApprovalRules defaults() {
        return new ApprovalRules(true, 0);
    }
}
