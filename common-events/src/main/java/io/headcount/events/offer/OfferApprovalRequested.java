package io.headcount.events.offer;

import io.headcount.events.CandidateScoped;

public record OfferApprovalRequested(String offerId, String candidateId, String requisitionId, int offerVersion, String approverRole,
                                     String reason) implements CandidateScoped {
}
