package io.headcount.events;

import io.headcount.events.webhook.WebhookEndpointDisabled;
import io.headcount.events.candidate.CandidateErased;
import io.headcount.events.candidate.CandidateProfileUpdated;
import io.headcount.events.candidate.CandidateSourced;
import io.headcount.events.candidate.CandidateWithdrawn;
import io.headcount.events.candidate.RequisitionClosed;
import io.headcount.events.candidate.RequisitionOpened;
import io.headcount.events.candidate.RequisitionRevised;
import io.headcount.events.interview.InterviewCancelled;
import io.headcount.events.interview.InterviewLoopCompleted;
import io.headcount.events.interview.InterviewScheduled;
import io.headcount.events.interview.ScorecardSubmitted;
import io.headcount.events.interview.ScreenFailed;
import io.headcount.events.interview.ScreenPassed;
import io.headcount.events.interview.TakeHomeAssigned;
import io.headcount.events.interview.TakeHomeDeadlineExtended;
import io.headcount.events.interview.TakeHomeExpired;
import io.headcount.events.interview.TakeHomeReviewed;
import io.headcount.events.interview.TakeHomeSubmitted;
import io.headcount.events.offer.OfferAccepted;
import io.headcount.events.offer.OfferApprovalRequested;
import io.headcount.events.offer.OfferApprovalRejected;
import io.headcount.events.offer.OfferApproved;
import io.headcount.events.offer.OfferRevised;
import io.headcount.events.offer.OfferDeclined;
import io.headcount.events.offer.OfferDrafted;
import io.headcount.events.offer.OfferExpired;
import io.headcount.events.offer.OfferExtended;
import io.headcount.events.offer.OfferRescinded;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type of Headcount's public API, in one place. */
public final class EventCatalog {

    private static final List<EventDefinition> ALL = List.of(
            candidate(CandidateSourced.class),
            candidate(CandidateProfileUpdated.class),
            candidate(CandidateWithdrawn.class),
            candidate(CandidateErased.class),
            candidate(RequisitionOpened.class),
            candidate(RequisitionClosed.class),
            candidate(RequisitionRevised.class),
            interview(InterviewScheduled.class),
            interview(InterviewCancelled.class),
            interview(ScorecardSubmitted.class),
            interview(ScreenPassed.class),
            interview(ScreenFailed.class),
            interview(InterviewLoopCompleted.class),
            interview(TakeHomeAssigned.class),
            interview(TakeHomeSubmitted.class),
            interview(TakeHomeDeadlineExtended.class),
            interview(TakeHomeReviewed.class),
            interview(TakeHomeExpired.class),
            offer(OfferDrafted.class),
            offer(OfferApprovalRequested.class),
            offer(OfferApproved.class),
            offer(OfferApprovalRejected.class),
            offer(OfferRevised.class),
            offer(OfferExtended.class),
            offer(OfferAccepted.class),
            offer(OfferDeclined.class),
            offer(OfferExpired.class),
            offer(OfferRescinded.class),
            define(WebhookEndpointDisabled.class, Topics.WEBHOOK, "webhook"));

    private static final Map<String, EventDefinition> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventDefinition::type, Function.identity()));
    private static final Map<Class<?>, EventDefinition> BY_RECORD =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventDefinition::recordType, Function.identity()));

    private EventCatalog() {
    }

    public static List<EventDefinition> all() {
        return ALL;
    }

    public static EventDefinition of(Class<? extends HeadcountEvent> recordType) {
        EventDefinition definition = BY_RECORD.get(recordType);
        if (definition == null) {
            throw new IllegalArgumentException(recordType.getName() + " is not in the event catalog");
        }
        return definition;
    }

    public static EventDefinition of(HeadcountEvent event) {
        return of(event.getClass());
    }

    /** Unknown types are not an error for a consumer: a newer producer may publish types it does not know yet. */
    public static Optional<EventDefinition> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    private static EventDefinition candidate(Class<? extends HeadcountEvent> type) {
        return define(type, Topics.CANDIDATE, "candidate");
    }

    private static EventDefinition interview(Class<? extends HeadcountEvent> type) {
        return define(type, Topics.INTERVIEW, "interview");
    }

    private static EventDefinition offer(Class<? extends HeadcountEvent> type) {
        return define(type, Topics.OFFER, "offer");
    }

    private static EventDefinition define(Class<? extends HeadcountEvent> type, String topic, String area) {
        return new EventDefinition("io.headcount." + area + "." + type.getSimpleName() + ".v1", type, topic, area);
    }
}
