package io.headcount.plumbing.consumer;

import io.headcount.events.CloudEventsKafka;
import io.headcount.events.EventCatalog;
import io.headcount.events.EventDefinition;
import io.headcount.events.EventEnvelope;
import io.headcount.events.EventJson;
import io.headcount.events.HeadcountEvent;
import io.headcount.plumbing.outbox.EventContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.kafka.annotation.KafkaListener;

import java.util.Optional;

/**
 * The one Kafka listener of a service: reads the CloudEvent, skips events already applied, hands the typed body to
 * the subscribed handlers and records the event id (not for handlers subscribed as idempotent by themselves). Failures are retried with back-off by the container's error
 * handler and end in {@code <topic>.DLT}; unknown event types are skipped (a newer producer may know more types).
 */
public class EventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

    private final Subscriptions subscriptions;
    private final ProcessedEvents processedEvents;
    private final MeterRegistry meters;
    private final Clock clock;

    public EventDispatcher(Subscriptions subscriptions, ProcessedEvents processedEvents, MeterRegistry meters,
                           Clock clock) {
        this.subscriptions = subscriptions;
        this.processedEvents = processedEvents;
        this.meters = meters;
        this.clock = clock;
    }

    public String[] topics() {
        return subscriptions.topics().toArray(String[]::new);
    }

    @KafkaListener(id = "${spring.application.name}-events", topics = "#{__listener.topics()}",
            groupId = "${spring.application.name}")
    public void onRecord(ConsumerRecord<String, byte[]> record) {
        EventEnvelope envelope = CloudEventsKafka.fromRecord(record);
        Optional<EventDefinition> definition = EventCatalog.byType(envelope.type());
        if (definition.isEmpty() || !subscriptions.wants(definition.get().recordType())) {
            return; // not ours (or a type newer than this service): no store round trip at all
        }
        long started = System.nanoTime();
        String outcome = "failed";
        try (MDC.MDCCloseable eventId = MDC.putCloseable("eventId", envelope.id());
             MDC.MDCCloseable eventType = MDC.putCloseable("eventType", envelope.type());
             MDC.MDCCloseable teamId = MDC.putCloseable("teamId", envelope.teamId())) {
            boolean bookkeeping = subscriptions.needsBookkeeping(definition.get().recordType());
            if (bookkeeping && processedEvents.contains(envelope.id())) {
                log.debug("skipping event {} already applied", envelope.id());
                outcome = "duplicate";
                return;
            }
            HeadcountEvent event = EventJson.read(envelope.data(), definition.get().recordType());
            EventContext.within(envelope.correlationId(), envelope.id(), () -> {
                subscriptions.dispatch(event, envelope);
                return null;
            });
            if (bookkeeping) {
                processedEvents.markProcessed(envelope.id(), envelope.type());
            }
            outcome = "applied";
            if (envelope.time() != null) {
                meters.timer("headcount.consumer.delay", "type", envelope.type())
                        .record(Duration.between(envelope.time(), clock.instant()));
            }
        } finally {
            meters.timer("headcount.consumer.handling", "type", envelope.type(), "outcome", outcome)
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }
}
