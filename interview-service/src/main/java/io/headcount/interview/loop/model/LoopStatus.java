package io.headcount.interview.loop.model;

public enum LoopStatus {
    /** Stages are being decided. */
    OPEN,
    /** Every stage passed: the candidate may get an offer. */
    COMPLETED,
    /** Rejected at a stage. */
    REJECTED,
    /** The candidate withdrew. */
    CLOSED,
    /** The candidate accepted an offer. */
    HIRED
}
