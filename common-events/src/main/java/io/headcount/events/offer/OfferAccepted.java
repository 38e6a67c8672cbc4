package io.headcount.events.offer;

import io.headcount.events.CandidateScoped;

public record OfferAccepted(String offerId, String candidateId, String requisitionId, int offerVersion)
        implements CandidateScoped {
}
