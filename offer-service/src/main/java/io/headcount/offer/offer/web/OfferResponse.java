package io.headcount.offer.offer.web;

import io.headcount.offer.offer.model.ApprovalStep;
import io.headcount.offer.offer.model.Offer;
import io.headcount.offer.offer.model.OfferStatus;
import io.headcount.offer.offer.model.OfferVersion;
import io.headcount.offer.payband.model.Alignment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code band} is where the current base salary sits in the requisition's pay band (absent when there is no band in
 * its currency, or the terms were erased).
 */
record OfferResponse(String id, String teamId, String candidateId, String requisitionId, OfferStatus status,
                     int currentVersion, List<OfferVersion> versions, Instant createdAt, Instant extendedAt,
                     String requestedBy, List<ApprovalStep> approvals, Alignment band, long version) {

    static OfferResponse of(Offer offer, Optional<Alignment> band) {
        return new OfferResponse(offer.id(), offer.teamId(), offer.candidateId(), offer.requisitionId(),
                offer.status(), offer.currentVersion().number(), offer.versions(), offer.createdAt(),
                offer.extendedAt(), offer.requestedBy(), offer.approvals(), band.orElse(null), offer.version());
    }
}
