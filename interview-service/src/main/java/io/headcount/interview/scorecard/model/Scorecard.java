package io.headcount.interview.scorecard.model;

import io.headcount.events.interview.ScorecardEvent;
import io.headcount.events.interview.ScorecardSubmitted;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.ConflictException;
import io.headcount.plumbing.domain.InvalidFieldException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One interviewer's verdict on one assessment (interview or take-home): a draft until submitted; after that only its
 * author amends it, with a reason. ScorecardSubmitted carries the ratings and recommendation, never the notes.
 */
public record Scorecard(String id, Assessment assessment, String interviewerId, ScorecardContent content,
                        ScorecardStatus status, Instant submittedAt, List<Amendment> amendments, long version) {

    public Scorecard {
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
    }

    public static Changed<Scorecard, ScorecardEvent> start(String id, Assessment assessment, String interviewerId,
                                           ScorecardContent content, boolean submit, Instant now) {
        content.validate(assessment.focusAttributes());
        Scorecard draft = new Scorecard(id, assessment, interviewerId, content, ScorecardStatus.DRAFT, null,
                List.of(), 1);
        return submit ? draft.submit(now) : Changed.unchanged(draft);
    }

    /** Replaces a draft's content, or amends a submitted scorecard (then a reason is required). */
    public Changed<Scorecard, ScorecardEvent> revise(ScorecardContent newContent, String amendReason, Instant now) {
        if (status == ScorecardStatus.DRAFT) {
            newContent.validate(assessment.focusAttributes());
            return Changed.unchanged(with(newContent, status, submittedAt, amendments));
        }
        if (amendReason == null || amendReason.isBlank() || amendReason.length() > 500) {
            throw new InvalidFieldException("amendReason", "a submitted scorecard is amended with a reason (at most "
                    + "500 characters)");
        }
        newContent.validateComplete(assessment.focusAttributes());
        List<Amendment> amended = new ArrayList<>(amendments);
        amended.add(new Amendment(amendReason, now));
        Scorecard revised = with(newContent, status, submittedAt, amended);
        return Changed.of(revised, revised.submitted());
    }

    public Changed<Scorecard, ScorecardEvent> submit(Instant now) {
        if (status == ScorecardStatus.SUBMITTED) {
            throw new ConflictException("scorecard " + id + " is already submitted; amend it with a reason");
        }
        content.validateComplete(assessment.focusAttributes());
        Scorecard submittedCard = with(content, ScorecardStatus.SUBMITTED, now, amendments);
        return Changed.of(submittedCard, submittedCard.submitted());
    }

    public boolean isSubmitted() {
        return status == ScorecardStatus.SUBMITTED;
    }

    /** GDPR erasure: notes and amendment reasons may describe the candidate; ratings and dates stay. */
    public Scorecard erasePersonalData() {
        return with(content.withoutNotes(), status, submittedAt,
                amendments.stream().map(amendment -> new Amendment(null, amendment.at())).toList());
    }

    private Scorecard with(ScorecardContent newContent, ScorecardStatus newStatus, Instant newSubmittedAt,
                           List<Amendment> newAmendments) {
        return new Scorecard(id, assessment, interviewerId, newContent, newStatus, newSubmittedAt, newAmendments,
                version);
    }

    private ScorecardSubmitted submitted() {
        return new ScorecardSubmitted(id, assessment.id(), assessment.loopId(), assessment.requisitionId(),
                assessment.candidateId(), interviewerId, content.recommendation(),
                content.ratings().stream().map(rating -> new ScorecardSubmitted.CompetencyRating(rating.attribute(),
                        rating.rating())).toList(), assessment.stageKey());
    }
}
