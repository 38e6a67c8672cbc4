package io.headcount.plumbing.observability;

import io.headcount.events.EventEnvelope;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Carries a request's trace across the outbox: the trace context of the request is stored with each event it raises
 * ({@code traceparent}, W3C format); the relay publishes the event in a child span of it and hands that span's
 * context to Kafka in the record's {@code traceparent} header, where the consumers' listener observation picks it
 * up. One trace then shows request → relay → every consumer's handling, however long the event waited.
 */
public final class EventTracing {

    public static final EventTracing NONE = new EventTracing(Tracer.NOOP, Propagator.NOOP);
    static final String W3C_HEADER = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    public EventTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The W3C trace context of the work on this thread, or null outside any trace. */
    public String currentTraceparent() {
        Span span = tracer.currentSpan();
        if (span == null || span.isNoop()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(W3C_HEADER);
    }

    /**
     * Starts the span that publishes {@code envelope}, a child of the trace it was raised in, and names it in the
     * record's trace header; returns null (and leaves the record alone) for an event raised outside any trace.
     */
    public Span startPublishing(EventEnvelope envelope, ProducerRecord<String, byte[]> record) {
        if (envelope.traceparent() == null || tracer == Tracer.NOOP) {
            return null;
        }
        Span span = propagator.extract(Map.of(W3C_HEADER, envelope.traceparent()), Map::get)
                .name("publish " + envelope.topic())
                .kind(Span.Kind.PRODUCER)
                .tag("messaging.system", "kafka")
                .tag("messaging.destination.name", envelope.topic())
                .tag("messaging.message.id", envelope.id())
                .tag("cloudevents.event_type", envelope.type())
                .start();
        propagator.inject(span.context(), record, (carrier, key, value) -> {
            carrier.headers().remove(key);
            carrier.headers().add(key, value.getBytes(StandardCharsets.UTF_8));
        });
        return span;
    }
}
