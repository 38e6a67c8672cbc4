package io.headcount.events.interview;

import io.headcount.events.CandidateScoped;
import io.headcount.events.RequisitionScoped;

/** The candidate passed every stage of the loop and may receive an offer. */
public record InterviewLoopCompleted(String loopId, String candidateId, String requisitionId)
        implements InterviewLoopEvent, CandidateScoped, RequisitionScoped {
}
