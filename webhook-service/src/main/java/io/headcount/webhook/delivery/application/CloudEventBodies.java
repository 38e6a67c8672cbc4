package io.headcount.webhook.delivery.application;

import io.headcount.events.CloudEventsKafka;
import io.headcount.events.EventCatalog;
import io.headcount.events.EventEnvelope;
import io.headcount.events.EventJson;
import io.headcount.events.PersonalData;
import tools.jackson.databind.node.ObjectNode;

import java.util.Arrays;

/**
 * A delivery's body: the event as a CloudEvent in JSON structured mode ({@code application/cloudevents+json}) —
 * the same attributes as the Kafka headers, and the event's JSON as {@code data}.
 */
final class CloudEventBodies {

    private CloudEventBodies() {
    }

    static String of(EventEnvelope envelope) {
        ObjectNode event = EventJson.mapper().createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", envelope.id());
        event.put("type", envelope.type());
        event.put("source", envelope.source());
        event.put("subject", envelope.subject());
        event.put("time", envelope.time() == null ? null : CloudEventsKafka.time(envelope.time()));
        event.put("datacontenttype", "application/json");
        event.put("dataschema", envelope.dataschema());
        event.put("teamid", envelope.teamId());
        event.put("correlationid", envelope.correlationId());
        if (envelope.causationId() != null) {
            event.put("causationid", envelope.causationId());
        }
        if (envelope.traceparent() != null) {
            event.put("traceparent", envelope.traceparent());
        }
        event.set("data", EventJson.mapper().readTree(envelope.data()));
        return EventJson.mapper().writeValueAsString(event);
    }

    /** The body without the event's personal data (the fields its record marks {@link PersonalData}). */
    static String withoutPersonalData(String body) {
        ObjectNode event = (ObjectNode) EventJson.mapper().readTree(body);
        EventCatalog.byType(event.path("type").asString()).ifPresent(definition -> {
            ObjectNode data = (ObjectNode) event.get("data");
            Arrays.stream(definition.recordType().getRecordComponents())
                    .filter(component -> component.isAnnotationPresent(PersonalData.class))
                    .forEach(component -> data.remove(component.getName()));
        });
        event.put("erased", true);
        return EventJson.mapper().writeValueAsString(event);
    }
}
