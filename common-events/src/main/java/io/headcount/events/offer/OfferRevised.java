package io.headcount.events.offer;

import io.headcount.events.CandidateScoped;
import io.headcount.events.RequisitionScoped;

import java.util.List;

/**
 * A new version of an offer's terms: which fields changed (names, never values), and whether approvals start over
 * (any change to money).
 */
public record OfferRevised(String offerId, String candidateId, String requisitionId, int offerVersion,
                           List<String> changedFields, boolean approvalsReset)
        implements OfferEvent, CandidateScoped, RequisitionScoped {
}
