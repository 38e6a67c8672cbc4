package io.headcount.interview.plan.events;

import io.headcount.events.candidate.RequisitionClosed;
import io.headcount.events.candidate.RequisitionOpened;
import io.headcount.events.candidate.RequisitionRevised;
import io.headcount.interview.plan.application.PlanService;
import io.headcount.interview.plan.model.RequisitionFacts;
import io.headcount.plumbing.consumer.EventSubscriber;
import io.headcount.plumbing.consumer.Subscriptions;
import org.springframework.stereotype.Component;

/**
 * Learns requisitions from candidate-service: an opened requisition gets the default plan; a revision updates the
 * facts (the hiring manager decides stages); a closed one is marked closed. Requisition events share a key, so they
 * arrive in order; each handler converges however often it runs.
 */
@Component
public class PlanEventConsumer implements EventSubscriber {

    private final PlanService plans;

    public PlanEventConsumer(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void subscribe(Subscriptions subscriptions) {
        subscriptions.on(RequisitionOpened.class, (event, envelope) -> plans.learn(envelope.teamId(),
                        event.requisitionId(), known -> new RequisitionFacts(event.title(), event.level(),
                                event.techStack(), event.hiringManagerId(), known.open())))
                .on(RequisitionRevised.class, (event, envelope) -> plans.learn(envelope.teamId(),
                        event.requisitionId(), known -> new RequisitionFacts(event.title(), event.level(),
                                event.techStack(), event.hiringManagerId(), known.open())))
                .on(RequisitionClosed.class, (event, envelope) -> plans.learn(envelope.teamId(),
                        event.requisitionId(), RequisitionFacts::closed));
    }
}
