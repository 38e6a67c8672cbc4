package io.headcount.offer.offer.infrastructure;

import io.headcount.offer.offer.model.ApprovalStep;
import io.headcount.offer.offer.model.Offer;
import io.headcount.offer.offer.model.OfferStatus;
import io.headcount.offer.offer.model.OfferVersion;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * An offer as stored. {@code activeOfferKey} is present only while the offer is open; a unique sparse index on it
 * lets the store, not a check-then-insert race, refuse a second open offer for one candidacy.
 */
@Document("offers")
record OfferDocument(@Id String id, String teamId, long version, String candidateId, String requisitionId,
                     OfferStatus status, List<OfferVersion> versions, Instant createdAt, Instant extendedAt,
                     String activeOfferKey, Instant expiresAt, String requestedBy, List<ApprovalStep> approvals) {

    static OfferDocument from(Offer offer) {
        return new OfferDocument(offer.id(), offer.teamId(), offer.version(), offer.candidateId(),
                offer.requisitionId(), offer.status(), offer.versions(), offer.createdAt(), offer.extendedAt(),
                offer.status().isFinal() ? null : activeKey(offer.teamId(), offer.candidateId(), offer.requisitionId()),
                offer.expiresAt(), offer.requestedBy(), offer.approvals().isEmpty() ? null : offer.approvals());
    }

    static String activeKey(String teamId, String candidateId, String requisitionId) {
        return teamId + "|" + candidateId + "|" + requisitionId;
    }

    Offer toModel() {
        return new Offer(id, teamId, candidateId, requisitionId, status, versions, createdAt, extendedAt, requestedBy,
                approvals, version);
    }
}
