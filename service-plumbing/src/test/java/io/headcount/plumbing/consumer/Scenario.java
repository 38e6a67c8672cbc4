package io.headcount.plumbing.consumer;

import io.headcount.events.EventEnvelope;
import io.headcount.events.HeadcountEvent;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Tests an event consumer without a broker: {@code Scenario.given(consumer).when(event).then(check)} hands the
 * event to the consumer's handlers exactly as {@link EventDispatcher} would (same subscriptions, an envelope of the
 * given team and time), so a handler's rules are tested in milliseconds; one broker test per service keeps the
 * wiring. Test code: the services' tests get it from service-plumbing's test jar.
 */
public final class Scenario {

    private final Subscriptions subscriptions;
    private String teamId = "team-a";
    private Instant time = Instant.parse("2026-11-29T10:00:00Z");
    private EventEnvelope last;
    private HeadcountEvent lastEvent;

    private Scenario(EventSubscriber consumer) {
        this.subscriptions = Subscriptions.of(List.of(consumer));
    }

    public static Scenario given(EventSubscriber consumer) {
        return new Scenario(consumer);
    }

    public Scenario inTeam(String team) {
        this.teamId = team;
        return this;
    }

    /** The event time ({@code ce_time}) of the events delivered from now on. */
    public Scenario at(Instant eventTime) {
        this.time = eventTime;
        return this;
    }

    /** Delivers the event (as a fresh envelope of the scenario's team); call again to deliver a redelivery. */
    public Scenario when(HeadcountEvent event) {
        return deliver(event, new io.headcount.plumbing.outbox.OutboxEvents("scenario",
                Clock.fixed(time, ZoneOffset.UTC)).stamp(teamId, List.of(event)).get(0));
    }

    /** Delivers the last event again under the same envelope (same {@code ce_id}), as a redelivery from Kafka does. */
    public Scenario whenRedelivered() {
        if (last == null) {
            throw new IllegalStateException("nothing was delivered yet");
        }
        return deliver(lastEvent, last);
    }

    private Scenario deliver(HeadcountEvent event, EventEnvelope envelope) {
        if (!subscriptions.wants(event.getClass())) {
            throw new IllegalStateException("the consumer does not subscribe to " + event.getClass().getSimpleName());
        }
        last = envelope;
        lastEvent = event;
        subscriptions.dispatch(event, envelope);
        return this;
    }

    /** Whether the consumer handles events of this type. */
    public boolean subscribesTo(Class<? extends HeadcountEvent> type) {
        return subscriptions.wants(type);
    }

    /** The envelope of the last event delivered. */
    public EventEnvelope lastEnvelope() {
        return last;
    }

    public Scenario then(Runnable check) {
        check.run();
        return this;
    }
}
