package io.headcount.interview.loop.infrastructure;

import io.headcount.events.HeadcountEvent;
import io.headcount.interview.loop.application.LoopRepository;
import io.headcount.interview.loop.model.InterviewLoop;
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
class MongoLoopRepository implements LoopRepository {

    private final MongoTemplate mongo;
    private final OutboxAggregateStore store;
    private final OutboxEvents outboxEvents;

    MongoLoopRepository(MongoTemplate mongo, OutboxAggregateStore store, OutboxEvents outboxEvents) {
        this.mongo = mongo;
        this.store = store;
        this.outboxEvents = outboxEvents;
        mongo.indexOps(LoopDocument.class).createIndex(new Index("candidacyKey", Sort.Direction.ASC).unique());
        mongo.indexOps(LoopDocument.class).createIndex(new Index().on("teamId", Sort.Direction.ASC)
                .on("candidateId", Sort.Direction.ASC));
    }

    @Override
    public boolean insertIfAbsent(InterviewLoop loop) {
        try {
            store.insert(LoopDocument.from(loop), List.of());
            return true;
        } catch (DuplicateKeyException alreadyOpen) {
            return false;
        }
    }

    @Override
    public boolean update(InterviewLoop loop, long expectedVersion, List<HeadcountEvent> events) {
        return store.update(loop.id(), expectedVersion, LoopDocument.from(loop),
                outboxEvents.stamp(loop.teamId(), events));
    }

    @Override
    public Optional<InterviewLoop> find(String id, Collection<String> teamIds) {
        return TeamScopedReads.findById(mongo, id, LoopDocument.class, teamIds, LoopDocument::teamId)
                .map(LoopDocument::toModel);
    }

    @Override
    public Optional<InterviewLoop> findByCandidacy(String teamId, String candidateId, String requisitionId) {
        return one(Criteria.where("candidacyKey").is(LoopDocument.candidacyKey(teamId, candidateId, requisitionId)));
    }

    @Override
    public List<InterviewLoop> findByCandidate(String teamId, String candidateId) {
        return mongo.find(Query.query(Criteria.where("teamId").is(teamId).and("candidateId").is(candidateId)),
                LoopDocument.class).stream().map(LoopDocument::toModel).toList();
    }

    @Override
    public List<InterviewLoop> list(Collection<String> teamIds, String candidateId, String requisitionId,
                                    String afterId, int limit) {
        return TeamScopedReads.pageInTeams(mongo, LoopDocument.class, teamIds, afterId, limit,
                "candidateId", candidateId, "requisitionId", requisitionId).stream().map(LoopDocument::toModel)
                .toList();
    }

    private Optional<InterviewLoop> one(Criteria criteria) {
        return Optional.ofNullable(mongo.findOne(Query.query(criteria), LoopDocument.class))
                .map(LoopDocument::toModel);
    }
}
