package io.headcount.offer.offer.infrastructure;

import io.headcount.events.offer.OfferEvent;
import io.headcount.offer.offer.application.ActiveOfferExistsException;
import io.headcount.offer.offer.application.OfferRepository;
import io.headcount.offer.offer.model.Offer;
import io.headcount.offer.offer.model.OfferStatus;
import io.headcount.plumbing.outbox.AggregateRepositories;
import io.headcount.plumbing.outbox.MongoAggregateStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
class MongoOfferRepository extends MongoAggregateStore<Offer, OfferDocument, OfferEvent> implements OfferRepository {

    MongoOfferRepository(AggregateRepositories repositories) {
        super(repositories.of(OfferDocument.class, OfferDocument::from, OfferDocument::toModel, Offer::id,
                Offer::teamId),
                new Kind<>("offer", Offer::id, Offer::version));
        aggregates.withIndex(new Index("activeOfferKey", Sort.Direction.ASC)
                .unique().sparse());
        aggregates.withIndex(new Index().on("teamId", Sort.Direction.ASC)
                .on("candidateId", Sort.Direction.ASC));
        aggregates.withIndex(new Index().on("status", Sort.Direction.ASC)
                .on("expiresAt", Sort.Direction.ASC));
    }

    @Override
    public void insert(Offer offer, List<OfferEvent> events) {
        try {
            aggregates.insert(offer, events);
        } catch (DuplicateKeyException e) {
            throw new ActiveOfferExistsException(e);
        }
    }

    @Override
    public Optional<Offer> findActive(String teamId, String candidateId, String requisitionId) {
        return aggregates.findOne(Criteria.where("activeOfferKey").is(OfferDocument.activeKey(teamId, candidateId,
                requisitionId)));
    }

    @Override
    public List<Offer> findOpenByRequisition(String teamId, String requisitionId) {
        return aggregates.find(Criteria.where("teamId").is(teamId).and("requisitionId").is(requisitionId)
                .and("status").in(OfferStatus.DRAFT, OfferStatus.PENDING_APPROVAL, OfferStatus.APPROVED));
    }

    @Override
    public List<Offer> findByCandidate(String teamId, String candidateId) {
        return aggregates.find(Criteria.where("teamId").is(teamId).and("candidateId").is(candidateId));
    }

    @Override
    public List<Offer> findExtendedExpiringBefore(Instant now, int limit) {
        return aggregates.find(Query.query(Criteria.where("status").is(OfferStatus.EXTENDED).and("expiresAt").lt(now))
                .with(Sort.by("expiresAt")).limit(limit));
    }

    @Override
    public List<Offer> list(Collection<String> teamIds, String candidateId, String afterId, int limit) {
        return aggregates.page(teamIds, afterId, limit, "candidateId", candidateId);
    }
}
