package io.headcount.offer.offer.application;

import io.headcount.events.offer.OfferEvent;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.VersionedWrites;
import io.headcount.offer.offer.model.Offer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface OfferRepository {

    /** Throws {@link ActiveOfferExistsException} when the candidacy already has an open offer. */
    void insert(Offer offer, List<OfferEvent> events);

    boolean update(Offer offer, long expectedVersion, List<OfferEvent> events);

    Optional<Offer> find(String id, Collection<String> teamIds);

    Optional<Offer> findActive(String teamId, String candidateId, String requisitionId);

    /** Offers of the requisition not yet extended (draft, pending approval, approved). */
    List<Offer> findOpenByRequisition(String teamId, String requisitionId);

    List<Offer> findByCandidate(String teamId, String candidateId);

    /** Extended offers whose expiry is before {@code now}, oldest expiry first. */
    List<Offer> findExtendedExpiringBefore(java.time.Instant now, int limit);

    List<Offer> list(Collection<String> teamIds, String candidateId, String afterId, int limit);

    /** Stores a change made to {@code before} (read just now), unless it changed nothing; stale → exception. */
    default void save(Offer before, Changed<Offer, OfferEvent> change) {
        save(before, before.version(), change);
    }

    /** Stores a change the caller based on {@code expectedVersion} (their If-Match); stale → exception. */
    default void save(Offer before, long expectedVersion, Changed<Offer, OfferEvent> change) {
        writes().save(before, expectedVersion, change);
    }

    /** An action on the offer as it is stored now (reactions, sweeps); a lost race reads and tries again. */
    default void applyToLatest(String id, String teamId, java.util.function.Function<Offer, Changed<Offer, OfferEvent>> action) {
        writes().applyToLatest(() -> find(id, List.of(teamId)).orElseThrow(), action);
    }

    private VersionedWrites<Offer, OfferEvent> writes() {
        return new VersionedWrites<>("offer", this::update, Offer::id, Offer::version);
    }
}
