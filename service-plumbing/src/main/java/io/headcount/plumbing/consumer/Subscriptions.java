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

    public static Subscriptions of(List<EventSubscriber> subscribers) {
        Subscriptions subscriptions = new Subscriptions();
        subscribers.forEach(subscriber -> subscriber.subscribe(subscriptions));
        return subscriptions;
    }

    @SuppressWarnings("unchecked")
    public <E extends HeadcountEvent> Subscriptions on(Class<E> type, EventHandler<? super E> handler) {
        EventCatalog.of(type);
        handlers.computeIfAbsent(type, t -> new ArrayList<>()).add((EventHandler<HeadcountEvent>) handler);
        return this;
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
