package io.headcount.interview.plan.model;

/** How a technical round is run (the guide: a live exercise in an allotted time, or a take-home project). */
public enum StageFormat {
    LIVE_EXERCISE, TAKE_HOME
}
