package io.headcount.interview.loop.application;

import io.headcount.events.interview.InterviewLoopEvent;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.VersionedWrites;
import io.headcount.interview.loop.model.Candidacy;
import io.headcount.interview.loop.model.InterviewLoop;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface LoopRepository {

    /** False when the candidacy already has a loop (a redelivered CandidateSourced): nothing is stored. */
    boolean insertIfAbsent(InterviewLoop loop);

    boolean update(InterviewLoop loop, long expectedVersion, List<InterviewLoopEvent> events);

    Optional<InterviewLoop> find(String id, Collection<String> teamIds);

    Optional<InterviewLoop> findByCandidacy(Candidacy candidacy);

    /** The requisition's loops that are still open or completed (not yet hired, rejected or closed). */
    List<InterviewLoop> findOpenByRequisition(String teamId, String requisitionId);

    List<InterviewLoop> findByCandidate(String teamId, String candidateId);

    List<InterviewLoop> list(Collection<String> teamIds, String candidateId, String requisitionId, String afterId,
                             int limit);

    /** Stores a change made to {@code before} (read just now), unless it changed nothing; stale → exception. */
    default void save(InterviewLoop before, Changed<InterviewLoop, InterviewLoopEvent> change) {
        save(before, before.version(), change);
    }

    /** Stores a change the caller based on {@code expectedVersion} (their If-Match); stale → exception. */
    default void save(InterviewLoop before, long expectedVersion, Changed<InterviewLoop, InterviewLoopEvent> change) {
        new VersionedWrites<>("interview loop", this::update, InterviewLoop::id, InterviewLoop::version).save(before, expectedVersion, change);
    }
}
