package io.headcount.events.offer;

import io.headcount.events.CandidateScoped;
import io.headcount.events.RequisitionScoped;

/** An approver refused an offer version; the offer is a draft again (the reason stays in offer-service). */
public record OfferApprovalRejected(String offerId, String candidateId, String requisitionId, int offerVersion,
                                    String approverRole, String rejectedBy)
        implements OfferEvent, CandidateScoped, RequisitionScoped {
}
