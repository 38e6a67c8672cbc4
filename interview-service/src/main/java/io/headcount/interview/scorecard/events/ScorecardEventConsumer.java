package io.headcount.interview.scorecard.events;

import io.headcount.events.candidate.CandidateErased;
import io.headcount.interview.scorecard.application.ScorecardService;
import io.headcount.plumbing.consumer.EventSubscriber;
import io.headcount.plumbing.consumer.Subscriptions;
import org.springframework.stereotype.Component;

/** Erases every free-text note about an erased candidate from their scorecards; ratings and dates stay. */
@Component
public class ScorecardEventConsumer implements EventSubscriber {

    private final ScorecardService scorecards;

    public ScorecardEventConsumer(ScorecardService scorecards) {
        this.scorecards = scorecards;
    }

    @Override
    public void subscribe(Subscriptions subscriptions) {
        subscriptions.on(CandidateErased.class, (event, envelope) -> scorecards.erase(envelope.teamId(),
                event.candidateId()));
    }
}
