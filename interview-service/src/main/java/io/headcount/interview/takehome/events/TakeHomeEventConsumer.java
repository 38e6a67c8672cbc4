package io.headcount.interview.takehome.events;

import io.headcount.events.candidate.CandidateErased;
import io.headcount.interview.takehome.application.TakeHomeService;
import io.headcount.plumbing.consumer.EventSubscriber;
import io.headcount.plumbing.consumer.Subscriptions;
import org.springframework.stereotype.Component;

/** Erases the submission's address and extension reasons of an erased candidate's take-homes. */
@Component
public class TakeHomeEventConsumer implements EventSubscriber {

    private final TakeHomeService takeHomes;

    public TakeHomeEventConsumer(TakeHomeService takeHomes) {
        this.takeHomes = takeHomes;
    }

    @Override
    public void subscribe(Subscriptions subscriptions) {
        subscriptions.on(CandidateErased.class, (event, envelope) -> takeHomes.erase(envelope.teamId(),
                event.candidateId()));
    }
}
