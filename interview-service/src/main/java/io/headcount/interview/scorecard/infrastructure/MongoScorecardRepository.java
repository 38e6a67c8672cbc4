package io.headcount.interview.scorecard.infrastructure;

import io.headcount.events.interview.ScorecardEvent;
import io.headcount.interview.scorecard.application.ScorecardRepository;
import io.headcount.interview.scorecard.model.Scorecard;
import io.headcount.interview.scorecard.model.ScorecardStatus;
import io.headcount.plumbing.outbox.AggregateRepositories;
import io.headcount.plumbing.outbox.MongoAggregateStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
class MongoScorecardRepository extends MongoAggregateStore<Scorecard, ScorecardDocument, ScorecardEvent>
        implements ScorecardRepository {

    MongoScorecardRepository(AggregateRepositories repositories) {
        super(repositories.of(ScorecardDocument.class, ScorecardDocument::from, ScorecardDocument::toModel,
                Scorecard::id, scorecard -> scorecard.assessment().teamId()),
                new Kind<>("scorecard", Scorecard::id, Scorecard::version));
        aggregates.withIndex(new Index("authorKey", Sort.Direction.ASC).unique());
        aggregates.withIndex(new Index().on("loopId", Sort.Direction.ASC).on("stageKey", Sort.Direction.ASC));
        aggregates.withIndex(new Index().on("assessmentId", Sort.Direction.ASC));
    }

    @Override
    public Optional<Scorecard> findByAuthor(String assessmentId, String interviewerId) {
        return aggregates.findOne(Criteria.where("authorKey").is(ScorecardDocument.authorKey(assessmentId,
                interviewerId)));
    }

    @Override
    public List<Scorecard> findByLoop(String loopId, Collection<String> teamIds) {
        return aggregates.find(Query.query(Criteria.where("loopId").is(loopId).and("teamId").in(teamIds))
                .with(Sort.by("_id")));
    }

    @Override
    public List<String> submittedIds(String loopId, String stageKey) {
        return aggregates.find(Query.query(Criteria.where("loopId").is(loopId).and("stageKey").is(stageKey)
                .and("status").is(ScorecardStatus.SUBMITTED)).with(Sort.by("_id"))).stream().map(Scorecard::id)
                .toList();
    }

    @Override
    public List<String> submittedIdsFor(String assessmentId) {
        return aggregates.find(Query.query(Criteria.where("assessmentId").is(assessmentId)
                .and("status").is(ScorecardStatus.SUBMITTED)).with(Sort.by("_id"))).stream().map(Scorecard::id)
                .toList();
    }

    @Override
    public List<Scorecard> findByCandidate(String teamId, String candidateId) {
        return aggregates.find(Criteria.where("teamId").is(teamId).and("candidateId").is(candidateId));
    }
}
