package io.headcount.interview.scheduling.application;

import io.headcount.events.interview.InterviewEvent;
import io.headcount.interview.scheduling.model.Interview;
import io.headcount.plumbing.domain.AggregateStore;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

public interface InterviewRepository extends AggregateStore<Interview, InterviewEvent> {

    /** Scheduled interviews of the interviewer ending after {@code now}, by start, after the cursor position. */
    List<Interview> upcomingFor(Collection<String> teamIds, String interviewerId, Instant now, Instant afterStart,
                                String afterId, int limit);

    /** Scheduled interviews of a requisition (of one candidate, if given) that have not ended by {@code now}. */
    List<Interview> upcomingOf(String teamId, String requisitionId, String candidateId, Instant now);

    List<Interview> findByCandidate(String teamId, String candidateId);

    List<Interview> findByLoop(String loopId, Collection<String> teamIds);
}
