package io.headcount.offer.eligibility.application;

import io.headcount.offer.eligibility.model.Eligibility;

public interface EligibilityRepository {

    Eligibility find(String teamId, String candidateId, String requisitionId);

    void markLoopCompleted(String teamId, String candidateId, String requisitionId);

    void markWithdrawn(String teamId, String candidateId, String requisitionId);

    /** Every candidacy of the candidate, including ones this service has not heard of yet. */
    void markErased(String teamId, String candidateId);
}
