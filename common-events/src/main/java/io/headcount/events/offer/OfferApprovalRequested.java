package io.headcount.events.offer;

import io.headcount.events.CandidateScoped;
import io.headcount.events.RequisitionScoped;

public record OfferApprovalRequested(String offerId, String candidateId, String requisitionId, int offerVersion, String approverRole,
                                     String reason) implements OfferEvent, CandidateScoped, RequisitionScoped {
}
