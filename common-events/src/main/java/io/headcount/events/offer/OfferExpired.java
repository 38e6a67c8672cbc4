package io.headcount.events.offer;

import io.headcount.events.CandidateScoped;

public record OfferExpired(String offerId, String candidateId, String requisitionId, int offerVersion) implements CandidateScoped {
}
