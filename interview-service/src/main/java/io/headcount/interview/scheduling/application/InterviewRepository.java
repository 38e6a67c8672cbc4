package io.headcount.interview.scheduling.application;

import io.headcount.events.interview.InterviewEvent;
import io.headcount.interview.scheduling.model.Interview;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface InterviewRepository {

    /** Stores a booking with its events; {@link SlotTakenException} when an interviewer's slot is taken. */
    void insert(Interview interview, List<InterviewEvent> events);

    /** False when the stored version moved on; {@link SlotTakenException} when a new slot is taken. */
    boolean update(Interview interview, long expectedVersion, List<InterviewEvent> events);

    Optional<Interview> find(String id, Collection<String> teamIds);

    /** Scheduled interviews of the interviewer ending after {@code now}, by start, after the cursor position. */
    List<Interview> upcomingFor(Collection<String> teamIds, String interviewerId, Instant now, Instant afterStart,
                                String afterId, int limit);

    /** Scheduled interviews of a requisition (of one candidate, if given) that have not ended by {@code now}. */
    List<Interview> upcomingOf(String teamId, String requisitionId, String candidateId, Instant now);

    List<Interview> findByCandidate(String teamId, String candidateId);

    List<Interview> findByLoop(String loopId, Collection<String> teamIds);
}
