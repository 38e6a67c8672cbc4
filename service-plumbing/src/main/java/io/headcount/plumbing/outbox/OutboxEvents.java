package io.headcount.plumbing.outbox;

import io.headcount.events.EventEnvelope;
import io.headcount.events.HeadcountEvent;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

/** Wraps the domain events of one change in envelopes stamped with this service, the team and the correlation. */
public class OutboxEvents {

    private final String source;
    private final Clock clock;
    private final Supplier<String> currentTraceparent;

    public OutboxEvents(String serviceName, Clock clock) {
        this(serviceName, clock, () -> null);
    }

    /** @param currentTraceparent the trace context of the work on this thread (W3C), null outside any trace */
    public OutboxEvents(String serviceName, Clock clock, Supplier<String> currentTraceparent) {
        this.source = "/headcount/" + serviceName;
        this.clock = clock;
        this.currentTraceparent = currentTraceparent;
    }

    public List<EventEnvelope> stamp(String teamId, List<? extends HeadcountEvent> events) {
        EventContext context = EventContext.current();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String traceparent = events.isEmpty() ? null : currentTraceparent.get();
        return events.stream()
                .map(event -> EventEnvelope.wrap(event, source, teamId, now, context.correlationId(),
                        context.causationId()).withTraceparent(traceparent))
                .toList();
    }
}
