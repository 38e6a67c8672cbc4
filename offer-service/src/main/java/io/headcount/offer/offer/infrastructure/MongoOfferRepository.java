package io.headcount.offer.offer.infrastructure;

import io.headcount.events.HeadcountEvent;
import io.headcount.offer.offer.application.ActiveOfferExistsException;
import io.headcount.offer.offer.application.OfferRepository;
import io.headcount.offer.offer.model.Offer;
import io.headcount.plumbing.outbox.OutboxAggregateStore;
import io.headcount.plumbing.outbox.OutboxEvents;
import io.headcount.plumbing.outbox.TeamScopedReads;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
class MongoOfferRepository implements OfferRepository {

    private final MongoTemplate mongo;
    private final OutboxAggregateStore store;
    private final OutboxEvents outboxEvents;

    MongoOfferRepository(MongoTemplate mongo, OutboxAggregateStore store, OutboxEvents outboxEvents) {
        this.mongo = mongo;
        this.store = store;
        this.outboxEvents = outboxEvents;
        mongo.indexOps(OfferDocument.class).createIndex(new Index("activeOfferKey", Sort.Direction.ASC)
                .unique().sparse());
        mongo.indexOps(OfferDocument.class).createIndex(new Index().on("teamId", Sort.Direction.ASC)
                .on("candidateId", Sort.Direction.ASC));
    }

    @Override
    public void insert(Offer offer, List<HeadcountEvent> events) {
        try {
            store.insert(OfferDocument.from(offer), outboxEvents.stamp(offer.teamId(), events));
        } catch (DuplicateKeyException e) {
            throw new ActiveOfferExistsException(e);
        }
    }

    @Override
    public boolean update(Offer offer, long expectedVersion, List<HeadcountEvent> events) {
        return store.update(offer.id(), expectedVersion, OfferDocument.from(offer),
                outboxEvents.stamp(offer.teamId(), events));
    }

    @Override
    public Optional<Offer> find(String id, Collection<String> teamIds) {
        return TeamScopedReads.findById(mongo, id, OfferDocument.class, teamIds, OfferDocument::teamId)
                .map(OfferDocument::toModel);
    }

    @Override
    public Optional<Offer> findActive(String teamId, String candidateId, String requisitionId) {
        return one(Criteria.where("activeOfferKey").is(OfferDocument.activeKey(teamId, candidateId, requisitionId)));
    }

    @Override
    public List<Offer> findByCandidate(String teamId, String candidateId) {
        return mongo.find(Query.query(Criteria.where("teamId").is(teamId).and("candidateId").is(candidateId)),
                OfferDocument.class).stream().map(OfferDocument::toModel).toList();
    }

    @Override
    public List<Offer> list(Collection<String> teamIds, String candidateId, String afterId, int limit) {
        return TeamScopedReads.pageInTeams(mongo, OfferDocument.class, teamIds, afterId, limit,
                "candidateId", candidateId).stream().map(OfferDocument::toModel).toList();
    }

    private Optional<Offer> one(Criteria criteria) {
        return Optional.ofNullable(mongo.findOne(Query.query(criteria), OfferDocument.class))
                .map(OfferDocument::toModel);
    }
}
