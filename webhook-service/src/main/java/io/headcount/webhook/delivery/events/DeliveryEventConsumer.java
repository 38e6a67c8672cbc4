package io.headcount.webhook.delivery.events;

import io.headcount.events.EventCatalog;
import io.headcount.events.EventDefinition;
import io.headcount.events.HeadcountEvent;
import io.headcount.events.candidate.CandidateErased;
import io.headcount.plumbing.consumer.EventSubscriber;
import io.headcount.plumbing.consumer.Subscriptions;
import io.headcount.webhook.delivery.application.DeliveryService;
import org.springframework.stereotype.Component;

/**
 * Every catalogued event becomes deliveries to the endpoints of its team that want it; {@code CandidateErased}
 * (delivered itself first) then strips the candidate's personal data from all their deliveries. Both are idempotent
 * by themselves (one delivery per endpoint and event id, under a unique key; erasing twice changes nothing), so the
 * event ids are not recorded besides.
 */
@Component
public class DeliveryEventConsumer implements EventSubscriber {

    private final DeliveryService deliveries;

    public DeliveryEventConsumer(DeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public void subscribe(Subscriptions subscriptions) {
        for (EventDefinition definition : EventCatalog.all()) {
            if (definition.recordType() == CandidateErased.class) {
                subscriptions.onIdempotent(CandidateErased.class, (event, envelope) -> {
                    deliveries.fanOut(envelope);
                    deliveries.erase(event.candidateId());
                });
            } else {
                subscriptions.onIdempotent(definition.recordType(), (HeadcountEvent event, io.headcount.events.EventEnvelope
                        envelope) -> deliveries.fanOut(envelope));
            }
        }
    }
}
