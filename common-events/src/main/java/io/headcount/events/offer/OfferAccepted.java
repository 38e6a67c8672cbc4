package io.headcount.events.offer;

import io.headcount.events.CandidateScoped;
import io.headcount.events.PersonalData;
import io.headcount.events.RequisitionScoped;

/**
 * The candidate accepted version {@code offerVersion}; the candidate is hired. {@code acceptedTerms} are that
 * version's full terms (null only in events written before they were added), so payroll needs no other event.
 */
public record OfferAccepted(String offerId, String candidateId, String requisitionId, int offerVersion,
                            @PersonalData OfferTerms acceptedTerms)
        implements OfferEvent, CandidateScoped, RequisitionScoped {
}
