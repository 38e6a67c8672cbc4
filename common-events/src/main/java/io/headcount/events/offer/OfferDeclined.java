package io.headcount.events.offer;

import io.headcount.events.CandidateScoped;

public record OfferDeclined(String offerId, String candidateId, String requisitionId, int offerVersion, String reason)
        implements CandidateScoped {
}
