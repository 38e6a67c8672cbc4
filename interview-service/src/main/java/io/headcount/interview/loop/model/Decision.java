package io.headcount.interview.loop.model;

public enum Decision {
    ADVANCE, REJECT
}
