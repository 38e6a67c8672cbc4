package io.headcount.plumbing.outbox;

import io.headcount.events.EventEnvelope;
import io.headcount.events.HeadcountEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The store side of one aggregate type, written once for every service: insert and optimistic update together with
 * the events of the change (one single-document write each), team-scoped reads by id, queries and pages. A service's
 * repository adapter maps its domain model to a document record and delegates here.
 *
 * @param <M> the domain model (plain Java)
 * @param <D> its MongoDB document record
 */
public final class AggregateRepository<M, D> {

    private final MongoTemplate mongo;
    private final OutboxAggregateStore store;
    private final OutboxEvents outboxEvents;
    private final Class<D> documentType;
    private final Function<M, D> toDocument;
    private final Function<D, M> toModel;
    private final Function<M, String> idOf;
    private final Function<M, String> teamOf;

    AggregateRepository(MongoTemplate mongo, OutboxAggregateStore store, OutboxEvents outboxEvents,
                        Class<D> documentType, Function<M, D> toDocument, Function<D, M> toModel,
                        Function<M, String> idOf, Function<M, String> teamOf) {
        this.mongo = mongo;
        this.store = store;
        this.outboxEvents = outboxEvents;
        this.documentType = documentType;
        this.toDocument = toDocument;
        this.toModel = toModel;
        this.idOf = idOf;
        this.teamOf = teamOf;
    }

    /** Throws Spring's DuplicateKeyException when a unique index refuses it. */
    public void insert(M aggregate, List<? extends HeadcountEvent> events) {
        store.insert(toDocument.apply(aggregate), stamp(aggregate, events));
    }

    /**
     * Inserts unless a unique index already holds the aggregate (same id or same unique key): false then, and
     * nothing stored. For creations that must happen once however often they are asked for (a redelivered event, a
     * seed, a second booking of one slot).
     */
    public boolean insertIfAbsent(M aggregate, List<? extends HeadcountEvent> events) {
        try {
            insert(aggregate, events);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    /** As {@link #insert(Object, List)}, with initial values of fields another writer owns afterwards. */
    public void insert(M aggregate, List<EventEnvelope> stampedEvents, Map<String, Object> otherFields) {
        store.insert(toDocument.apply(aggregate), stampedEvents, otherFields);
    }

    /** False, changing nothing, when the stored version is no longer {@code expectedVersion}. */
    public boolean update(M aggregate, long expectedVersion, List<? extends HeadcountEvent> events,
                          String... fieldsOwnedElsewhere) {
        return store.update(idOf.apply(aggregate), expectedVersion, toDocument.apply(aggregate),
                stamp(aggregate, events), Set.of(fieldsOwnedElsewhere));
    }

    public List<EventEnvelope> stamp(M aggregate, List<? extends HeadcountEvent> events) {
        return outboxEvents.stamp(teamOf.apply(aggregate), events);
    }

    /** By id for a caller: another team's record is absent (a 404, never a leak). */
    public Optional<M> findInTeams(String id, Collection<String> teamIds) {
        return TeamScopedReads.findById(mongo, id, documentType, teamIds, document -> teamOf.apply(
                toModel.apply(document))).map(toModel);
    }

    public Optional<M> findOne(Criteria criteria) {
        return Optional.ofNullable(mongo.findOne(Query.query(criteria), documentType)).map(toModel);
    }

    public List<M> find(Criteria criteria) {
        return find(Query.query(criteria));
    }

    /** A page in creation order; see {@link TeamScopedReads#pageInTeams}. */
    public List<M> page(Collection<String> teamIds, String afterId, int limit, Object... fieldsAndValues) {
        return TeamScopedReads.pageInTeams(mongo, documentType, teamIds, afterId, limit, fieldsAndValues).stream()
                .map(toModel).toList();
    }

    /** Creates an index on the aggregate's collection if it is missing. */
    public AggregateRepository<M, D> withIndex(Index index) {
        mongo.indexOps(documentType).createIndex(index);
        return this;
    }

    public List<M> find(Query query) {
        return mongo.find(query, documentType).stream().map(toModel).toList();
    }
}
