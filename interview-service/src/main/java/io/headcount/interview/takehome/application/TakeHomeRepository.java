package io.headcount.interview.takehome.application;

import io.headcount.events.interview.TakeHomeEvent;
import io.headcount.interview.takehome.model.TakeHome;
import io.headcount.plumbing.domain.AggregateStore;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface TakeHomeRepository extends AggregateStore<TakeHome, TakeHomeEvent> {

    Optional<TakeHome> findByStage(String teamId, String loopId, String stageKey);

    List<TakeHome> findByLoop(String loopId, Collection<String> teamIds);

    /** Assigned take-homes whose deadline is before {@code now}, oldest deadline first. */
    List<TakeHome> overdue(Instant now, int limit);

    List<TakeHome> findByCandidate(String teamId, String candidateId);
}
