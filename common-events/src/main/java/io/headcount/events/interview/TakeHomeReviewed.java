package io.headcount.events.interview;

import io.headcount.events.CandidateScoped;
import io.headcount.events.RequisitionScoped;

import java.util.List;

/** A submitted take-home was reviewed; the reviewers' verdicts are the scorecards listed. */
public record TakeHomeReviewed(String takeHomeId, String loopId, String candidateId, String requisitionId,
                               List<String> scorecardIds) implements TakeHomeEvent, CandidateScoped, RequisitionScoped {
}
