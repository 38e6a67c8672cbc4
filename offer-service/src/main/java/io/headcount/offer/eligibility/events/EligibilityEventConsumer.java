package io.headcount.offer.eligibility.events;

import io.headcount.events.candidate.CandidateErased;
import io.headcount.events.candidate.CandidateWithdrawn;
import io.headcount.events.interview.InterviewLoopCompleted;
import io.headcount.offer.eligibility.application.EligibilityRepository;
import io.headcount.plumbing.consumer.EventSubscriber;
import io.headcount.plumbing.consumer.Subscriptions;
import org.springframework.stereotype.Component;

/** Learns who may receive an offer from interview and candidate events; every update is a plain idempotent set. */
@Component
public class EligibilityEventConsumer implements EventSubscriber {

    private final EligibilityRepository eligibility;

    public EligibilityEventConsumer(EligibilityRepository eligibility) {
        this.eligibility = eligibility;
    }

    @Override
    public void subscribe(Subscriptions subscriptions) {
        subscriptions
                .on(InterviewLoopCompleted.class, (event, envelope) -> eligibility.markLoopCompleted(
                        envelope.teamId(), event.candidateId(), event.requisitionId()))
                .on(CandidateWithdrawn.class, (event, envelope) -> eligibility.markWithdrawn(
                        envelope.teamId(), event.candidateId(), event.requisitionId()))
                .on(CandidateErased.class, (event, envelope) -> eligibility.markErased(
                        envelope.teamId(), event.candidateId()));
    }
}
