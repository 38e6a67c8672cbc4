package io.headcount.events.interview;

import io.headcount.events.CandidateScoped;
import io.headcount.events.RequisitionScoped;
import io.headcount.events.Recommendation;

import java.util.List;

/** An interviewer's structured verdict. Ratings only: the free-text notes stay inside interview-service. */
public record ScorecardSubmitted(
        String scorecardId,
        String interviewId,
        String loopId,
        String requisitionId,
        String candidateId,
        String interviewerId,
        Recommendation recommendation,
        List<CompetencyRating> ratings,
        String stageKey) implements ScorecardEvent, CandidateScoped, RequisitionScoped {

    public record CompetencyRating(String competency, int rating) {
    }
}
