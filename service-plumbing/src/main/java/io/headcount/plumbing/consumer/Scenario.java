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
 * given team), so a handler's rules are tested in milliseconds; the broker tests keep the wiring. For tests.
 */
public final class Scenario {

    private final Subscriptions subscriptions;
    private String teamId = "team-a";

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

    /** Delivers the event (as a fresh envelope of the scenario's team); call again to deliver a redelivery. */
    public Scenario when(HeadcountEvent event) {
        EventEnvelope envelope = new io.headcount.plumbing.outbox.OutboxEvents("scenario",
                Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC)).stamp(teamId, List.of(event))
                .get(0);
        if (!subscriptions.wants(event.getClass())) {
            throw new IllegalStateException("the consumer does not subscribe to " + event.getClass().getSimpleName());
        }
        subscriptions.dispatch(event, envelope);
        return this;
    }

    public Scenario then(Runnable check) {
        check.run();
        return this;
    }
}
