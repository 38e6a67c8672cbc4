package io.headcount.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One event as it travels: the CloudEvents 1.0 attributes, Headcount's extensions ({@code teamid},
 * {@code correlationid}, {@code causationid}), the CloudEvents distributed-tracing extension ({@code traceparent}:
 * the W3C trace context of the request that raised it, absent when none was traced) and the JSON body.
 */
public record EventEnvelope(
        String id,
        String type,
        String source,
        String subject,
        Instant time,
        String teamId,
        String correlationId,
        String causationId,
        String dataschema,
        String topic,
        String data,
        String traceparent) {

    /** Wraps an event raised by {@code source} for {@code teamId}; the id is fresh and unique. */
    public static EventEnvelope wrap(HeadcountEvent event, String source, String teamId, Instant time,
                                     String correlationId, String causationId) {
        EventDefinition definition = EventCatalog.of(event);
        String id = UUID.randomUUID().toString();
        return new EventEnvelope(id, definition.type(), source, EventKeys.keyOf(event), time, teamId,
                correlationId == null ? id : correlationId, causationId, definition.dataschema().toString(),
                definition.topic(), EventJson.write(event), null);
    }

    /** The same event, raised within the trace {@code traceparent} (W3C format) or outside any. */
    public EventEnvelope withTraceparent(String traceparent) {
        return new EventEnvelope(id, type, source, subject, time, teamId, correlationId, causationId, dataschema,
                topic, data, traceparent);
    }

    public String key() {
        return subject;
    }

    /** The typed body, if this consumer knows the type. */
    public java.util.Optional<HeadcountEvent> body() {
        return EventCatalog.byType(type).map(definition -> EventJson.read(data, definition.recordType()));
    }
}
