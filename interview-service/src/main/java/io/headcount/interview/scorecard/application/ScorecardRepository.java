package io.headcount.interview.scorecard.application;

import io.headcount.events.HeadcountEvent;
import io.headcount.interview.scorecard.model.Scorecard;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ScorecardRepository {

    /** False, storing nothing, when the author has a scorecard for this assessment already. */
    boolean insertIfAbsent(Scorecard scorecard, List<HeadcountEvent> events);

    boolean update(Scorecard scorecard, long expectedVersion, List<HeadcountEvent> events);

    Optional<Scorecard> find(String id, Collection<String> teamIds);

    Optional<Scorecard> findByAuthor(String assessmentId, String interviewerId);

    List<Scorecard> findByLoop(String loopId, Collection<String> teamIds);

    /** Ids of the submitted scorecards of a loop's stage, oldest first. */
    List<String> submittedIds(String loopId, String stageKey);

    /** Ids of the submitted scorecards of one assessment (an interview or a take-home). */
    List<String> submittedIdsFor(String assessmentId);

    List<Scorecard> findByCandidate(String teamId, String candidateId);
}
