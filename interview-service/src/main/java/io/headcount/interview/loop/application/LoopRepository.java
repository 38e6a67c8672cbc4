package io.headcount.interview.loop.application;

import io.headcount.events.interview.InterviewLoopEvent;
import io.headcount.interview.loop.model.Candidacy;
import io.headcount.interview.loop.model.InterviewLoop;
import io.headcount.plumbing.domain.AggregateStore;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface LoopRepository extends AggregateStore<InterviewLoop, InterviewLoopEvent> {

    Optional<InterviewLoop> findByCandidacy(Candidacy candidacy);

    /** The requisition's loops that are still open or completed (not yet hired, rejected or closed). */
    List<InterviewLoop> findOpenByRequisition(String teamId, String requisitionId);

    List<InterviewLoop> findByCandidate(String teamId, String candidateId);

    List<InterviewLoop> list(Collection<String> teamIds, String candidateId, String requisitionId, String afterId,
                             int limit);
}
