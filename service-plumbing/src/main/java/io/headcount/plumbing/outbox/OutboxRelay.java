package io.headcount.plumbing.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.headcount.events.CloudEventsKafka;
import io.headcount.events.EventEnvelope;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Publishes the pending events of aggregate documents to Kafka, oldest first within a document, then removes them.
 * A document is leased while its events are in flight, so several instances of a service do not publish the same
 * document at once; a crashed relay's lease simply runs out. Delivery is at least once: a crash after the publish
 * and before the removal publishes the events again, and consumers drop the duplicates by event id.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final List<String> collections;
    private final OutboxProperties properties;
    private final Clock clock;
    private ScheduledExecutorService executor;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, List<String> collections,
                       OutboxProperties properties, Clock clock) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.collections = List.copyOf(collections);
        this.properties = properties;
        this.clock = clock;
    }

    /** Publishes everything pending now; returns how many events were published. */
    public int publishPending() {
        int published = 0;
        for (String collection : collections) {
            Document claimed;
            while ((claimed = claimNext(mongo.getCollection(collection))) != null) {
                published += publish(mongo.getCollection(collection), claimed);
            }
        }
        return published;
    }

    private Document claimNext(MongoCollection<Document> collection) {
        Date now = Date.from(clock.instant());
        Bson pendingAndFree = Filters.and(
                Filters.eq(OutboxDocuments.PENDING_FLAG, true),
                Filters.or(Filters.exists(OutboxDocuments.LEASE_UNTIL, false),
                        Filters.lt(OutboxDocuments.LEASE_UNTIL, now)));
        Date leaseUntil = Date.from(clock.instant().plus(properties.lease()));
        return collection.findOneAndUpdate(pendingAndFree, Updates.set(OutboxDocuments.LEASE_UNTIL, leaseUntil),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    private int publish(MongoCollection<Document> collection, Document claimed) {
        List<Document> pending = claimed.getList(OutboxDocuments.PENDING_EVENTS, Document.class, List.of());
        if (pending.isEmpty()) {
            clearFlagIfNothingPending(collection, claimed);
            return 0;
        }
        try {
            List<CompletableFuture<SendResult<String, byte[]>>> sends = pending.stream()
                    .map(OutboxDocuments::toEnvelope)
                    .map(CloudEventsKafka::toRecord)
                    .map(kafka::send)
                    .toList();
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            log.warn("publishing {} events of {} failed; they stay pending and are retried after the lease",
                    pending.size(), claimed.get("_id"), e);
            return 0;
        }
        List<String> sentIds = pending.stream().map(event -> event.getString(OutboxDocuments.EVENT_ID)).toList();
        collection.updateOne(Filters.eq("_id", claimed.get("_id")), Updates.combine(
                Updates.pull(OutboxDocuments.PENDING_EVENTS, Filters.in(OutboxDocuments.EVENT_ID, sentIds)),
                Updates.unset(OutboxDocuments.LEASE_UNTIL)));
        clearFlagIfNothingPending(collection, claimed);
        return pending.size();
    }

    /** Only when no writer has added events meanwhile: a flag cleared too early would strand an event. */
    private static void clearFlagIfNothingPending(MongoCollection<Document> collection, Document claimed) {
        collection.updateOne(Filters.and(Filters.eq("_id", claimed.get("_id")),
                        Filters.size(OutboxDocuments.PENDING_EVENTS, 0)),
                Updates.combine(Updates.unset(OutboxDocuments.PENDING_FLAG),
                        Updates.unset(OutboxDocuments.LEASE_UNTIL)));
    }

    private void runSafely() {
        try {
            publishPending();
        } catch (RuntimeException e) {
            log.warn("outbox relay round failed; retrying", e);
        }
    }

    @Override
    public synchronized void start() {
        if (executor == null && properties.relayEnabled()) {
            executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "outbox-relay");
                thread.setDaemon(true);
                return thread;
            });
            long interval = properties.pollInterval().toMillis();
            executor.scheduleWithFixedDelay(this::runSafely, interval, interval, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    public record OutboxProperties(boolean relayEnabled, Duration pollInterval, Duration lease, Duration sendTimeout) {
    }
}
