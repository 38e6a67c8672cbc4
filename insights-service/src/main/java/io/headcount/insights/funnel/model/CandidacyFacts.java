package io.headcount.insights.funnel.model;

import java.time.Instant;
import java.util.Map;

/**
 * What the events said about one candidacy (a candidate in a requisition), as facts that do not depend on the order
 * they arrived in: when each stage was passed or failed, when the offer went out and how it ended. Holds no personal
 * data and not even the candidate's id (the store keys a candidacy by a hash of it, which erasure unlinks).
 */
public record CandidacyFacts(String teamId, String requisitionId, String sourceChannel,
                             Instant sourcedAt, Map<String, Instant> stagesPassed, Map<String, Instant> stagesFailed,
                             Instant loopCompletedAt, Instant offerExtendedAt, Instant offerAcceptedAt,
                             Instant offerDeclinedAt, Instant offerExpiredAt, Instant withdrawnAt) {

    public CandidacyFacts {
        stagesPassed = stagesPassed == null ? Map.of() : Map.copyOf(stagesPassed);
        stagesFailed = stagesFailed == null ? Map.of() : Map.copyOf(stagesFailed);
    }

    public boolean hired() {
        return offerAcceptedAt != null;
    }

    /** Out of the process without a hire: failed a stage, withdrew, declined or let the offer expire. */
    public boolean closedWithoutHire() {
        return !hired() && (!stagesFailed.isEmpty() || withdrawnAt != null || offerDeclinedAt != null
                || offerExpiredAt != null);
    }

    /** When the offer was decided, or null while it is open (or there is none). */
    public Instant offerDecidedAt() {
        return offerAcceptedAt != null ? offerAcceptedAt : offerDeclinedAt != null ? offerDeclinedAt : offerExpiredAt;
    }
}
