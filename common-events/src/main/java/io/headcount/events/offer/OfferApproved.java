package io.headcount.events.offer;

import io.headcount.events.CandidateScoped;

public record OfferApproved(String offerId, String candidateId, String requisitionId, int offerVersion, String approvedBy)
        implements CandidateScoped {
}
