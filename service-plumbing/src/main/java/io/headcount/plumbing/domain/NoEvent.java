package io.headcount.plumbing.domain;

import io.headcount.events.HeadcountEvent;

/**
 * The event family of an aggregate that publishes nothing (a question, a plan): an enum without constants, so a
 * {@code Changed<Question, NoEvent>} cannot carry an event.
 */
public enum NoEvent implements HeadcountEvent {
    ;

    @Override
    public String subject() {
        throw new AssertionError("there is no NoEvent");
    }
}
