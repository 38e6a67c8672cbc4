package io.headcount.offer.offer.model;

import io.headcount.plumbing.identity.Role;

import java.time.Instant;

/** One step of an offer's approval chain: which role approves and why it is needed; then who decided, and how. */
public record ApprovalStep(Role role, String reason, String decidedBy, Instant decidedAt, Boolean approved,
                           String rejectionReason) {

    public static ApprovalStep pending(Role role, String reason) {
        return new ApprovalStep(role, reason, null, null, null, null);
    }

    public boolean isDecided() {
        return approved != null;
    }

    ApprovalStep decide(String by, Instant at, boolean approve, String why) {
        return new ApprovalStep(role, reason, by, at, approve, why);
    }

    ApprovalStep withoutPersonalData() {
        return new ApprovalStep(role, reason, decidedBy, decidedAt, approved, null);
    }
}
