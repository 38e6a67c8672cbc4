package io.headcount.plumbing.domain;

import io.headcount.events.HeadcountEvent;

import java.util.List;

/**
 * The outcome of a command on an aggregate: its new state and the events that describe the change. {@code E} is the
 * aggregate's own sealed event family ({@code Changed<Offer, OfferEvent>}), so an aggregate cannot emit another's
 * events.
 */
public record Changed<T, E extends HeadcountEvent>(T state, List<E> events) {

    public Changed {
        events = List.copyOf(events);
    }

    @SafeVarargs
    public static <T, E extends HeadcountEvent> Changed<T, E> of(T state, E... events) {
        return new Changed<>(state, List.of(events));
    }

    public static <T, E extends HeadcountEvent> Changed<T, E> unchanged(T state) {
        return new Changed<>(state, List.of());
    }

    public boolean isUnchanged() {
        return events.isEmpty();
    }
}
