package io.headcount.interview.scorecard.model;

public enum ScorecardStatus {
    DRAFT, SUBMITTED
}
