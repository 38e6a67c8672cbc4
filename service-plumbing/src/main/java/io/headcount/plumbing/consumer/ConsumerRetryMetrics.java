package io.headcount.plumbing.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.RetryListener;

import java.util.Collection;

/** Counts the consumer's failed attempts and the records it gave up on and sent to {@code <topic>.DLT}, per topic. */
public final class ConsumerRetryMetrics implements RetryListener {

    private final MeterRegistry meters;

    /** Registers both counters at zero for {@code topics}, so an alert on their increase sees the first one. */
    public ConsumerRetryMetrics(MeterRegistry meters, Collection<String> topics) {
        this.meters = meters;
        topics.forEach(topic -> {
            meters.counter("headcount.consumer.retries", "topic", topic);
            meters.counter("headcount.consumer.dead.lettered", "topic", topic);
        });
    }

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int deliveryAttempt) {
        meters.counter("headcount.consumer.retries", "topic", record.topic()).increment();
    }

    @Override
    public void recovered(ConsumerRecord<?, ?> record, Exception ex) {
        meters.counter("headcount.consumer.dead.lettered", "topic", record.topic()).increment();
    }
}
