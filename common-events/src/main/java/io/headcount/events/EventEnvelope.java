package io.headcount.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One event as it travels: the CloudEvents 1.0 attributes, Headcount's extensions ({@code teamid},
 * {@code correlationid}, {@code causationid}) and the JSON body.
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
        String data) {

    /** Wraps an event raised by {@code source} for {@code teamId}; the id is fresh and unique. */
    public static EventEnvelope wrap(HeadcountEvent event, String source, String teamId, Instant time,
                                     String correlationId, String causationId) {
        EventDefinition definition = EventCatalog.of(event);
        String id = UUID.randomUUID().toString();
        return new EventEnvelope(id, definition.type(), source, EventKeys.keyOf(event), time, teamId,
                correlationId == null ? id : correlationId, causationId, definition.dataschema().toString(),
                definition.topic(), EventJson.write(event));
    }

    public String key() {
        return subject;
    }

    /** The typed body, if this consumer knows the type. */
    public java.util.Optional<HeadcountEvent> body() {
        return EventCatalog.byType(type).map(definition -> EventJson.read(data, definition.recordType()));
    }
}
