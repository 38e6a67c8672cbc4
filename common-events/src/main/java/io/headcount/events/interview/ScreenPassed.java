package io.headcount.events.interview;

import io.headcount.events.CandidateScoped;
import io.headcount.events.RequisitionScoped;
import io.headcount.events.InterviewStage;

/** The candidate passed one stage of the loop. */
public record ScreenPassed(String loopId, String candidateId, String requisitionId, InterviewStage stage,
        String stageKey)
        implements InterviewLoopEvent, CandidateScoped, RequisitionScoped {
}
