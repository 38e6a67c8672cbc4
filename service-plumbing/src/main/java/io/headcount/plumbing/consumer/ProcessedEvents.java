package io.headcount.plumbing.consumer;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

/** The ids of events this service has applied, so a redelivered or replayed event has no second effect. */
public class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;
    private final Clock clock;

    /**
     * @param retention how long an applied event id is remembered (a TTL index on real MongoDB; the embedded store
     *                  keeps them). Replays of older events rely on the handlers' own idempotency.
     */
    public ProcessedEvents(MongoTemplate mongo, Clock clock, Duration retention) {
        this.mongo = mongo;
        this.clock = clock;
        mongo.indexOps(COLLECTION).createIndex(new Index("processedAt", Sort.Direction.ASC).expire(retention));
    }

    public boolean contains(String eventId) {
        return mongo.findById(eventId, Document.class, COLLECTION) != null;
    }

    public void markProcessed(String eventId, String type) {
        try {
            mongo.insert(new Document("_id", eventId).append("type", type)
                    .append("processedAt", Date.from(clock.instant())), COLLECTION);
        } catch (DuplicateKeyException alreadyMarked) {
            // a concurrent redelivery got there first: the effect is idempotent, nothing to do
        }
    }
}
