package io.headcount.events.offer;

import io.headcount.events.CandidateScoped;
import io.headcount.events.RequisitionScoped;

public record OfferExpired(String offerId, String candidateId, String requisitionId, int offerVersion) implements OfferEvent, CandidateScoped, RequisitionScoped {
}
