package io.headcount.offer.offer.application;

import io.headcount.events.HeadcountEvent;
import io.headcount.offer.offer.model.Offer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface OfferRepository {

    /** Throws {@link ActiveOfferExistsException} when the candidacy already has an open offer. */
    void insert(Offer offer, List<HeadcountEvent> events);

    boolean update(Offer offer, long expectedVersion, List<HeadcountEvent> events);

    Optional<Offer> find(String id, Collection<String> teamIds);

    Optional<Offer> findActive(String teamId, String candidateId, String requisitionId);

    List<Offer> findByCandidate(String teamId, String candidateId);

    /** Extended offers whose expiry is before {@code now}, oldest expiry first. */
    List<Offer> findExtendedExpiringBefore(java.time.Instant now, int limit);

    List<Offer> list(Collection<String> teamIds, String candidateId, String afterId, int limit);
}
