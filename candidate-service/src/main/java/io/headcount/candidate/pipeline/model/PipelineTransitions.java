package io.headcount.candidate.pipeline.model;

import io.headcount.events.HeadcountEvent;
import io.headcount.events.InterviewStage;
import io.headcount.events.RequisitionScoped;
import io.headcount.events.candidate.CandidateErased;
import io.headcount.events.candidate.CandidateProfileUpdated;
import io.headcount.events.candidate.CandidateSourced;
import io.headcount.events.candidate.CandidateWithdrawn;
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
import io.headcount.events.offer.OfferApproved;
import io.headcount.events.offer.OfferDeclined;
import io.headcount.events.offer.OfferDrafted;
import io.headcount.events.offer.OfferExpired;
import io.headcount.events.offer.OfferExtended;
import io.headcount.events.offer.OfferRescinded;

import java.util.Optional;

/** What each event means for a candidacy: the status it leads to (if any) and a line for the timeline. */
public final class PipelineTransitions {

    private PipelineTransitions() {
    }

    public static Optional<PipelineStatus> statusAfter(HeadcountEvent event) {
        PipelineStatus status = null;
        if (event instanceof CandidateSourced) {
            status = PipelineStatus.SOURCED;
        } else if (event instanceof CandidateWithdrawn) {
            status = PipelineStatus.WITHDRAWN;
        } else if (event instanceof InterviewScheduled e) {
            status = isScreen(e.stage()) ? PipelineStatus.SCREENING : PipelineStatus.INTERVIEWING;
        } else if (event instanceof TakeHomeAssigned) {
            status = PipelineStatus.INTERVIEWING;
        } else if (event instanceof ScreenPassed e) {
            status = e.stage() == InterviewStage.RECRUITER_SCREEN ? PipelineStatus.SCREENING
                    : PipelineStatus.INTERVIEWING;
        } else if (event instanceof ScreenFailed) {
            status = PipelineStatus.REJECTED;
        } else if (event instanceof InterviewLoopCompleted) {
            status = PipelineStatus.INTERVIEWING;
        } else if (event instanceof OfferExtended) {
            status = PipelineStatus.OFFER_EXTENDED;
        } else if (event instanceof OfferAccepted) {
            status = PipelineStatus.HIRED;
        } else if (event instanceof OfferDeclined || event instanceof OfferExpired) {
            status = PipelineStatus.OFFER_DECLINED;
        } else if (event instanceof OfferRescinded) {
            status = PipelineStatus.OFFER_RESCINDED;
        }
        return Optional.ofNullable(status);
    }

    /** The requisition the event is about, or null for events about the whole person. */
    public static String requisitionOf(HeadcountEvent event) {
        return event instanceof RequisitionScoped scoped ? scoped.requisitionId() : null;
    }

    /** A human line without personal data (free-text reasons stay out: they may name people). */
    public static String describe(HeadcountEvent event) {
        if (event instanceof CandidateSourced e) {
            return "sourced via " + e.sourceChannel();
        } else if (event instanceof CandidateProfileUpdated e) {
            return "profile updated: " + String.join(", ", e.changedFields());
        } else if (event instanceof CandidateWithdrawn e) {
            return "withdrew";
        } else if (event instanceof CandidateErased e) {
            return "personal data erased";
        } else if (event instanceof InterviewScheduled e) {
            return e.stage() + " interview scheduled for " + e.startsAt();
        } else if (event instanceof InterviewCancelled e) {
            return "interview cancelled";
        } else if (event instanceof ScorecardSubmitted e) {
            return "scorecard submitted by " + e.interviewerId() + ": " + e.recommendation();
        } else if (event instanceof ScreenPassed e) {
            return "passed " + (e.stageKey() == null ? e.stage() : e.stageKey());
        } else if (event instanceof ScreenFailed e) {
            return "rejected at " + e.stage();
        } else if (event instanceof InterviewLoopCompleted e) {
            return "interview loop completed";
        } else if (event instanceof TakeHomeAssigned e) {
            return "take-home " + e.exerciseRef() + " assigned, due " + e.deadline();
        } else if (event instanceof TakeHomeSubmitted e) {
            return "take-home submitted";
        } else if (event instanceof TakeHomeDeadlineExtended e) {
            return "take-home deadline moved to " + e.deadline();
        } else if (event instanceof TakeHomeReviewed e) {
            return "take-home reviewed (" + e.scorecardIds().size() + " scorecards)";
        } else if (event instanceof TakeHomeExpired e) {
            return "take-home expired unsubmitted";
        } else if (event instanceof OfferDrafted e) {
            return "offer v" + e.offerVersion() + " drafted";
        } else if (event instanceof OfferApprovalRequested e) {
            return "offer v" + e.offerVersion() + " awaits " + e.approverRole() + " approval";
        } else if (event instanceof OfferApproved e) {
            return "offer v" + e.offerVersion() + " approved";
        } else if (event instanceof io.headcount.events.offer.OfferApprovalRejected e) {
            return "offer v" + e.offerVersion() + " refused by " + e.approverRole();
        } else if (event instanceof io.headcount.events.offer.OfferRevised e) {
            return "offer v" + e.offerVersion() + " revised: " + String.join(", ", e.changedFields())
                    + (e.approvalsReset() ? " (approvals start again)" : "");
        } else if (event instanceof OfferExtended e) {
            return "offer v" + e.offerVersion() + " extended";
        } else if (event instanceof OfferAccepted e) {
            return "offer v" + e.offerVersion() + " accepted";
        } else if (event instanceof OfferDeclined e) {
            return "offer v" + e.offerVersion() + " declined";
        } else if (event instanceof OfferExpired e) {
            return "offer v" + e.offerVersion() + " expired";
        } else if (event instanceof OfferRescinded e) {
            return "offer v" + e.offerVersion() + " rescinded";
        }
        return event.getClass().getSimpleName();
    }

    private static boolean isScreen(InterviewStage stage) {
        return stage == InterviewStage.RECRUITER_SCREEN || stage == InterviewStage.HIRING_MANAGER_SCREEN;
    }
}
