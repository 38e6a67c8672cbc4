package io.headcount.interview.takehome.model;

import io.headcount.events.interview.TakeHomeAssigned;
import io.headcount.events.interview.TakeHomeDeadlineExtended;
import io.headcount.events.interview.TakeHomeEvent;
import io.headcount.events.interview.TakeHomeExpired;
import io.headcount.events.interview.TakeHomeReviewed;
import io.headcount.events.interview.TakeHomeSubmitted;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.ConflictException;
import io.headcount.plumbing.domain.HttpsUrls;
import io.headcount.plumbing.domain.InvalidFieldException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * A take-home exercise for a TAKE_HOME stage: ASSIGNED (due at now + the stage's allowance) → SUBMITTED (a
 * repository or archive URL) → REVIEWED (the reviewers' submitted scorecards), or EXPIRED when the deadline passes
 * without a submission. The deadline can be extended, with a reason, up to 30 days after assignment.
 */
public record TakeHome(String id, String teamId, String loopId, String candidateId, String requisitionId,
                       String stageKey, String exerciseRef, List<String> reviewerIds, Instant assignedAt,
                       Instant deadline, TakeHomeStatus status, String submissionRef, Instant submittedAt,
                       List<DeadlineExtension> extensions, List<String> reviewScorecardIds, long version) {

    public static final Duration LONGEST = Duration.ofDays(30);

    public TakeHome {
        reviewerIds = List.copyOf(reviewerIds);
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
        reviewScorecardIds = reviewScorecardIds == null ? List.of() : List.copyOf(reviewScorecardIds);
    }

    public static Changed<TakeHome, TakeHomeEvent> assign(String id, String teamId, String loopId, String candidateId,
                                           String requisitionId, String stageKey, String exerciseRef,
                                           List<String> reviewerIds, Duration allowance, Instant now) {
        if (exerciseRef == null || exerciseRef.isBlank() || exerciseRef.length() > 200) {
            throw new InvalidFieldException("exerciseRef", "names the exercise given, at most 200 characters");
        }
        if (reviewerIds == null || reviewerIds.isEmpty() || reviewerIds.size() > 8
                || new HashSet<>(reviewerIds).size() != reviewerIds.size()) {
            throw new InvalidFieldException("reviewerIds", "needs 1 to 8 distinct reviewers");
        }
        TakeHome assigned = new TakeHome(id, teamId, loopId, candidateId, requisitionId, stageKey, exerciseRef,
                reviewerIds, now, now.plus(allowance), TakeHomeStatus.ASSIGNED, null, null, List.of(), List.of(), 1);
        return Changed.of(assigned, new TakeHomeAssigned(id, loopId, candidateId, requisitionId, stageKey,
                exerciseRef, reviewerIds, assigned.deadline()));
    }

    public Changed<TakeHome, TakeHomeEvent> submit(String reference, Instant now) {
        requireStatus(TakeHomeStatus.ASSIGNED, "submitted");
        if (now.isAfter(deadline)) {
            throw new ConflictException("take-home " + id + " was due at " + deadline + "; extend the deadline first");
        }
        if (!HttpsUrls.isValid(reference, 500)) {
            throw new InvalidFieldException("submissionRef", "must be an https URL (a repository or an archive) of "
                    + "at most 500 characters");
        }
        return Changed.of(with(TakeHomeStatus.SUBMITTED, deadline, reference, now, extensions, reviewScorecardIds),
                new TakeHomeSubmitted(id, loopId, candidateId, requisitionId, now));
    }

    public Changed<TakeHome, TakeHomeEvent> extend(Instant newDeadline, String reason, String by, Instant now) {
        requireStatus(TakeHomeStatus.ASSIGNED, "extended");
        if (newDeadline == null || !newDeadline.isAfter(deadline) || !newDeadline.isAfter(now)) {
            throw new InvalidFieldException("deadline", "must be later than the current deadline " + deadline
                    + " and than now");
        }
        if (newDeadline.isAfter(assignedAt.plus(LONGEST))) {
            throw new InvalidFieldException("deadline", "a take-home is due within 30 days of its assignment, by "
                    + assignedAt.plus(LONGEST));
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidFieldException("reason", "is required, at most 500 characters");
        }
        List<DeadlineExtension> extended = new ArrayList<>(extensions);
        extended.add(new DeadlineExtension(newDeadline, reason, by, now));
        return Changed.of(with(status, newDeadline, submissionRef, submittedAt, extended, reviewScorecardIds),
                new TakeHomeDeadlineExtended(id, loopId, candidateId, requisitionId, newDeadline));
    }

    /** Closes the review on the reviewers' submitted scorecards, which must be at least {@code needed}. */
    public Changed<TakeHome, TakeHomeEvent> review(List<String> submittedScorecardIds, int needed) {
        requireStatus(TakeHomeStatus.SUBMITTED, "reviewed");
        if (submittedScorecardIds.size() < Math.max(needed, 1)) {
            throw new ConflictException("take-home " + id + " needs " + Math.max(needed, 1) + " submitted reviewer "
                    + "scorecard(s); it has " + submittedScorecardIds.size());
        }
        return Changed.of(with(TakeHomeStatus.REVIEWED, deadline, submissionRef, submittedAt, extensions,
                submittedScorecardIds), new TakeHomeReviewed(id, loopId, candidateId, requisitionId,
                submittedScorecardIds));
    }

    /** Expires an assignment whose deadline passed before {@code now}; anything else is left as it is. */
    public Changed<TakeHome, TakeHomeEvent> expire(Instant now) {
        if (status != TakeHomeStatus.ASSIGNED || !deadline.isBefore(now)) {
            return Changed.unchanged(this);
        }
        return Changed.of(with(TakeHomeStatus.EXPIRED, deadline, submissionRef, submittedAt, extensions,
                reviewScorecardIds), new TakeHomeExpired(id, loopId, candidateId, requisitionId, deadline));
    }


    /** GDPR erasure: the submission's address may name the candidate, extension reasons may describe them. */
    public TakeHome erasePersonalData() {
        return with(status, deadline, null, submittedAt, extensions.stream().map(extension ->
                new DeadlineExtension(extension.deadline(), null, extension.by(), extension.at())).toList(),
                reviewScorecardIds);
    }

    private void requireStatus(TakeHomeStatus expected, String action) {
        if (status != expected) {
            throw new ConflictException("take-home " + id + " is " + status + "; only a take-home that is "
                    + expected + " can be " + action);
        }
    }

    private TakeHome with(TakeHomeStatus newStatus, Instant newDeadline, String newSubmissionRef,
                          Instant newSubmittedAt, List<DeadlineExtension> newExtensions, List<String> newReviews) {
        return new TakeHome(id, teamId, loopId, candidateId, requisitionId, stageKey, exerciseRef, reviewerIds,
                assignedAt, newDeadline, newStatus, newSubmissionRef, newSubmittedAt, newExtensions, newReviews,
                version);
    }

}
