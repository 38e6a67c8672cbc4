package io.headcount.events.interview;

import io.headcount.events.CandidateScoped;
import io.headcount.events.RequisitionScoped;
import io.headcount.events.InterviewStage;

/** The candidate was rejected at one stage; the loop is closed. */
public record ScreenFailed(String loopId, String candidateId, String requisitionId, InterviewStage stage, String reason,
        String stageKey)
        implements InterviewLoopEvent, CandidateScoped, RequisitionScoped {
}
