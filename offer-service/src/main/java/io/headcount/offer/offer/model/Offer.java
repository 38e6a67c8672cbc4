package io.headcount.offer.offer.model;

import io.headcount.events.offer.OfferAccepted;
import io.headcount.events.offer.OfferApprovalRejected;
import io.headcount.events.offer.OfferApprovalRequested;
import io.headcount.events.offer.OfferApproved;
import io.headcount.events.offer.OfferRevised;
import io.headcount.plumbing.identity.ForbiddenException;
import io.headcount.plumbing.identity.Role;
import io.headcount.events.offer.OfferDeclined;
import io.headcount.events.offer.OfferDrafted;
import io.headcount.events.offer.OfferEvent;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An offer to one candidate for one requisition: DRAFT → PENDING_APPROVAL → APPROVED → EXTENDED → ACCEPTED |
 * DECLINED | EXPIRED | RESCINDED. Submitting computes the approval chain from the team's band and rules
 * ({@link ApprovalChain}); revisions add versions, and a change to money sends the offer back to DRAFT.
 */
public record Offer(String id, String teamId, String candidateId, String requisitionId, OfferStatus status,
                    List<OfferVersion> versions, Instant createdAt, Instant extendedAt, String requestedBy,
                    List<ApprovalStep> approvals, long version) {

    private static final Set<OfferStatus> REVISABLE = Set.of(OfferStatus.DRAFT, OfferStatus.PENDING_APPROVAL,
            OfferStatus.APPROVED);

    public Offer {
        versions = List.copyOf(versions);
        approvals = approvals == null ? List.of() : List.copyOf(approvals);
    }

    /** How far from today a start date may lie, and how long an extended offer may stay open. */
    static final Period START_DATE_PAST = Period.ofYears(1);
    static final Period START_DATE_FUTURE = Period.ofYears(3);
    static final Duration LONGEST_VALIDITY = Duration.ofDays(365);

    public static Changed<Offer, OfferEvent> draft(String id, String teamId, String candidateId, String requisitionId,
                                       OfferTerms terms, Instant now) {
        requireSensibleDates(terms, now);
        Offer offer = new Offer(id, teamId, candidateId, requisitionId, OfferStatus.DRAFT,
                List.of(new OfferVersion(1, terms, now)), now, null, null, List.of(), 1);
        return Changed.of(offer, drafted(id, candidateId, requisitionId, offer.currentVersion()));
    }

    /** Every version is published whole: version 1 when drafted, each later one right after its OfferRevised. */
    private static OfferDrafted drafted(String id, String candidateId, String requisitionId, OfferVersion version) {
        OfferTerms terms = version.terms();
        return new OfferDrafted(id, candidateId, requisitionId, version.number(), terms.compensation().baseSalary(),
                terms.startDate(), terms.toEvent());
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

    /**
     * Sends the offer to the candidate: an APPROVED offer, or a DRAFT when its approval chain is empty (the team's
     * rules let offers within the band skip approval).
     */
    public Changed<Offer, OfferEvent> extend(List<ApprovalStep> chainIfDraft, Instant now) {
        requireNotErased();
        require(status == OfferStatus.APPROVED || status == OfferStatus.DRAFT && chainIfDraft.isEmpty(),
                status == OfferStatus.DRAFT ? "it needs approval first (" + chainIfDraft.stream()
                        .map(step -> step.role() + ": " + step.reason()).toList() + "); submit it"
                        : "only an approved offer can be extended");
        Instant expiresAt = currentVersion().terms().expiresAt();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new InvalidFieldException("expiresAt", "the offer would already be expired; revise its expiry");
        }
        return Changed.of(with(OfferStatus.EXTENDED, now), new OfferExtended(id, candidateId, requisitionId,
                currentVersion().number(), expiresAt));
    }

    /** Asks for approval along {@code chain}; an empty chain approves at once (the team's rules allow it). */
    public Changed<Offer, OfferEvent> submit(List<ApprovalStep> chain, String by, Instant now) {
        requireNotErased();
        require(status == OfferStatus.DRAFT, "only a draft is submitted for approval");
        int number = currentVersion().number();
        if (chain.isEmpty()) {
            return Changed.of(withApprovals(OfferStatus.APPROVED, by, chain), new OfferApproved(id, candidateId,
                    requisitionId, number, "team rules: no approval within the band"));
        }
        ApprovalStep first = chain.get(0);
        return Changed.of(withApprovals(OfferStatus.PENDING_APPROVAL, by, chain), new OfferApprovalRequested(id,
                candidateId, requisitionId, number, first.role().name(), first.reason()));
    }

    /** The next step of the chain approves: approvers act once and in order, never on their own request. */
    public Changed<Offer, OfferEvent> approve(String by, Set<Role> roles, Instant now) {
        int step = nextStep(by, roles);
        List<ApprovalStep> decided = new ArrayList<>(approvals);
        decided.set(step, approvals.get(step).decide(by, now, true, null));
        int number = currentVersion().number();
        if (step == approvals.size() - 1) {
            return Changed.of(withApprovals(OfferStatus.APPROVED, requestedBy, decided), new OfferApproved(id,
                    candidateId, requisitionId, number, by));
        }
        ApprovalStep next = approvals.get(step + 1);
        return Changed.of(withApprovals(OfferStatus.PENDING_APPROVAL, requestedBy, decided),
                new OfferApprovalRequested(id, candidateId, requisitionId, number, next.role().name(),
                        next.reason()));
    }

    /** The next step refuses: the offer is a draft again, to be revised and resubmitted. */
    public Changed<Offer, OfferEvent> reject(String by, Set<Role> roles, String reason, Instant now) {
        int step = nextStep(by, roles);
        List<ApprovalStep> decided = new ArrayList<>(approvals);
        decided.set(step, approvals.get(step).decide(by, now, false, reason));
        return Changed.of(withApprovals(OfferStatus.DRAFT, requestedBy, decided), new OfferApprovalRejected(id,
                candidateId, requisitionId, currentVersion().number(), approvals.get(step).role().name(), by));
    }

    private int nextStep(String by, Set<Role> roles) {
        requireNotErased();
        require(status == OfferStatus.PENDING_APPROVAL, "only an offer pending approval is approved or rejected");
        if (by.equals(requestedBy)) {
            throw new ForbiddenException("you submitted this offer: someone else approves it");
        }
        int step = 0;
        while (approvals.get(step).isDecided()) {
            step++;
        }
        Role needed = approvals.get(step).role();
        if (!roles.contains(needed)) {
            throw new ForbiddenException("the next approval of offer " + id + " needs the " + needed + " role");
        }
        if (approvals.stream().filter(ApprovalStep::isDecided).anyMatch(done -> by.equals(done.decidedBy()))) {
            throw new ConflictException("you approved this offer already; the next step is another person's");
        }
        return step;
    }

    /**
     * A new version of the terms (n+1) of a draft, pending or approved offer. A change to money resets the
     * approvals (the offer is a draft again); other changes keep them. An extended offer is not revised: rescind it
     * and draft anew.
     */
    public Changed<Offer, OfferEvent> revise(OfferTerms terms, Instant now) {
        requireNotErased();
        require(REVISABLE.contains(status), "an extended or decided offer is not revised; rescind it and draft "
                + "a new one");
        requireSensibleDates(terms, now);
        OfferTerms current = currentVersion().terms();
        List<TermsDiff.Change> changes = TermsDiff.between(current, terms);
        if (changes.isEmpty()) {
            return Changed.unchanged(this);
        }
        boolean reset = TermsDiff.changesMoney(current, terms);
        List<OfferVersion> revised = new ArrayList<>(versions);
        int number = currentVersion().number() + 1;
        revised.add(new OfferVersion(number, terms, now));
        Offer next = new Offer(id, teamId, candidateId, requisitionId, reset ? OfferStatus.DRAFT : status, revised,
                createdAt, extendedAt, reset ? null : requestedBy, reset ? List.of() : approvals, version);
        return Changed.of(next, new OfferRevised(id, candidateId, requisitionId, number,
                changes.stream().map(TermsDiff.Change::field).toList(), reset),
                drafted(id, candidateId, requisitionId, next.currentVersion()));
    }

    public Optional<OfferVersion> versionNumber(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    /** The requisition closed (filled or cancelled): an offer not yet extended is withdrawn. */
    public Changed<Offer, OfferEvent> onRequisitionClosed() {
        if (status == OfferStatus.DRAFT || status == OfferStatus.PENDING_APPROVAL || status == OfferStatus.APPROVED) {
            return rescind("requisition closed");
        }
        return Changed.unchanged(this);
    }

    public Changed<Offer, OfferEvent> accept(Instant now) {
        requireNotErased();
        require(status == OfferStatus.EXTENDED, "only an extended offer can be accepted");
        Instant expiresAt = currentVersion().terms().expiresAt();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new ConflictException("offer " + id + " expired at " + expiresAt);
        }
        return Changed.of(with(OfferStatus.ACCEPTED, extendedAt), new OfferAccepted(id, candidateId,
                requisitionId, currentVersion().number(), currentVersion().terms().toEvent()));
    }

    /** An extended offer whose expiry has passed unanswered expires; anything else is left as it is. */
    public Changed<Offer, OfferEvent> expire(Instant now) {
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

    public Changed<Offer, OfferEvent> decline(String reason) {
        requireNotErased();
        require(status == OfferStatus.EXTENDED, "only an extended offer can be declined");
        return Changed.of(with(OfferStatus.DECLINED, extendedAt), new OfferDeclined(id, candidateId, requisitionId,
                currentVersion().number(), reason));
    }

    public Changed<Offer, OfferEvent> rescind(String reason) {
        if (status.isFinal()) {
            return Changed.unchanged(this);
        }
        return Changed.of(with(OfferStatus.RESCINDED, extendedAt), new OfferRescinded(id, candidateId,
                requisitionId, currentVersion().number(), reason));
    }

    /** The candidate withdrew from the requisition: an open offer is rescinded, a decided one stays as it is. */
    public Changed<Offer, OfferEvent> onWithdrawal() {
        return rescind("candidate withdrew");
    }

    /**
     * GDPR erasure: an offer still open is rescinded (nobody can answer it any more, and the sweep has nothing to
     * expire), and the terms (compensation tied to a person) go from every version; versions, status and dates stay.
     */
    public Changed<Offer, OfferEvent> erase() {
        if (isErased()) {
            return Changed.unchanged(this);
        }
        Changed<Offer, OfferEvent> closed = rescind("candidate erased");
        return new Changed<>(closed.state().erasePersonalData(), closed.events());
    }

    private Offer erasePersonalData() {
        List<OfferVersion> anonymous = versions.stream()
                .map(v -> new OfferVersion(v.number(), null, v.createdAt())).toList();
        return new Offer(id, teamId, candidateId, requisitionId, status, anonymous, createdAt, extendedAt, requestedBy,
                approvals.stream().map(ApprovalStep::withoutPersonalData).toList(), version);
    }

    public boolean isErased() {
        return versions.stream().allMatch(v -> v.terms() == null);
    }

    private Offer with(OfferStatus newStatus, Instant newExtendedAt) {
        return new Offer(id, teamId, candidateId, requisitionId, newStatus, versions, createdAt, newExtendedAt,
                requestedBy, approvals, version);
    }

    private Offer withApprovals(OfferStatus newStatus, String newRequestedBy, List<ApprovalStep> newApprovals) {
        return new Offer(id, teamId, candidateId, requisitionId, newStatus, versions, createdAt, extendedAt,
                newRequestedBy, newApprovals, version);
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
