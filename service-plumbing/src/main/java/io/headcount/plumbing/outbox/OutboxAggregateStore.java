package io.headcount.plumbing.outbox;

import com.mongodb.client.result.UpdateResult;
import io.headcount.events.EventEnvelope;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Writes an aggregate and the events its change raised in <em>one</em> single-document write, so both are stored or
 * neither is (the transactional outbox without multi-document transactions; works on every MongoDB, replica set
 * or not). Documents carry a {@code version} field for optimistic locking; the relay later publishes and removes
 * the {@code pendingEvents}.
 */
public class OutboxAggregateStore {

    public static final String VERSION = "version";
    private static final String ID = "_id";

    private final MongoTemplate mongo;
    private final BiConsumer<String, Object> pendingSignal;
    private final Map<String, Boolean> indexedCollections = new ConcurrentHashMap<>();

    /**
     * @param pendingSignal told (collection, id) after each write that stored events, so the relay publishes them
     *                      at once instead of at its next scan
     */
    public OutboxAggregateStore(MongoTemplate mongo, BiConsumer<String, Object> pendingSignal) {
        this.mongo = mongo;
        this.pendingSignal = pendingSignal;
    }

    /** Inserts a new aggregate document with its events. Throws DuplicateKeyException if it exists already. */
    public void insert(Object aggregateDocument, List<EventEnvelope> events) {
        insert(aggregateDocument, events, Map.of());
    }

    /** As {@link #insert(Object, List)}, with initial values of fields another writer owns afterwards. */
    public void insert(Object aggregateDocument, List<EventEnvelope> events, Map<String, Object> otherFields) {
        Document document = toBson(aggregateDocument);
        document.putAll(otherFields);
        document.put(OutboxDocuments.PENDING_EVENTS, events.stream().map(OutboxDocuments::toDocument).toList());
        if (!events.isEmpty()) {
            document.put(OutboxDocuments.PENDING_FLAG, true);
        }
        ensureIndexes(aggregateDocument.getClass());
        // through the template, so a unique-index clash surfaces as Spring's DuplicateKeyException
        String collection = mongo.getCollectionName(aggregateDocument.getClass());
        mongo.insert(document, collection);
        if (!events.isEmpty()) {
            pendingSignal.accept(collection, document.get(ID));
        }
    }

    /**
     * Replaces the aggregate's state if it still has {@code expectedVersion}, bumps the version and appends the
     * events. Returns false, changing nothing, when someone else changed it first.
     */
    public boolean update(Object id, long expectedVersion, Object aggregateDocument, List<EventEnvelope> events) {
        return update(id, expectedVersion, aggregateDocument, events, Set.of());
    }

    /**
     * As {@link #update(Object, long, Object, List)}, leaving alone the fields another writer owns (e.g. a
     * projection kept on the same document by an event consumer).
     */
    public boolean update(Object id, long expectedVersion, Object aggregateDocument, List<EventEnvelope> events,
                          Set<String> fieldsOwnedElsewhere) {
        Document state = toBson(aggregateDocument);
        fieldsOwnedElsewhere.forEach(state::remove);
        state.remove(ID);
        state.remove(VERSION);
        state.remove(OutboxDocuments.PENDING_EVENTS);
        state.remove(OutboxDocuments.PENDING_FLAG);
        Update update = new Update().inc(VERSION, 1);
        state.forEach(update::set);
        unsetFieldsThatBecameEmpty(aggregateDocument.getClass(), state, fieldsOwnedElsewhere, update);
        if (!events.isEmpty()) {
            update.set(OutboxDocuments.PENDING_FLAG, true);
            update.push(OutboxDocuments.PENDING_EVENTS)
                    .each(events.stream().map(OutboxDocuments::toDocument).toArray());
        }
        ensureIndexes(aggregateDocument.getClass());
        Query current = Query.query(Criteria.where(ID).is(id).and(VERSION).is(expectedVersion));
        UpdateResult result = mongo.updateFirst(current, update, aggregateDocument.getClass());
        boolean applied = result.getMatchedCount() == 1;
        if (applied && !events.isEmpty()) {
            pendingSignal.accept(mongo.getCollectionName(aggregateDocument.getClass()), id);
        }
        return applied;
    }

    /**
     * {_id, version} unique: the optimistic-lock filter then hits an index on every store (the embedded one only
     * uses an index whose keys are exactly the filter's); the sparse flag index lets the relay find pending events
     * without a collection scan on real MongoDB.
     */
    private void ensureIndexes(Class<?> type) {
        // every writer to a collection waits until its indexes exist: the embedded store failed an update that ran
        // while an index was being added to the same collection (ConcurrentModificationException, a lost settle)
        indexedCollections.computeIfAbsent(mongo.getCollectionName(type), collection -> {
            mongo.indexOps(collection).createIndex(new Index().on(ID, Sort.Direction.ASC)
                    .on(VERSION, Sort.Direction.ASC).unique());
            mongo.indexOps(collection).createIndex(new Index(OutboxDocuments.PENDING_FLAG, Sort.Direction.ASC)
                    .sparse());
            return Boolean.TRUE;
        });
    }

    /** The converter leaves null properties out; a property that became null must be removed from the store. */
    private void unsetFieldsThatBecameEmpty(Class<?> type, Document state, Set<String> fieldsOwnedElsewhere,
                                            Update update) {
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type);
        entity.doWithProperties((MongoPersistentProperty property) -> {
            String field = property.getFieldName();
            if (!state.containsKey(field) && !field.equals(ID) && !field.equals(VERSION)
                    && !fieldsOwnedElsewhere.contains(field)) {
                update.unset(field);
            }
        });
    }

    private Document toBson(Object aggregateDocument) {
        Document document = new Document();
        mongo.getConverter().write(aggregateDocument, document);
        document.remove("_class");
        return document;
    }
}
