package io.headcount.plumbing.outbox;

import io.headcount.events.EventEnvelope;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.Date;

/** How a pending event is kept inside its aggregate's document until the relay has published it. */
final class OutboxDocuments {

    static final String PENDING_EVENTS = "pendingEvents";
    /** Present (true) while a document may have pending events; sparse-indexed so the relay finds them fast. */
    static final String PENDING_FLAG = "outboxPending";
    static final String EVENT_ID = "eventId";
    /** Documents that may have events to publish: the safety net's and the backlog gauges' query. */
    static final Bson PENDING = Filters.eq(PENDING_FLAG, true);

    private OutboxDocuments() {
    }

    static Document toDocument(EventEnvelope envelope) {
        return new Document(EVENT_ID, envelope.id())
                .append("type", envelope.type())
                .append("source", envelope.source())
                .append("subject", envelope.subject())
                .append("time", Date.from(envelope.time()))
                .append("teamId", envelope.teamId())
                .append("correlationId", envelope.correlationId())
                .append("causationId", envelope.causationId())
                .append("dataschema", envelope.dataschema())
                .append("topic", envelope.topic())
                .append("data", envelope.data())
                .append("traceparent", envelope.traceparent());
    }

    static EventEnvelope toEnvelope(Document document) {
        return new EventEnvelope(
                document.getString(EVENT_ID),
                document.getString("type"),
                document.getString("source"),
                document.getString("subject"),
                document.getDate("time").toInstant(),
                document.getString("teamId"),
                document.getString("correlationId"),
                document.getString("causationId"),
                document.getString("dataschema"),
                document.getString("topic"),
                document.getString("data"),
                document.getString("traceparent"));
    }
}
