package io.headcount.interview.scorecard.application;

import io.headcount.events.interview.ScorecardEvent;
import io.headcount.interview.loop.application.SubmittedScorecards;
import io.headcount.interview.scorecard.model.Scorecard;
import io.headcount.interview.takehome.application.SubmittedReviews;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Also the port the loop and take-home features read submitted scorecards through. */
public interface ScorecardRepository extends SubmittedScorecards, SubmittedReviews {

    /** False, storing nothing, when the author has a scorecard for this assessment already. */
    boolean insertIfAbsent(Scorecard scorecard, List<ScorecardEvent> events);

    boolean update(Scorecard scorecard, long expectedVersion, List<ScorecardEvent> events);

    Optional<Scorecard> find(String id, Collection<String> teamIds);

    Optional<Scorecard> findByAuthor(String assessmentId, String interviewerId);

    List<Scorecard> findByLoop(String loopId, Collection<String> teamIds);

    @Override
    List<String> submittedIds(String loopId, String stageKey);

    @Override
    List<String> submittedIdsFor(String assessmentId);

    List<Scorecard> findByCandidate(String teamId, String candidateId);
}
