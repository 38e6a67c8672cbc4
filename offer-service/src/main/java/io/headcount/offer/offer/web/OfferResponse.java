package io.headcount.offer.offer.web;

import io.headcount.offer.offer.model.Offer;
import io.headcount.offer.offer.model.OfferStatus;
import io.headcount.offer.offer.model.OfferVersion;

import java.time.Instant;
import java.util.List;

record OfferResponse(String id, String teamId, String candidateId, String requisitionId, OfferStatus status,
                     int currentVersion, List<OfferVersion> versions, Instant createdAt, Instant extendedAt,
                     long version) {

    static OfferResponse of(Offer offer) {
        return new OfferResponse(offer.id(), offer.teamId(), offer.candidateId(), offer.requisitionId(),
                offer.status(), offer.currentVersion().number(), offer.versions(), offer.createdAt(),
                offer.extendedAt(), offer.version());
    }
}
