package io.headcount.offer.offer.application;

import io.headcount.events.offer.OfferEvent;
import io.headcount.offer.eligibility.application.EligibilityRepository;
import io.headcount.offer.eligibility.model.Eligibility;
import io.headcount.offer.offer.model.Offer;
import io.headcount.offer.offer.model.OfferTerms;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.ConflictException;
import io.headcount.plumbing.domain.Ids;
import io.headcount.plumbing.domain.NotFoundException;
import io.headcount.plumbing.domain.OnLatest;
import io.headcount.plumbing.identity.Caller;
import io.headcount.plumbing.identity.Role;
import io.headcount.offer.money.Money;
import io.headcount.offer.offer.model.ApprovalChain;
import io.headcount.offer.offer.model.ApprovalStep;
import io.headcount.offer.offer.model.OfferStatus;
import io.headcount.offer.offer.model.OfferVersion;
import io.headcount.offer.offer.model.TermsDiff;
import io.headcount.offer.payband.application.PayBandService;
import io.headcount.offer.payband.model.Alignment;
import io.headcount.offer.payband.model.PayBand;
import io.headcount.offer.requisition.application.RequisitionDirectory;
import io.headcount.plumbing.domain.ExpectedVersion;
import io.headcount.plumbing.domain.ResourceRef;
import java.util.Optional;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

@Service
public class OfferService {

    /** Offers carry pay: the hiring team and the approvers read them; interviewers do not. */
    private static final Role[] OFFER_READERS = {Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN,
            Role.APPROVER};

    private final OfferRepository offers;
    private final EligibilityRepository eligibility;
    private final PayBandService bands;
    private final RequisitionDirectory requisitions;
    private final Clock clock;

    /** How long an interview loop's completion takes to reach offer-service, generously (median: milliseconds). */
    static final java.time.Duration LOOP_COMPLETION_LAG = java.time.Duration.ofSeconds(2);

    public OfferService(OfferRepository offers, EligibilityRepository eligibility, PayBandService bands,
                        RequisitionDirectory requisitions, Clock clock) {
        this.offers = offers;
        this.eligibility = eligibility;
        this.bands = bands;
        this.requisitions = requisitions;
        this.clock = clock;
    }

    /** Drafts an offer, only for a candidate whose interview loop for the requisition completed. */
    public Offer draft(Caller caller, String requestedTeamId, String candidateId, String requisitionId,
                       OfferTerms terms) {
        caller.requireAnyRole(Caller.HIRING_TEAM);
        String teamId = caller.teamForNewRecord(requestedTeamId);
        Eligibility candidacy = eligibility.find(teamId, candidateId, requisitionId);
        if (!candidacy.mayReceiveOffer()) {
            if (candidacy.awaitsLoopCompletion()) {
                // the loop may have completed a moment ago: InterviewLoopCompleted is on its way here
                throw ConflictException.retryable("no offer possible yet: " + candidacy.whyNot()
                        + " (as far as offer-service has heard; if the last stage was just decided, ask again)",
                        LOOP_COMPLETION_LAG);
            }
            throw new ConflictException("no offer possible: " + candidacy.whyNot());
        }
        Changed<Offer, OfferEvent> drafted = Offer.draft(Ids.next(clock.instant()), teamId, candidateId, requisitionId, terms,
                clock.instant());
        try {
            offers.insert(drafted.state(), drafted.events());
        } catch (ActiveOfferExistsException e) {
            String existing = offers.findActive(teamId, candidateId, requisitionId).map(Offer::id).orElse(null);
            throw new ConflictException("the candidate already has an open offer for this requisition",
                    ResourceRef.ofNullable(ResourceRef.Kind.OFFER, existing));
        }
        return drafted.state();
    }

    public Offer get(Caller caller, String id) {
        caller.requireAnyRole(OFFER_READERS);
        return offers.find(id, caller.teams()).orElseThrow(() -> new NotFoundException("offer", id));
    }

    public List<Offer> list(Caller caller, String candidateId, String afterId, int limit) {
        caller.requireAnyRole(OFFER_READERS);
        return offers.list(caller.teams(), candidateId, afterId, limit);
    }

    public Offer extend(Caller caller, String id) {
        caller.requireAnyRole(Caller.HIRING_TEAM);
        return onLatest(caller, id, offer -> offer.extend(offer.status() == OfferStatus.DRAFT ? chainOf(offer)
                : List.of(), clock.instant()));
    }

    /** Submits a draft for approval along the chain its band and the team's rules give (OfferApprovalRequested). */
    public Offer submit(Caller caller, String id) {
        caller.requireAnyRole(Caller.HIRING_TEAM);
        return onLatest(caller, id, offer -> offer.submit(chainOf(offer), caller.userId(), clock.instant()));
    }

    public Offer approve(Caller caller, String id) {
        caller.requireAnyRole(Role.APPROVER, Role.TEAM_ADMIN);
        return onLatest(caller, id, offer -> offer.approve(caller.userId(), caller.roles(), clock.instant()));
    }

    public Offer reject(Caller caller, String id, String reason) {
        caller.requireAnyRole(Role.APPROVER, Role.TEAM_ADMIN);
        return onLatest(caller, id, offer -> offer.reject(caller.userId(), caller.roles(), reason, clock.instant()));
    }

    /** A new version of the terms, based on the version the caller read (If-Match). */
    public Offer revise(Caller caller, String id, ExpectedVersion expected, OfferTerms terms) {
        caller.requireAnyRole(Caller.HIRING_TEAM);
        Offer offer = get(caller, id);
        offers.save(offer, expected.against(offer.version()), offer.revise(terms, clock.instant()));
        return get(caller, id);
    }

    public List<TermsDiff.Change> diff(Caller caller, String id, int from, int to) {
        Offer offer = get(caller, id);
        OfferVersion a = offer.versionNumber(from).orElseThrow(() -> new NotFoundException("version of offer " + id,
                String.valueOf(from)));
        OfferVersion b = offer.versionNumber(to).orElseThrow(() -> new NotFoundException("version of offer " + id,
                String.valueOf(to)));
        if (a.terms() == null || b.terms() == null) {
            throw new NotFoundException("terms of offer (erased)", id);
        }
        return TermsDiff.between(a.terms(), b.terms());
    }

    /** Where the current base salary sits in the requisition's band, if there is one in its currency. */
    public Optional<Alignment> alignmentOf(Offer offer) {
        OfferTerms terms = offer.currentVersion().terms();
        if (terms == null) {
            return Optional.empty();
        }
        Money base = Money.of(terms.compensation().baseSalary());
        return bandOf(offer, base.currency().getCurrencyCode()).map(band -> Alignment.of(base, band));
    }

    /** None for an erased offer (its terms are gone): the offer itself then refuses the command with a 409. */
    private List<ApprovalStep> chainOf(Offer offer) {
        if (offer.isErased()) {
            return List.of();
        }
        OfferTerms terms = offer.currentVersion().terms();
        return ApprovalChain.compute(terms.compensation(), bandOf(offer,
                terms.compensation().baseSalary().currency()), bands.rulesOf(offer.teamId()));
    }

    private Optional<PayBand> bandOf(Offer offer, String currency) {
        return requisitions.find(List.of(offer.teamId()), offer.requisitionId())
                .flatMap(requisition -> bands.bandFor(offer.teamId(), requisition, currency));
    }

    public Offer accept(Caller caller, String id) {
        caller.requireAnyRole(Caller.HIRING_TEAM);
        return onLatest(caller, id, offer -> offer.accept(clock.instant()));
    }

    public Offer decline(Caller caller, String id, String reason) {
        caller.requireAnyRole(Caller.HIRING_TEAM);
        return onLatest(caller, id, offer -> offer.decline(reason));
    }

    public Offer rescind(Caller caller, String id, String reason) {
        caller.requireAnyRole(Caller.HIRING_TEAM);
        return onLatest(caller, id, offer -> offer.rescind(reason));
    }

    private Offer onLatest(Caller caller, String id, Function<Offer, Changed<Offer, OfferEvent>> action) {
        return OnLatest.retry(() -> {
            Offer offer = get(caller, id);
            offers.save(offer, action.apply(offer));
            return get(caller, id);
        });
    }
}
