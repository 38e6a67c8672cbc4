package io.headcount.events.offer;

import io.headcount.events.CandidateScoped;
import io.headcount.events.RequisitionScoped;

import java.time.Instant;

/** The offer was sent to the candidate and can be accepted until it expires. */
public record OfferExtended(String offerId, String candidateId, String requisitionId, int offerVersion,
                            Instant expiresAt) implements OfferEvent, CandidateScoped, RequisitionScoped {
}
