package io.headcount.candidate.requisition.events;

import io.headcount.candidate.requisition.application.RequisitionService;
import io.headcount.events.offer.OfferAccepted;
import io.headcount.plumbing.consumer.EventSubscriber;
import io.headcount.plumbing.consumer.Subscriptions;
import org.springframework.stereotype.Component;

/** Counts accepted offers per requisition; idempotent per offer, so a redelivered acceptance is one hire. */
@Component
public class RequisitionEventConsumer implements EventSubscriber {

    private final RequisitionService requisitions;

    public RequisitionEventConsumer(RequisitionService requisitions) {
        this.requisitions = requisitions;
    }

    @Override
    public void subscribe(Subscriptions subscriptions) {
        subscriptions.on(OfferAccepted.class, (event, envelope) -> requisitions.recordHire(envelope.teamId(),
                event.requisitionId(), event.offerId()));
    }
}
