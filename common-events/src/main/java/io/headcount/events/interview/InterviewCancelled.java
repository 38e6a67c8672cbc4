package io.headcount.events.interview;

import io.headcount.events.CandidateScoped;
import io.headcount.events.RequisitionScoped;

public record InterviewCancelled(String interviewId, String loopId, String requisitionId, String candidateId, String reason)
        implements InterviewEvent, CandidateScoped, RequisitionScoped {
}
