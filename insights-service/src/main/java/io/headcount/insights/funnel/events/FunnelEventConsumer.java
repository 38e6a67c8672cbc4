package io.headcount.insights.funnel.events;

import io.headcount.events.InterviewStage;
import io.headcount.events.candidate.CandidateErased;
import io.headcount.events.candidate.CandidateSourced;
import io.headcount.events.candidate.CandidateWithdrawn;
import io.headcount.events.candidate.RequisitionOpened;
import io.headcount.events.candidate.RequisitionRevised;
import io.headcount.events.interview.InterviewLoopCompleted;
import io.headcount.events.interview.ScorecardSubmitted;
import io.headcount.events.interview.ScreenFailed;
import io.headcount.events.interview.ScreenPassed;
import io.headcount.events.offer.OfferAccepted;
import io.headcount.events.offer.OfferDeclined;
import io.headcount.events.offer.OfferExpired;
import io.headcount.events.offer.OfferExtended;
import io.headcount.insights.funnel.application.FactStore;
import io.headcount.plumbing.consumer.EventSubscriber;
import io.headcount.plumbing.consumer.Subscriptions;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Turns the events into candidacy facts, each at the event's own time ({@code ce_time}), never the time it was
 * read: replaying the log gives the same facts. Facts are earliest times ({@code $min}), set-once values and
 * per-scorecard upserts, so applying an event twice changes nothing: those handlers skip the event-id bookkeeping.
 * A requisition's title is the last one applied, so its events keep it (an old one re-read must not win).
 */
@Component
public class FunnelEventConsumer implements EventSubscriber {

    private final FactStore facts;

    public FunnelEventConsumer(FactStore facts) {
        this.facts = facts;
    }

    @Override
    public void subscribe(Subscriptions subscriptions) {
        subscriptions
                .on(RequisitionOpened.class, (event, envelope) -> facts.recordRequisition(envelope.teamId(),
                        event.requisitionId(), event.title()))
                .on(RequisitionRevised.class, (event, envelope) -> facts.recordRequisition(envelope.teamId(),
                        event.requisitionId(), event.title()))
                .onIdempotent(CandidateSourced.class, (event, envelope) -> {
                    facts.recordSourceChannel(envelope.teamId(), event.requisitionId(), event.candidateId(),
                            event.sourceChannel().name());
                    facts.recordEarliest(envelope.teamId(), event.requisitionId(), event.candidateId(), "sourcedAt",
                            envelope.time());
                })
                .onIdempotent(ScreenPassed.class, (event, envelope) -> facts.recordEarliest(envelope.teamId(),
                        event.requisitionId(), event.candidateId(), "stagesPassed." + stage(event.stageKey(),
                                event.stage()), envelope.time()))
                .onIdempotent(ScreenFailed.class, (event, envelope) -> facts.recordEarliest(envelope.teamId(),
                        event.requisitionId(), event.candidateId(), "stagesFailed." + stage(event.stageKey(),
                                event.stage()), envelope.time()))
                .onIdempotent(InterviewLoopCompleted.class, (event, envelope) -> facts.recordEarliest(envelope.teamId(),
                        event.requisitionId(), event.candidateId(), "loopCompletedAt", envelope.time()))
                .onIdempotent(ScorecardSubmitted.class, (event, envelope) -> facts.recordRecommendation(envelope.teamId(),
                        event.requisitionId(), event.scorecardId(), event.recommendation().name(), envelope.time()))
                .onIdempotent(OfferExtended.class, (event, envelope) -> facts.recordEarliest(envelope.teamId(),
                        event.requisitionId(), event.candidateId(), "offerExtendedAt", envelope.time()))
                .onIdempotent(OfferAccepted.class, (event, envelope) -> facts.recordEarliest(envelope.teamId(),
                        event.requisitionId(), event.candidateId(), "offerAcceptedAt", envelope.time()))
                .onIdempotent(OfferDeclined.class, (event, envelope) -> facts.recordEarliest(envelope.teamId(),
                        event.requisitionId(), event.candidateId(), "offerDeclinedAt", envelope.time()))
                .onIdempotent(OfferExpired.class, (event, envelope) -> facts.recordEarliest(envelope.teamId(),
                        event.requisitionId(), event.candidateId(), "offerExpiredAt", envelope.time()))
                .onIdempotent(CandidateWithdrawn.class, (event, envelope) -> facts.recordEarliest(envelope.teamId(),
                        event.requisitionId(), event.candidateId(), "withdrawnAt", envelope.time()))
                .onIdempotent(CandidateErased.class, (event, envelope) -> facts.erase(event.candidateId()));
    }

    /** The plan's stage key; events from before stage keys existed name the stage kind instead. */
    static String stage(String stageKey, InterviewStage stage) {
        String key = stageKey != null ? stageKey : stage.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return key.replace('.', '_').replace('$', '_');
    }
}
