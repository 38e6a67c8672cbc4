package io.headcount.offer.offer.application;

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
    private final Clock clock;

    public OfferService(OfferRepository offers, EligibilityRepository eligibility, Clock clock) {
        this.offers = offers;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    /** Drafts an offer, only for a candidate whose interview loop for the requisition completed. */
    public Offer draft(Caller caller, String requestedTeamId, String candidateId, String requisitionId,
                       OfferTerms terms) {
        caller.requireAnyRole(Caller.HIRING_TEAM);
        String teamId = caller.teamForNewRecord(requestedTeamId);
        Eligibility candidacy = eligibility.find(teamId, candidateId, requisitionId);
        if (!candidacy.mayReceiveOffer()) {
            throw new ConflictException("no offer possible: " + candidacy.whyNot());
        }
        Changed<Offer> drafted = Offer.draft(Ids.next(clock.instant()), teamId, candidateId, requisitionId, terms,
                clock.instant());
        try {
            offers.insert(drafted.state(), drafted.events());
        } catch (ActiveOfferExistsException e) {
            String existing = offers.findActive(teamId, candidateId, requisitionId).map(Offer::id).orElse(null);
            throw new ConflictException("the candidate already has an open offer for this requisition",
                    existing == null ? null : "/api/v1/offers/" + existing);
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
        return onLatest(caller, id, offer -> offer.extend(clock.instant()));
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

    private Offer onLatest(Caller caller, String id, Function<Offer, Changed<Offer>> action) {
        return OnLatest.retry(() -> {
            Offer offer = get(caller, id);
            offers.save(offer, action.apply(offer));
            return get(caller, id);
        });
    }
}
