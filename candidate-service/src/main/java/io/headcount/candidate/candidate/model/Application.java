package io.headcount.candidate.candidate.model;

import io.headcount.events.SourceChannel;

import java.time.Instant;

/** A candidate's candidacy for one requisition: how they were found, and whether they withdrew. */
public record Application(String requisitionId, SourceChannel sourceChannel, Instant sourcedAt,
                          Instant withdrawnAt, String withdrawalReason) {

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    Application withdraw(Instant now, String reason) {
        return new Application(requisitionId, sourceChannel, sourcedAt, now, reason);
    }
}
