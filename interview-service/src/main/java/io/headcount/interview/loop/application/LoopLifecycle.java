package io.headcount.interview.loop.application;

import io.headcount.events.EventEnvelope;
import io.headcount.events.candidate.CandidateErased;
import io.headcount.events.candidate.CandidateSourced;
import io.headcount.events.candidate.CandidateWithdrawn;
import io.headcount.events.offer.OfferAccepted;
import io.headcount.interview.loop.model.InterviewLoop;
import io.headcount.plumbing.consumer.EventSubscriber;
import io.headcount.plumbing.consumer.Subscriptions;
import io.headcount.plumbing.domain.Ids;
import io.headcount.plumbing.domain.OnLatest;
import io.headcount.plumbing.domain.Changed;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Opens, closes and erases loops as candidates are sourced, withdraw, are erased or hired. Every handler is
 * idempotent on its own: opening is insert-if-absent, the others converge to the same state however often run.
 */
@Component
public class LoopLifecycle implements EventSubscriber {

    private final LoopRepository loops;
    private final Clock clock;

    public LoopLifecycle(LoopRepository loops, Clock clock) {
        this.loops = loops;
        this.clock = clock;
    }

    @Override
    public void subscribe(Subscriptions subscriptions) {
        subscriptions.on(CandidateSourced.class, this::openLoop)
                .on(CandidateWithdrawn.class, (event, envelope) -> changeLoopOf(envelope, event.candidateId(),
                        event.requisitionId(), InterviewLoop::closeOnWithdrawal))
                .on(OfferAccepted.class, (event, envelope) -> changeLoopOf(envelope, event.candidateId(),
                        event.requisitionId(), InterviewLoop::markHired))
                .on(CandidateErased.class, this::erase);
    }

    private void openLoop(CandidateSourced event, EventEnvelope envelope) {
        loops.insertIfAbsent(InterviewLoop.open(Ids.next(clock.instant()), envelope.teamId(), event.candidateId(),
                event.requisitionId(), event.fullName(), clock.instant()));
    }

    private void changeLoopOf(EventEnvelope envelope, String candidateId, String requisitionId,
                              UnaryOperator<InterviewLoop> change) {
        OnLatest.retry(() -> {
            loops.findByCandidacy(envelope.teamId(), candidateId, requisitionId)
                    .ifPresent(loop -> loops.save(loop, new Changed<>(change.apply(loop), List.of())));
            return null;
        });
    }

    private void erase(CandidateErased event, EventEnvelope envelope) {
        OnLatest.retry(() -> {
            List<InterviewLoop> candidateLoops = loops.findByCandidate(envelope.teamId(), event.candidateId());
            candidateLoops.forEach(loop -> loops.save(loop, new Changed<>(loop.erasePersonalData(), List.of())));
            return null;
        });
    }
}
