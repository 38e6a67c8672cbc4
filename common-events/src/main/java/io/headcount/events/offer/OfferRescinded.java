package io.headcount.events.offer;

import io.headcount.events.CandidateScoped;
import io.headcount.events.RequisitionScoped;

public record OfferRescinded(String offerId, String candidateId, String requisitionId, int offerVersion, String reason)
        implements OfferEvent, CandidateScoped, RequisitionScoped {
}
