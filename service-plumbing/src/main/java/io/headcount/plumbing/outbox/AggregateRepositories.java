package io.headcount.plumbing.outbox;

import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.function.Function;

/** Makes the {@link AggregateRepository} of each aggregate type a service stores. */
public final class AggregateRepositories {

    private final MongoTemplate mongo;
    private final OutboxAggregateStore store;
    private final OutboxEvents outboxEvents;

    public AggregateRepositories(MongoTemplate mongo, OutboxAggregateStore store, OutboxEvents outboxEvents) {
        this.mongo = mongo;
        this.store = store;
        this.outboxEvents = outboxEvents;
    }

    public <M, D> AggregateRepository<M, D> of(Class<D> documentType, Function<M, D> toDocument,
                                               Function<D, M> toModel, Function<M, String> idOf,
                                               Function<M, String> teamOf) {
        return new AggregateRepository<>(mongo, store, outboxEvents, documentType, toDocument, toModel, idOf, teamOf);
    }
}
