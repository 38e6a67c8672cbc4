package io.headcount.events.offer;

import io.headcount.events.CandidateScoped;

public record OfferExpired(String offerId, String candidateId, int offerVersion) implements CandidateScoped {
}
