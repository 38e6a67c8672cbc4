package io.headcount.plumbing.domain;

import io.headcount.events.HeadcountEvent;

import java.util.List;

/** The outcome of a command on an aggregate: its new state and the events that describe the change. */
public record Changed<T>(T state, List<HeadcountEvent> events) {

    public Changed {
        events = List.copyOf(events);
    }

    public static <T> Changed<T> of(T state, HeadcountEvent... events) {
        return new Changed<>(state, List.of(events));
    }

    public static <T> Changed<T> unchanged(T state) {
        return new Changed<>(state, List.of());
    }

    public boolean isUnchanged() {
        return events.isEmpty();
    }
}
