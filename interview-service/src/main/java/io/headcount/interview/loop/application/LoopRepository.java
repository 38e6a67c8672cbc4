package io.headcount.interview.loop.application;

import io.headcount.events.HeadcountEvent;
import io.headcount.interview.loop.model.InterviewLoop;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface LoopRepository {

    /** False when the candidacy already has a loop (a redelivered CandidateSourced): nothing is stored. */
    boolean insertIfAbsent(InterviewLoop loop);

    boolean update(InterviewLoop loop, long expectedVersion, List<HeadcountEvent> events);

    Optional<InterviewLoop> find(String id, Collection<String> teamIds);

    Optional<InterviewLoop> findByCandidacy(String teamId, String candidateId, String requisitionId);

    List<InterviewLoop> findByCandidate(String teamId, String candidateId);

    List<InterviewLoop> list(Collection<String> teamIds, String candidateId, String requisitionId, String afterId,
                             int limit);
}
