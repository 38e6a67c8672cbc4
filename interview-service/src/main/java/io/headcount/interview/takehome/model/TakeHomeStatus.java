package io.headcount.interview.takehome.model;

public enum TakeHomeStatus {
    /** Given to the candidate; due at the deadline. */
    ASSIGNED,
    /** Handed in; waiting for the reviewers' scorecards. */
    SUBMITTED,
    /** The reviewers scored it. */
    REVIEWED,
    /** The deadline passed without a submission. */
    EXPIRED
}
