package io.headcount.events.offer;

import io.headcount.events.CandidateScoped;

public record OfferRescinded(String offerId, String candidateId, String requisitionId, int offerVersion, String reason)
        implements CandidateScoped {
}
