package io.headcount.plumbing.outbox;

import io.headcount.events.EventEnvelope;
import io.headcount.events.HeadcountEvent;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Wraps the domain events of one change in envelopes stamped with this service, the team and the correlation. */
public class OutboxEvents {

    private final String source;
    private final Clock clock;

    public OutboxEvents(String serviceName, Clock clock) {
        this.source = "/headcount/" + serviceName;
        this.clock = clock;
    }

    public List<EventEnvelope> stamp(String teamId, List<? extends HeadcountEvent> events) {
        EventContext context = EventContext.current();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return events.stream()
                .map(event -> EventEnvelope.wrap(event, source, teamId, now, context.correlationId(),
                        context.causationId()))
                .toList();
    }
}
