package io.headcount.plumbing.consumer;

import io.headcount.events.EventCatalog;
import io.headcount.events.EventEnvelope;
import io.headcount.events.HeadcountEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Which handlers want which event types; the topics to consume follow from it. */
public final class Subscriptions {

    private final Map<Class<? extends HeadcountEvent>, List<EventHandler<HeadcountEvent>>> handlers =
            new LinkedHashMap<>();
    /** Types whose every handler is idempotent by its own writes: no processed-events bookkeeping for them. */
    private final Set<Class<? extends HeadcountEvent>> selfIdempotent = new java.util.HashSet<>();

    public static Subscriptions of(List<EventSubscriber> subscribers) {
        Subscriptions subscriptions = new Subscriptions();
        subscribers.forEach(subscriber -> subscriber.subscribe(subscriptions));
        return subscriptions;
    }

    @SuppressWarnings("unchecked")
    public <E extends HeadcountEvent> Subscriptions on(Class<E> type, EventHandler<? super E> handler) {
        EventCatalog.of(type);
        selfIdempotent.remove(type);
        handlers.computeIfAbsent(type, t -> new ArrayList<>()).add((EventHandler<HeadcountEvent>) handler);
        return this;
    }

    /**
     * A handler whose own writes make a second delivery of the same event harmless and cheap (an insert under a
     * unique key of the event id, say): the dispatcher then neither looks up nor records the event id for it — two
     * store round trips an event fewer. Any plain {@link #on} handler of the type brings the bookkeeping back.
     */
    public <E extends HeadcountEvent> Subscriptions onIdempotent(Class<E> type, EventHandler<? super E> handler) {
        boolean first = !handlers.containsKey(type);
        on(type, handler);
        if (first) {
            selfIdempotent.add(type);
        }
        return this;
    }

    boolean needsBookkeeping(Class<? extends HeadcountEvent> type) {
        return !selfIdempotent.contains(type);
    }

    public Set<String> topics() {
        return handlers.keySet().stream().map(type -> EventCatalog.of(type).topic())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    boolean wants(Class<? extends HeadcountEvent> type) {
        return handlers.containsKey(type);
    }

    void dispatch(HeadcountEvent event, EventEnvelope envelope) {
        handlers.getOrDefault(event.getClass(), List.of()).forEach(handler -> handler.handle(event, envelope));
    }
}
