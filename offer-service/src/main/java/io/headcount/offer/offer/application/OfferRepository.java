package io.headcount.offer.offer.application;

import io.headcount.events.offer.OfferEvent;
import io.headcount.offer.offer.model.Offer;
import io.headcount.plumbing.domain.AggregateStore;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface OfferRepository extends AggregateStore<Offer, OfferEvent> {

    Optional<Offer> findActive(String teamId, String candidateId, String requisitionId);

    /** Offers of the requisition not yet extended (draft, pending approval, approved). */
    List<Offer> findOpenByRequisition(String teamId, String requisitionId);

    List<Offer> findByCandidate(String teamId, String candidateId);

    /** Extended offers whose expiry is before {@code now}, oldest expiry first. */
    List<Offer> findExtendedExpiringBefore(java.time.Instant now, int limit);

    List<Offer> list(Collection<String> teamIds, String candidateId, String afterId, int limit);
}
