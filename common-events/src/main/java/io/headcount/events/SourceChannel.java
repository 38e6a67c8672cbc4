package io.headcount.events;

/** Where a candidate was found. */
public enum SourceChannel {
    LINKEDIN, JOB_BOARD, REFERRAL, STAFFING_AGENCY, AI_SOURCING, CAREERS_PAGE, OTHER
}
