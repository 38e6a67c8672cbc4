package io.headcount.plumbing.idempotency;

import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

/** Remembers, per caller and key, the request that was made and the response that was given. */
public class IdempotencyKeyStore {

    static final String COLLECTION = "idempotency_keys";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration inProgressLease;

    public IdempotencyKeyStore(MongoTemplate mongo, Clock clock, Duration inProgressLease) {
        this.mongo = mongo;
        this.clock = clock;
        this.inProgressLease = inProgressLease;
    }

    public Optional<Entry> find(String scopedKey) {
        return Optional.ofNullable(mongo.findById(scopedKey, Document.class, COLLECTION)).map(this::toEntry);
    }

    /** Claims the key for a first execution; false if someone holds it (in progress or completed). */
    public boolean claim(String scopedKey, String requestHash) {
        try {
            mongo.insert(new Document("_id", scopedKey).append("requestHash", requestHash)
                    .append("createdAt", Date.from(clock.instant()))
                    .append("leaseUntil", Date.from(clock.instant().plus(inProgressLease))), COLLECTION);
            return true;
        } catch (DuplicateKeyException held) {
            return false;
        }
    }

    public void complete(String scopedKey, StoredResponse response) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(scopedKey)), new Update()
                .set("status", response.status())
                .set("headers", new Document(Map.copyOf(response.headers())))
                .set("body", new Binary(response.body()))
                .unset("leaseUntil"), COLLECTION);
    }

    /**
     * Drops remembered responses that created the record at {@code location}: after a GDPR erasure a replay must not
     * hand back the personal data the first response held. A retry with such a key then runs again.
     */
    public void forgetResponsesFor(io.headcount.plumbing.domain.ResourceRef created) {
        String location = io.headcount.plumbing.web.ResourceLinks.pathOf(created);
        mongo.remove(Query.query(Criteria.where("headers.Location").is(location)), COLLECTION);
    }

    /** The first execution failed: let the client try again with the same key. */
    public void release(String scopedKey) {
        mongo.remove(Query.query(Criteria.where("_id").is(scopedKey)), COLLECTION);
    }

    private Entry toEntry(Document document) {
        StoredResponse response = null;
        if (document.containsKey("status")) {
            Document headers = document.get("headers", Document.class);
            Map<String, String> headerMap = new java.util.LinkedHashMap<>();
            headers.forEach((name, value) -> headerMap.put(name, value.toString()));
            response = new StoredResponse(document.getInteger("status"), headerMap,
                    document.get("body", Binary.class).getData());
        }
        Date leaseUntil = document.getDate("leaseUntil");
        boolean abandoned = response == null && leaseUntil != null && leaseUntil.toInstant().isBefore(clock.instant());
        return new Entry(document.getString("requestHash"), response, abandoned);
    }

    public record Entry(String requestHash, StoredResponse response, boolean abandoned) {
    }

    public record StoredResponse(int status, Map<String, String> headers, byte[] body) {
    }
}
