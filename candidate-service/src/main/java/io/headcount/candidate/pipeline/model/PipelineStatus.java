package io.headcount.candidate.pipeline.model;

/**
 * Where a candidacy stands. Ranks only grow: a late, older event never moves a candidate backwards, and the
 * terminal statuses outrank every step of the process.
 */
public enum PipelineStatus {
    SOURCED(10), SCREENING(20), INTERVIEWING(30), OFFER_EXTENDED(40),
    /** The candidate declined the extended offer, or let it expire unanswered. */
    OFFER_DECLINED(44),
    /** The company withdrew the offer (or the requisition closed before it was answered). */
    OFFER_RESCINDED(46),
    HIRED(50), REJECTED(60), WITHDRAWN(70);

    private final int rank;

    PipelineStatus(int rank) {
        this.rank = rank;
    }

    public boolean isTerminal() {
        return rank >= HIRED.rank;
    }

    public PipelineStatus furthest(PipelineStatus other) {
        return other == null || rank >= other.rank ? this : other;
    }

    public int rank() {
        return rank;
    }
}
