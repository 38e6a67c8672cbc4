package io.headcount.interview.scorecard.infrastructure;

import io.headcount.events.interview.ScorecardEvent;
import io.headcount.interview.scorecard.application.ScorecardRepository;
import io.headcount.interview.scorecard.model.Scorecard;
import io.headcount.interview.scorecard.model.ScorecardStatus;
import io.headcount.plumbing.outbox.AggregateRepositories;
import io.headcount.plumbing.outbox.AggregateRepository;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
class MongoScorecardRepository implements ScorecardRepository {

    private final AggregateRepository<Scorecard, ScorecardDocument> scorecards;

    MongoScorecardRepository(AggregateRepositories repositories) {
        scorecards = repositories.of(ScorecardDocument.class, ScorecardDocument::from, ScorecardDocument::toModel,
                Scorecard::id, scorecard -> scorecard.assessment().teamId());
        scorecards.withIndex(new Index("authorKey", Sort.Direction.ASC).unique());
        scorecards.withIndex(new Index().on("loopId", Sort.Direction.ASC).on("stageKey", Sort.Direction.ASC));
        scorecards.withIndex(new Index().on("assessmentId", Sort.Direction.ASC));
    }

    @Override
    public boolean insertIfAbsent(Scorecard scorecard, List<ScorecardEvent> events) {
        return scorecards.insertIfAbsent(scorecard, events);
    }

    @Override
    public boolean update(Scorecard scorecard, long expectedVersion, List<ScorecardEvent> events) {
        return scorecards.update(scorecard, expectedVersion, events);
    }

    @Override
    public Optional<Scorecard> find(String id, Collection<String> teamIds) {
        return scorecards.findInTeams(id, teamIds);
    }

    @Override
    public Optional<Scorecard> findByAuthor(String assessmentId, String interviewerId) {
        return scorecards.findOne(Criteria.where("authorKey").is(ScorecardDocument.authorKey(assessmentId,
                interviewerId)));
    }

    @Override
    public List<Scorecard> findByLoop(String loopId, Collection<String> teamIds) {
        return scorecards.find(Query.query(Criteria.where("loopId").is(loopId).and("teamId").in(teamIds))
                .with(Sort.by("_id")));
    }

    @Override
    public List<String> submittedIds(String loopId, String stageKey) {
        return scorecards.find(Query.query(Criteria.where("loopId").is(loopId).and("stageKey").is(stageKey)
                .and("status").is(ScorecardStatus.SUBMITTED)).with(Sort.by("_id"))).stream().map(Scorecard::id)
                .toList();
    }

    @Override
    public List<String> submittedIdsFor(String assessmentId) {
        return scorecards.find(Query.query(Criteria.where("assessmentId").is(assessmentId)
                .and("status").is(ScorecardStatus.SUBMITTED)).with(Sort.by("_id"))).stream().map(Scorecard::id)
                .toList();
    }

    @Override
    public List<Scorecard> findByCandidate(String teamId, String candidateId) {
        return scorecards.find(Criteria.where("teamId").is(teamId).and("candidateId").is(candidateId));
    }
}
