package io.headcount.interview.takehome.application;

import java.util.List;

/** What closing a take-home review needs from the scorecard feature (scorecards provide it). */
public interface SubmittedReviews {

    /** Ids of the submitted scorecards of one assessment (an interview or a take-home). */
    List<String> submittedIdsFor(String assessmentId);
}
