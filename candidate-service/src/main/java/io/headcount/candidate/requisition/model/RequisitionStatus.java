package io.headcount.candidate.requisition.model;

public enum RequisitionStatus {
    OPEN, CLOSED,
    /** Accepted offers reached the headcount: closed with reason FILLED. */
    FILLED
}
