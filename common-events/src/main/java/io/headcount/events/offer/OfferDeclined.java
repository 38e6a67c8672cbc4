package io.headcount.events.offer;

import io.headcount.events.CandidateScoped;

public record OfferDeclined(String offerId, String candidateId, int offerVersion, String reason)
        implements CandidateScoped {
}
