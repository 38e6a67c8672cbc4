package io.headcount.testsupport;

import io.headcount.events.CloudEventsKafka;
import io.headcount.events.EventEnvelope;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * Reads Headcount's topics from the beginning, like an outside subscriber would, and lets a test wait for the
 * events it expects: {@code events.awaitOne(candidateId, "CandidateSourced")}. Register it as a JUnit extension on
 * a static field and it stops after the test class:
 * {@code @RegisterExtension static final PublishedEvents published = PublishedEvents.observe(List.of(topic));}
 */
public final class PublishedEvents implements AutoCloseable, AfterAllCallback {

    private final List<ConsumerRecord<String, byte[]>> records = new CopyOnWriteArrayList<>();
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread poller;
    private volatile boolean running = true;

    private PublishedEvents(String bootstrapServers, Collection<String> topics) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-observer-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, "1000"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(topics);
        poller = new Thread(this::poll, "published-events-observer");
        poller.setDaemon(true);
        poller.start();
    }

    public static PublishedEvents observe(Collection<String> topics) {
        return new PublishedEvents(TestInfrastructure.get().kafkaBootstrapServers(), topics);
    }

    private void poll() {
        while (running) {
            consumer.poll(Duration.ofMillis(100)).forEach(records::add);
        }
        consumer.close();
    }

    public List<ConsumerRecord<String, byte[]>> records() {
        return List.copyOf(records);
    }

    /** Every well-formed event seen so far, in arrival order. */
    public List<EventEnvelope> envelopes() {
        List<EventEnvelope> envelopes = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                envelopes.add(CloudEventsKafka.fromRecord(record));
            } catch (CloudEventsKafka.MalformedEventException ignored) {
                // poison records are some tests' subject, not every test's
            }
        }
        return envelopes;
    }

    public List<EventEnvelope> matching(Predicate<EventEnvelope> filter) {
        return envelopes().stream().filter(filter).toList();
    }

    /** Waits until an event of the given type (simple name, e.g. "ScreenPassed") about the subject arrives. */
    public EventEnvelope awaitOne(String subject, String typeName) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> matching(about(subject).and(ofType(typeName))), found -> !found.isEmpty()).get(0);
    }

    /** A record header as text, or null when the record has none of that name (the last one when repeated). */
    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        org.apache.kafka.common.header.Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    public static Predicate<EventEnvelope> about(String subject) {
        return envelope -> subject.equals(envelope.subject());
    }

    public static Predicate<EventEnvelope> ofType(String typeName) {
        return envelope -> envelope.type().contains("." + typeName + ".");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        running = false;
        try {
            poller.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
