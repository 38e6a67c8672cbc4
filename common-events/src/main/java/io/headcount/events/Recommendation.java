package io.headcount.events;

public enum Recommendation {
    STRONG_NO, NO, YES, STRONG_YES
}
