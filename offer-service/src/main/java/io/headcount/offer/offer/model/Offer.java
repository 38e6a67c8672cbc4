package io.headcount.offer.offer.model;

import io.headcount.events.offer.OfferAccepted;
import io.headcount.events.offer.OfferDeclined;
import io.headcount.events.offer.OfferDrafted;
import io.headcount.events.offer.OfferExpired;
import io.headcount.events.offer.OfferExtended;
import io.headcount.events.offer.OfferRescinded;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.ConflictException;
import io.headcount.plumbing.domain.InvalidFieldException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * An offer to one candidate for one requisition: DRAFT → (PENDING_APPROVAL → APPROVED) → EXTENDED → ACCEPTED |
 * DECLINED | EXPIRED | RESCINDED. Approval is only needed outside the team's pay band; pay bands are not built yet,
 * so a draft may be extended directly.
 */
public record Offer(String id, String teamId, String candidateId, String requisitionId, OfferStatus status,
                    List<OfferVersion> versions, Instant createdAt, Instant extendedAt, long version) {

    private static final Set<OfferStatus> EXTENDABLE = Set.of(OfferStatus.DRAFT, OfferStatus.APPROVED);

    public Offer {
        versions = List.copyOf(versions);
    }

    /** How far from today a start date may lie, and how long an extended offer may stay open. */
    static final Period START_DATE_PAST = Period.ofYears(1);
    static final Period START_DATE_FUTURE = Period.ofYears(3);
    static final Duration LONGEST_VALIDITY = Duration.ofDays(365);

    public static Changed<Offer> draft(String id, String teamId, String candidateId, String requisitionId,
                                       OfferTerms terms, Instant now) {
        requireSensibleDates(terms, now);
        Offer offer = new Offer(id, teamId, candidateId, requisitionId, OfferStatus.DRAFT,
                List.of(new OfferVersion(1, terms, now)), now, null, 1);
        return Changed.of(offer, new OfferDrafted(id, candidateId, requisitionId, 1,
                terms.compensation().baseSalary(), terms.startDate()));
    }

    private static void requireSensibleDates(OfferTerms terms, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate earliest = today.minus(START_DATE_PAST);
        LocalDate latest = today.plus(START_DATE_FUTURE);
        if (terms.startDate().isBefore(earliest) || terms.startDate().isAfter(latest)) {
            throw new InvalidFieldException("startDate", "must be between " + earliest + " and " + latest);
        }
        Instant expiresAt = terms.expiresAt();
        if (expiresAt != null && (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(LONGEST_VALIDITY)))) {
            throw new InvalidFieldException("expiresAt", "must be in the future and at most "
                    + LONGEST_VALIDITY.toDays() + " days ahead");
        }
    }

    public OfferVersion currentVersion() {
        return versions.get(versions.size() - 1);
    }

    public Changed<Offer> extend(Instant now) {
        requireNotErased();
        require(EXTENDABLE.contains(status), "only a draft or approved offer can be extended");
        Instant expiresAt = currentVersion().terms().expiresAt();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new InvalidFieldException("expiresAt", "the offer would already be expired; revise its expiry");
        }
        return Changed.of(with(OfferStatus.EXTENDED, now), new OfferExtended(id, candidateId, requisitionId,
                currentVersion().number(), expiresAt));
    }

    public Changed<Offer> accept(Instant now) {
        requireNotErased();
        require(status == OfferStatus.EXTENDED, "only an extended offer can be accepted");
        Instant expiresAt = currentVersion().terms().expiresAt();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new ConflictException("offer " + id + " expired at " + expiresAt);
        }
        return Changed.of(with(OfferStatus.ACCEPTED, extendedAt), new OfferAccepted(id, candidateId,
                requisitionId, currentVersion().number()));
    }

    /** An extended offer whose expiry has passed unanswered expires; anything else is left as it is. */
    public Changed<Offer> expire(Instant now) {
        Instant expiresAt = expiresAt();
        if (status != OfferStatus.EXTENDED || expiresAt == null || expiresAt.isAfter(now)) {
            return Changed.unchanged(this);
        }
        return Changed.of(with(OfferStatus.EXPIRED, extendedAt), new OfferExpired(id, candidateId, requisitionId,
                currentVersion().number()));
    }

    /** When the current version lapses once extended; null without an expiry (or after erasure). */
    public Instant expiresAt() {
        OfferTerms terms = currentVersion().terms();
        return terms == null ? null : terms.expiresAt();
    }

    public Changed<Offer> decline(String reason) {
        requireNotErased();
        require(status == OfferStatus.EXTENDED, "only an extended offer can be declined");
        return Changed.of(with(OfferStatus.DECLINED, extendedAt), new OfferDeclined(id, candidateId, requisitionId,
                currentVersion().number(), reason));
    }

    public Changed<Offer> rescind(String reason) {
        if (status.isFinal()) {
            return Changed.unchanged(this);
        }
        return Changed.of(with(OfferStatus.RESCINDED, extendedAt), new OfferRescinded(id, candidateId,
                requisitionId, currentVersion().number(), reason));
    }

    /** The candidate withdrew from the requisition: an open offer is rescinded, a decided one stays as it is. */
    public Changed<Offer> onWithdrawal() {
        return rescind("candidate withdrew");
    }

    /**
     * GDPR erasure: an offer still open is rescinded (nobody can answer it any more, and the sweep has nothing to
     * expire), and the terms (compensation tied to a person) go from every version; versions, status and dates stay.
     */
    public Changed<Offer> erase() {
        if (isErased()) {
            return Changed.unchanged(this);
        }
        Changed<Offer> closed = rescind("candidate erased");
        return new Changed<>(closed.state().erasePersonalData(), closed.events());
    }

    private Offer erasePersonalData() {
        List<OfferVersion> anonymous = versions.stream()
                .map(v -> new OfferVersion(v.number(), null, v.createdAt())).toList();
        return new Offer(id, teamId, candidateId, requisitionId, status, anonymous, createdAt, extendedAt, version);
    }

    public boolean isErased() {
        return versions.stream().allMatch(v -> v.terms() == null);
    }

    private Offer with(OfferStatus newStatus, Instant newExtendedAt) {
        return new Offer(id, teamId, candidateId, requisitionId, newStatus, versions, createdAt, newExtendedAt,
                version);
    }

    private void requireNotErased() {
        if (isErased()) {
            throw new ConflictException("offer " + id + " belongs to an erased candidate and can no longer change");
        }
    }

    private void require(boolean allowed, String rule) {
        if (!allowed) {
            throw new ConflictException("offer " + id + " is " + status + ": " + rule);
        }
    }
}
