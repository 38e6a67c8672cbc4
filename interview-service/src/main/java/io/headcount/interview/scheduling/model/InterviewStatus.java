package io.headcount.interview.scheduling.model;

public enum InterviewStatus {
    SCHEDULED, CANCELLED
}
