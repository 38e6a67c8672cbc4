package io.headcount.events;

public enum WorkMode {
    REMOTE, HYBRID, ONSITE
}
