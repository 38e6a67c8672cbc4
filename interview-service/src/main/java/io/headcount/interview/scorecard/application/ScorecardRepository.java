package io.headcount.interview.scorecard.application;

import io.headcount.events.interview.ScorecardEvent;
import io.headcount.interview.loop.application.SubmittedScorecards;
import io.headcount.interview.scorecard.model.Scorecard;
import io.headcount.interview.takehome.application.SubmittedReviews;
import io.headcount.plumbing.domain.AggregateStore;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Also the port the loop and take-home features read submitted scorecards through. */
public interface ScorecardRepository extends AggregateStore<Scorecard, ScorecardEvent>, SubmittedScorecards,
        SubmittedReviews {

    Optional<Scorecard> findByAuthor(String assessmentId, String interviewerId);

    List<Scorecard> findByLoop(String loopId, Collection<String> teamIds);

    @Override
    List<String> submittedIds(String loopId, String stageKey);

    @Override
    List<String> submittedIdsFor(String assessmentId);

    List<Scorecard> findByCandidate(String teamId, String candidateId);
}
