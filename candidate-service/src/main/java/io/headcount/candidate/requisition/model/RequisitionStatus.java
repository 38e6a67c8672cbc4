package io.headcount.candidate.requisition.model;

public enum RequisitionStatus {
    OPEN, CLOSED
}
