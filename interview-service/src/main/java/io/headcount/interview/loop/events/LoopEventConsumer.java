package io.headcount.interview.loop.events;

import io.headcount.events.candidate.CandidateErased;
import io.headcount.events.candidate.CandidateSourced;
import io.headcount.events.candidate.CandidateWithdrawn;
import io.headcount.events.candidate.RequisitionClosed;
import io.headcount.events.offer.OfferAccepted;
import io.headcount.interview.loop.application.LoopService;
import io.headcount.interview.loop.model.Candidacy;
import io.headcount.interview.loop.model.InterviewLoop;
import io.headcount.plumbing.consumer.EventSubscriber;
import io.headcount.plumbing.consumer.Subscriptions;
import org.springframework.stereotype.Component;

/**
 * Opens, closes and erases loops as candidates are sourced, withdraw, are erased or hired, and as requisitions
 * close. Every handler is idempotent on its own: opening is insert-if-absent, the others converge to the same state
 * however often they run.
 */
@Component
public class LoopEventConsumer implements EventSubscriber {

    private final LoopService loops;

    public LoopEventConsumer(LoopService loops) {
        this.loops = loops;
    }

    @Override
    public void subscribe(Subscriptions subscriptions) {
        // opening is an insert under the candidacy's unique key: a second copy changes nothing, so no bookkeeping
        subscriptions.onIdempotent(CandidateSourced.class, (event, envelope) -> loops.open(new Candidacy(envelope.teamId(),
                        event.candidateId(), event.requisitionId()), event.fullName()))
                .on(CandidateWithdrawn.class, (event, envelope) -> loops.change(new Candidacy(envelope.teamId(),
                        event.candidateId(), event.requisitionId()), InterviewLoop::close))
                .on(OfferAccepted.class, (event, envelope) -> loops.change(new Candidacy(envelope.teamId(),
                        event.candidateId(), event.requisitionId()), InterviewLoop::markHired))
                .on(RequisitionClosed.class, (event, envelope) -> loops.closeOpenLoopsOf(envelope.teamId(),
                        event.requisitionId()))
                .on(CandidateErased.class, (event, envelope) -> loops.erase(envelope.teamId(), event.candidateId()));
    }
}
