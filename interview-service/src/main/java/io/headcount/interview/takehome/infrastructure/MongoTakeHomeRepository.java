package io.headcount.interview.takehome.infrastructure;

import io.headcount.events.interview.TakeHomeEvent;
import io.headcount.interview.takehome.application.TakeHomeRepository;
import io.headcount.interview.takehome.model.TakeHome;
import io.headcount.interview.takehome.model.TakeHomeStatus;
import io.headcount.plumbing.outbox.AggregateRepositories;
import io.headcount.plumbing.outbox.MongoAggregateStore;
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
class MongoTakeHomeRepository extends MongoAggregateStore<TakeHome, TakeHomeDocument, TakeHomeEvent>
        implements TakeHomeRepository {

    MongoTakeHomeRepository(AggregateRepositories repositories) {
        super(repositories.of(TakeHomeDocument.class, TakeHomeDocument::from, TakeHomeDocument::toModel,
                TakeHome::id, TakeHome::teamId),
                new Kind<>("take-home", TakeHome::id, TakeHome::version));
        aggregates.withIndex(new Index("stageSlot", Sort.Direction.ASC).unique());
        aggregates.withIndex(new Index().on("status", Sort.Direction.ASC).on("deadline", Sort.Direction.ASC));
        aggregates.withIndex(new Index().on("loopId", Sort.Direction.ASC));
    }

    @Override
    public Optional<TakeHome> findByStage(String teamId, String loopId, String stageKey) {
        return aggregates.findOne(Criteria.where("stageSlot").is(TakeHomeDocument.stageSlot(teamId, loopId, stageKey)));
    }

    @Override
    public List<TakeHome> findByLoop(String loopId, Collection<String> teamIds) {
        return aggregates.find(Query.query(Criteria.where("loopId").is(loopId).and("teamId").in(teamIds))
                .with(Sort.by("_id")));
    }

    @Override
    public List<TakeHome> overdue(Instant now, int limit) {
        return aggregates.find(Query.query(Criteria.where("status").is(TakeHomeStatus.ASSIGNED).and("deadline").lt(now))
                .with(Sort.by("deadline")).limit(limit));
    }

    @Override
    public List<TakeHome> findByCandidate(String teamId, String candidateId) {
        return aggregates.find(Criteria.where("teamId").is(teamId).and("candidateId").is(candidateId));
    }
}
