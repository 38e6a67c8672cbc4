package io.headcount.insights.funnel.application;

import io.headcount.insights.funnel.model.CandidacyFacts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Facts kept per candidacy, recommendation per scorecard and title per requisition. Every write is idempotent and
 * commutative (earliest time wins; a scorecard's latest version wins), so duplicates and cross-topic reordering leave
 * the same state, and a replay from offset 0 rebuilds it exactly.
 */
public interface FactStore {

    /** Sets {@code fact} (e.g. {@code sourcedAt}, {@code stagesPassed.technical-live}) to the earliest time given. */
    void recordEarliest(String teamId, String requisitionId, String candidateId, String fact, Instant at);

    void recordSourceChannel(String teamId, String requisitionId, String candidateId, String channel);

    void recordRecommendation(String teamId, String requisitionId, String scorecardId, String recommendation,
                              Instant at);

    void recordRequisition(String teamId, String requisitionId, String title);

    /** Unlinks the candidate's candidacies from their id: the facts stay, anonymous. */
    void erase(String candidateId);

    List<CandidacyFacts> ofRequisition(String requisitionId, Collection<String> teamIds);

    List<CandidacyFacts> ofTeam(String teamId);

    Map<String, Integer> recommendations(String requisitionId, Collection<String> teamIds);

    Map<String, Integer> teamRecommendations(String teamId);

    Optional<RequisitionSummary> requisition(String requisitionId, Collection<String> teamIds);

    List<RequisitionSummary> requisitions(Collection<String> teamIds);

    record RequisitionSummary(String requisitionId, String teamId, String title) {
    }
}
