package io.headcount.offer.requisition.events;

import io.headcount.events.candidate.RequisitionClosed;
import io.headcount.events.candidate.RequisitionOpened;
import io.headcount.events.candidate.RequisitionRevised;
import io.headcount.offer.requisition.application.RequisitionDirectory;
import io.headcount.offer.requisition.model.RequisitionView;
import io.headcount.plumbing.consumer.EventSubscriber;
import io.headcount.plumbing.consumer.Subscriptions;
import org.springframework.stereotype.Component;

import java.util.List;

/** Learns requisitions' level and location (hence their pay band's zone); each handler is an idempotent replace. */
@Component
public class RequisitionEventConsumer implements EventSubscriber {

    private final RequisitionDirectory requisitions;

    public RequisitionEventConsumer(RequisitionDirectory requisitions) {
        this.requisitions = requisitions;
    }

    @Override
    public void subscribe(Subscriptions subscriptions) {
        subscriptions.on(RequisitionOpened.class, (event, envelope) -> requisitions.save(new RequisitionView(
                        event.requisitionId(), envelope.teamId(), event.level(), event.location(), event.workMode(),
                        true)))
                .on(RequisitionRevised.class, (event, envelope) -> requisitions.save(new RequisitionView(
                        event.requisitionId(), envelope.teamId(), event.level(), event.location(), event.workMode(),
                        requisitions.find(List.of(envelope.teamId()), event.requisitionId())
                                .map(RequisitionView::open).orElse(true))))
                .on(RequisitionClosed.class, (event, envelope) -> requisitions.find(List.of(envelope.teamId()),
                        event.requisitionId()).ifPresent(known -> requisitions.save(new RequisitionView(
                        known.requisitionId(), known.teamId(), known.level(), known.location(), known.workMode(),
                        false))));
    }
}
