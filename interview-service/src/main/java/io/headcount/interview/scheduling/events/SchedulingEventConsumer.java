package io.headcount.interview.scheduling.events;

import io.headcount.events.candidate.CandidateErased;
import io.headcount.events.candidate.CandidateWithdrawn;
import io.headcount.events.candidate.RequisitionClosed;
import io.headcount.interview.scheduling.application.SchedulingService;
import io.headcount.plumbing.consumer.EventSubscriber;
import io.headcount.plumbing.consumer.Subscriptions;
import org.springframework.stereotype.Component;

/** Calls off interviews that can no longer happen (InterviewCancelled each), and erases what is personal. */
@Component
public class SchedulingEventConsumer implements EventSubscriber {

    private final SchedulingService scheduling;

    public SchedulingEventConsumer(SchedulingService scheduling) {
        this.scheduling = scheduling;
    }

    @Override
    public void subscribe(Subscriptions subscriptions) {
        subscriptions.on(RequisitionClosed.class, (event, envelope) -> scheduling.cancelUpcomingOfUndecidedLoops(
                        envelope.teamId(), event.requisitionId(), "requisition closed"))
                .on(CandidateWithdrawn.class, (event, envelope) -> scheduling.cancelUpcoming(envelope.teamId(),
                        event.requisitionId(), event.candidateId(), "candidate withdrew"))
                .on(CandidateErased.class, (event, envelope) -> scheduling.erase(envelope.teamId(),
                        event.candidateId()));
    }
}
