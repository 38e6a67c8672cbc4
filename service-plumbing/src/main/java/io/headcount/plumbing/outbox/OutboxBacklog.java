package io.headcount.plumbing.outbox;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Projections;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the relay has not published yet, as gauges per collection: documents still flagged pending and the age of
 * the oldest pending event. Read from the store when scraped — the safety net's query, served by the sparse flag
 * index on MongoDB — and kept for {@code maxAge}, so a scraper polling fast costs no more than one read per period.
 */
public final class OutboxBacklog {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration maxAge;
    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();

    private OutboxBacklog(MongoTemplate mongo, Clock clock, Duration maxAge) {
        this.mongo = mongo;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    public static OutboxBacklog register(MeterRegistry meters, MongoTemplate mongo, List<String> collections,
                                         Clock clock, Duration maxAge) {
        OutboxBacklog backlog = new OutboxBacklog(mongo, clock, maxAge);
        for (String collection : collections) {
            Gauge.builder("headcount.outbox.pending.documents", () -> backlog.of(collection).documents())
                    .tag("collection", collection)
                    .description("Documents with events the relay has not published yet").register(meters);
            Gauge.builder("headcount.outbox.oldest.pending.age", () -> backlog.of(collection).oldestAgeSeconds())
                    .tag("collection", collection).baseUnit("seconds")
                    .description("Age of the oldest event not published yet (0 when none)").register(meters);
        }
        return backlog;
    }

    /** Pending documents and the age of the oldest pending event in {@code collection}, at most maxAge old. */
    public Pending of(String collection) {
        Snapshot current = snapshots.get(collection);
        Instant now = clock.instant();
        if (current == null || Duration.between(current.takenAt, now).compareTo(maxAge) > 0) {
            current = new Snapshot(now, read(collection, now));
            snapshots.put(collection, current);
        }
        return current.pending;
    }

    private Pending read(String collection, Instant now) {
        long documents = 0;
        Instant oldest = null;
        try (MongoCursor<Document> pending = mongo.getCollection(collection)
                .find(OutboxDocuments.PENDING)
                .projection(Projections.include(OutboxDocuments.PENDING_EVENTS + ".time")).iterator()) {
            while (pending.hasNext()) {
                documents++;
                for (Document event : pending.next().getList(OutboxDocuments.PENDING_EVENTS, Document.class,
                        List.of())) {
                    Date time = event.getDate("time");
                    if (time != null && (oldest == null || time.toInstant().isBefore(oldest))) {
                        oldest = time.toInstant();
                    }
                }
            }
        }
        return new Pending(documents, oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toMillis()
                / 1000.0));
    }

    public record Pending(long documents, double oldestAgeSeconds) {
    }

    private record Snapshot(Instant takenAt, Pending pending) {
    }
}
