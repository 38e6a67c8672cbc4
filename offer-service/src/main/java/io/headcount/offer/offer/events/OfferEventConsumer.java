package io.headcount.offer.offer.events;

import io.headcount.events.EventEnvelope;
import io.headcount.events.candidate.CandidateErased;
import io.headcount.events.candidate.CandidateWithdrawn;
import io.headcount.events.candidate.RequisitionClosed;
import io.headcount.offer.offer.application.OfferRepository;
import io.headcount.offer.offer.model.Offer;
import io.headcount.plumbing.consumer.EventSubscriber;
import io.headcount.plumbing.consumer.Subscriptions;
import io.headcount.plumbing.domain.OnLatest;
import org.springframework.stereotype.Component;

/**
 * Offers follow the candidate and the requisition: withdrawal rescinds an open offer; erasure rescinds an open offer
 * and removes the terms of every offer; a closed (e.g. filled) requisition withdraws the offers not yet extended.
 */
@Component
public class OfferEventConsumer implements EventSubscriber {

    private final OfferRepository offers;

    public OfferEventConsumer(OfferRepository offers) {
        this.offers = offers;
    }

    @Override
    public void subscribe(Subscriptions subscriptions) {
        subscriptions.on(CandidateWithdrawn.class, this::rescindOpenOffer)
                .on(CandidateErased.class, this::eraseTerms)
                .on(RequisitionClosed.class, (event, envelope) -> offers.findOpenByRequisition(envelope.teamId(),
                        event.requisitionId()).forEach(open -> offers.applyToLatest(open.id(), envelope.teamId(),
                        Offer::onRequisitionClosed)));
    }

    private void rescindOpenOffer(CandidateWithdrawn event, EventEnvelope envelope) {
        OnLatest.retry(() -> {
            offers.findActive(envelope.teamId(), event.candidateId(), event.requisitionId())
                    .ifPresent(offer -> offers.save(offer, offer.onWithdrawal()));
            return null;
        });
    }

    private void eraseTerms(CandidateErased event, EventEnvelope envelope) {
        OnLatest.retry(() -> {
            offers.findByCandidate(envelope.teamId(), event.candidateId()).stream()
                    .filter(offer -> !offer.isErased())
                    .forEach(offer -> offers.save(offer, offer.erase()));
            return null;
        });
    }
}
