package io.headcount.interview.takehome.application;

import io.headcount.events.interview.TakeHomeEvent;
import io.headcount.interview.takehome.model.TakeHome;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface TakeHomeRepository {

    /** False, storing nothing, when the loop's stage has a take-home already. */
    boolean insertIfAbsent(TakeHome takeHome, List<TakeHomeEvent> events);

    boolean update(TakeHome takeHome, long expectedVersion, List<TakeHomeEvent> events);

    Optional<TakeHome> find(String id, Collection<String> teamIds);

    Optional<TakeHome> findByStage(String teamId, String loopId, String stageKey);

    List<TakeHome> findByLoop(String loopId, Collection<String> teamIds);

    /** Assigned take-homes whose deadline is before {@code now}, oldest deadline first. */
    List<TakeHome> overdue(Instant now, int limit);

    List<TakeHome> findByCandidate(String teamId, String candidateId);
}
