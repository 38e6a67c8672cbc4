package io.headcount.plumbing.outbox;

import io.headcount.events.HeadcountEvent;
import io.headcount.plumbing.domain.AggregateStore;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@link AggregateStore} on MongoDB: one document per aggregate, its events in the same single-document write (the
 * outbox), team-scoped reads. A feature's Mongo repository extends it and adds its queries on {@link #aggregates}.
 */
public abstract class MongoAggregateStore<S, D, E extends HeadcountEvent> implements AggregateStore<S, E> {

    protected final AggregateRepository<S, D> aggregates;
    private final Kind<S> kind;

    protected MongoAggregateStore(AggregateRepository<S, D> aggregates, Kind<S> kind) {
        this.aggregates = aggregates;
        this.kind = kind;
    }

    @Override
    public Kind<S> kind() {
        return kind;
    }

    @Override
    public void insert(S state, List<E> events) {
        aggregates.insert(state, events);
    }

    @Override
    public boolean insertIfAbsent(S state, List<E> events) {
        return aggregates.insertIfAbsent(state, events);
    }

    @Override
    public boolean update(S state, long expectedVersion, List<E> events) {
        return aggregates.update(state, expectedVersion, events);
    }

    @Override
    public Optional<S> find(String id, Collection<String> teamIds) {
        return aggregates.findInTeams(id, teamIds);
    }
}
