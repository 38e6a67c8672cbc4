package io.headcount.plumbing.consumer;

import io.headcount.events.EventEnvelope;
import io.headcount.events.HeadcountEvent;

/**
 * Applies one event. Must be idempotent in its own right (keyed upserts, conditional updates): the dispatcher drops
 * duplicates by event id, but a crash between the effect and the dedup mark delivers the event once more.
 */
@FunctionalInterface
public interface EventHandler<E extends HeadcountEvent> {

    void handle(E event, EventEnvelope envelope);
}
