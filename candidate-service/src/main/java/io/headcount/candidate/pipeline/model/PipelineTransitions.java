package io.headcount.candidate.pipeline.model;

import io.headcount.events.HeadcountEvent;
import io.headcount.events.InterviewStage;
import io.headcount.events.RequisitionScoped;
import io.headcount.events.candidate.CandidateErased;
import io.headcount.events.candidate.CandidateEvent;
import io.headcount.events.candidate.CandidateProfileUpdated;
import io.headcount.events.candidate.CandidateSourced;
import io.headcount.events.candidate.CandidateWithdrawn;
import io.headcount.events.interview.InterviewCancelled;
import io.headcount.events.interview.InterviewEvent;
import io.headcount.events.interview.InterviewLoopCompleted;
import io.headcount.events.interview.InterviewLoopEvent;
import io.headcount.events.interview.InterviewScheduled;
import io.headcount.events.interview.ScorecardEvent;
import io.headcount.events.interview.ScorecardSubmitted;
import io.headcount.events.interview.ScreenFailed;
import io.headcount.events.interview.ScreenPassed;
import io.headcount.events.interview.TakeHomeAssigned;
import io.headcount.events.interview.TakeHomeDeadlineExtended;
import io.headcount.events.interview.TakeHomeEvent;
import io.headcount.events.interview.TakeHomeExpired;
import io.headcount.events.interview.TakeHomeReviewed;
import io.headcount.events.interview.TakeHomeSubmitted;
import io.headcount.events.offer.OfferAccepted;
import io.headcount.events.offer.OfferApprovalRejected;
import io.headcount.events.offer.OfferApprovalRequested;
import io.headcount.events.offer.OfferApproved;
import io.headcount.events.offer.OfferDeclined;
import io.headcount.events.offer.OfferDrafted;
import io.headcount.events.offer.OfferEvent;
import io.headcount.events.offer.OfferExpired;
import io.headcount.events.offer.OfferExtended;
import io.headcount.events.offer.OfferRescinded;
import io.headcount.events.offer.OfferRevised;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What each event means for a candidacy: the status it leads to (if any) and a line for the timeline, one row per
 * event type of the families about a candidate. Java 17 has no pattern-matching switch, so exhaustiveness is checked
 * against the sealed families instead: {@code PipelineTransitionsTest} fails when a family gains an event that has
 * no row here.
 */
public final class PipelineTransitions {

    /** The families of events about one candidate, each a sealed interface of common-events. */
    public static final List<Class<? extends HeadcountEvent>> FAMILIES = List.of(CandidateEvent.class,
            InterviewLoopEvent.class, InterviewEvent.class, ScorecardEvent.class, TakeHomeEvent.class,
            OfferEvent.class);

    private record Row<E extends HeadcountEvent>(Class<E> type, Function<E, PipelineStatus> status,
                                                 Function<E, String> line) {
        PipelineStatus statusOf(HeadcountEvent event) {
            return status.apply(type.cast(event));
        }

        String lineOf(HeadcountEvent event) {
            return line.apply(type.cast(event));
        }
    }

    private static final Map<Class<?>, Row<?>> ROWS = List.<Row<?>>of(
            row(CandidateSourced.class, e -> PipelineStatus.SOURCED, e -> "sourced via " + e.sourceChannel()),
            row(CandidateProfileUpdated.class, e -> null,
                    e -> "profile updated: " + String.join(", ", e.changedFields())),
            row(CandidateWithdrawn.class, e -> PipelineStatus.WITHDRAWN, e -> "withdrew"),
            row(CandidateErased.class, e -> null, e -> "personal data erased"),
            row(ScreenPassed.class, e -> e.stage() == InterviewStage.RECRUITER_SCREEN ? PipelineStatus.SCREENING
                    : PipelineStatus.INTERVIEWING, e -> "passed " + (e.stageKey() == null ? e.stage() : e.stageKey())),
            row(ScreenFailed.class, e -> PipelineStatus.REJECTED, e -> "rejected at " + e.stage()),
            row(InterviewLoopCompleted.class, e -> PipelineStatus.INTERVIEWING, e -> "interview loop completed"),
            row(InterviewScheduled.class, e -> isScreen(e.stage()) ? PipelineStatus.SCREENING
                    : PipelineStatus.INTERVIEWING, e -> e.stage() + " interview scheduled for " + e.startsAt()),
            row(InterviewCancelled.class, e -> null, e -> "interview cancelled"),
            row(ScorecardSubmitted.class, e -> null,
                    e -> "scorecard submitted by " + e.interviewerId() + ": " + e.recommendation()),
            row(TakeHomeAssigned.class, e -> PipelineStatus.INTERVIEWING,
                    e -> "take-home " + e.exerciseRef() + " assigned, due " + e.deadline()),
            row(TakeHomeSubmitted.class, e -> null, e -> "take-home submitted"),
            row(TakeHomeDeadlineExtended.class, e -> null, e -> "take-home deadline moved to " + e.deadline()),
            row(TakeHomeReviewed.class, e -> null,
                    e -> "take-home reviewed (" + e.scorecardIds().size() + " scorecards)"),
            row(TakeHomeExpired.class, e -> null, e -> "take-home expired unsubmitted"),
            row(OfferDrafted.class, e -> null, e -> "offer v" + e.offerVersion() + " drafted"),
            row(OfferApprovalRequested.class, e -> null,
                    e -> "offer v" + e.offerVersion() + " awaits " + e.approverRole() + " approval"),
            row(OfferApproved.class, e -> null, e -> "offer v" + e.offerVersion() + " approved"),
            row(OfferApprovalRejected.class, e -> null,
                    e -> "offer v" + e.offerVersion() + " refused by " + e.approverRole()),
            row(OfferRevised.class, e -> null, e -> "offer v" + e.offerVersion() + " revised: "
                    + String.join(", ", e.changedFields()) + (e.approvalsReset() ? " (approvals start again)" : "")),
            row(OfferExtended.class, e -> PipelineStatus.OFFER_EXTENDED,
                    e -> "offer v" + e.offerVersion() + " extended"),
            row(OfferAccepted.class, e -> PipelineStatus.HIRED, e -> "offer v" + e.offerVersion() + " accepted"),
            row(OfferDeclined.class, e -> PipelineStatus.OFFER_DECLINED,
                    e -> "offer v" + e.offerVersion() + " declined"),
            row(OfferExpired.class, e -> PipelineStatus.OFFER_DECLINED,
                    e -> "offer v" + e.offerVersion() + " expired"),
            row(OfferRescinded.class, e -> PipelineStatus.OFFER_RESCINDED,
                    e -> "offer v" + e.offerVersion() + " rescinded"))
            .stream().collect(Collectors.toUnmodifiableMap(Row::type, row -> row));

    private PipelineTransitions() {
    }

    /** The event types that have a row: every member of {@link #FAMILIES}, and nothing else. */
    public static java.util.Set<Class<?>> described() {
        return ROWS.keySet();
    }

    public static Optional<PipelineStatus> statusAfter(HeadcountEvent event) {
        Row<?> row = ROWS.get(event.getClass());
        return row == null ? Optional.empty() : Optional.ofNullable(row.statusOf(event));
    }

    /** The requisition the event is about, or null for events about the whole person. */
    public static String requisitionOf(HeadcountEvent event) {
        return event instanceof RequisitionScoped scoped ? scoped.requisitionId() : null;
    }

    /** A human line without personal data (free-text reasons stay out: they may name people). */
    public static String describe(HeadcountEvent event) {
        Row<?> row = ROWS.get(event.getClass());
        return row == null ? event.getClass().getSimpleName() : row.lineOf(event);
    }

    private static <E extends HeadcountEvent> Row<E> row(Class<E> type, Function<E, PipelineStatus> status,
                                                       Function<E, String> line) {
        return new Row<>(type, status, line);
    }

    private static boolean isScreen(InterviewStage stage) {
        return stage == InterviewStage.RECRUITER_SCREEN || stage == InterviewStage.HIRING_MANAGER_SCREEN;
    }
}
