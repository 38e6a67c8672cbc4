package io.headcount.events.offer;

import io.headcount.events.CandidateScoped;
import io.headcount.events.RequisitionScoped;

public record OfferApproved(String offerId, String candidateId, String requisitionId, int offerVersion, String approvedBy)
        implements OfferEvent, CandidateScoped, RequisitionScoped {
}
