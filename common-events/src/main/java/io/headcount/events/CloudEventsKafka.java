package io.headcount.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;

/** Maps envelopes to Kafka records in the CloudEvents Kafka binding's binary mode, and back. */
public final class CloudEventsKafka {

    public static final String TEAM_ID = "teamid";
    public static final String CORRELATION_ID = "correlationid";
    public static final String CAUSATION_ID = "causationid";
    /** The CloudEvents distributed-tracing extension: header {@code ce_traceparent}. */
    public static final String TRACEPARENT = "traceparent";
    private static final String JSON = "application/json";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private CloudEventsKafka() {
    }

    public static ProducerRecord<String, byte[]> toRecord(EventEnvelope envelope) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(envelope.id())
                .withType(envelope.type())
                .withSource(URI.create(envelope.source()))
                .withSubject(envelope.subject())
                .withTime(OffsetDateTime.ofInstant(envelope.time(), ZoneOffset.UTC))
                .withDataSchema(URI.create(envelope.dataschema()))
                .withDataContentType(JSON)
                .withExtension(TEAM_ID, envelope.teamId())
                .withExtension(CORRELATION_ID, envelope.correlationId())
                .withData(JSON, envelope.data().getBytes(StandardCharsets.UTF_8));
        if (envelope.causationId() != null) {
            builder.withExtension(CAUSATION_ID, envelope.causationId());
        }
        if (envelope.traceparent() != null) {
            builder.withExtension(TRACEPARENT, envelope.traceparent());
        }
        ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(envelope.topic(), envelope.key())
                .writeBinary(builder.build());
        // the SDK writes as many fraction digits as the instant has (none for a whole second): always three here
        record.headers().remove("ce_time");
        record.headers().add("ce_time", time(envelope.time()).getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** An event time as published: UTC, always exactly three fraction digits ({@code 2026-12-07T20:05:24.000Z}). */
    public static String time(Instant time) {
        return TIME.format(time.truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * Reads a binary-mode record. Throws {@link MalformedEventException} when the record is not a CloudEvent with
     * a JSON body: such a record can never be processed and belongs in the dead-letter topic.
     */
    public static EventEnvelope fromRecord(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            event = KafkaMessageFactory.createReader(record).toEvent();
        } catch (RuntimeException e) {
            throw new MalformedEventException("not a CloudEvent: " + e.getMessage(), e);
        }
        if (event.getData() == null) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " has no data", null);
        }
        return new EventEnvelope(
                event.getId(),
                event.getType(),
                event.getSource().toString(),
                event.getSubject(),
                event.getTime() == null ? null : event.getTime().toInstant(),
                extension(event, TEAM_ID),
                extension(event, CORRELATION_ID),
                extension(event, CAUSATION_ID),
                event.getDataSchema() == null ? null : event.getDataSchema().toString(),
                record.topic(),
                new String(event.getData().toBytes(), StandardCharsets.UTF_8),
                extension(event, TRACEPARENT));
    }

    private static String extension(CloudEvent event, String name) {
        Object value = event.getExtension(name);
        return value == null ? null : value.toString();
    }

    /** A record that can never be processed, however often it is retried. */
    public static final class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
